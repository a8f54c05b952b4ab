// Party building (issue #16; DOMAIN §13): the fixed points (PUT /orgs/{key}/party, GET /party/coverage), the
// rules at their boundaries (2 vs 3 formal members; a temporary branch on the day its council's term ends and the
// day after), bad input that changes nothing, the organization's own filing and its review, joint branches,
// participation in major decisions, the data as of a date, roles and jurisdiction, the public's aggregate view,
// and a register of 232 league-level organizations with 175 covered → 75.4%.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { assertOk, assertError, registerOrg, auditHead } from './helpers.mjs';

const TODAY = '2025-07-01';
let s;
const tok = {};

before(async () => {
  s = await startServer({ orgs: 0, env: { SOCORG_TODAY: TODAY } });
  for (const u of ['admin', 'xlgl', 'xlht', 'auditor', 'dangjian', 'dangjian_bj', 'nmg']) tok[u] = await s.login(u);
});
after(async () => { await s?.stop(); });

const data = (over = {}) => ({
  formal_members: 3, probationary_members: 1, transferred_in: 2, organization: { kind: 'branch', name: '党支部' },
  instructor: false, liaison: false, charter_clause: true, charter_clause_on: '2023-05-01', as_of: '2024-01-01', version: 0, ...over,
});
const rule = (view, id) => view.findings.find((f) => f.rule_id === id);
const party = (key, token = tok.dangjian, q = '') => s.get(`/api/v1/orgs/${key}/party${q}`, token);
async function put(key, body, token = tok.dangjian) {
  return s.put(`/api/v1/orgs/${key}/party`, body, token);
}
// An organization registered in 锡林郭勒盟 (league level) on 2022-03-01.
const org = (region = '152500') => registerOrg(s, tok.admin, region, {}, { date: '2022-03-01' });

test('fixed point: PUT returns the stored record with its findings and the next version', async () => {
  const o = await org();
  const v = assertOk(await put(o.uscc, data()));
  assert.equal(v.version, 1);
  assert.equal(v.current.version, 1);
  assert.equal(v.current.review, 'confirmed');
  assert.equal(v.current.formal_members, 3);
  assert.equal(v.current.organization.kind, 'branch');
  assert.equal(v.has_party_org, true);
  assert.equal(rule(v, 'PARTY-BRANCH-REQUIRED').outcome, 'pass');
  assert.match(rule(v, 'PARTY-BRANCH-REQUIRED').basis, /中国共产党章程/);
  assert.equal(rule(v, 'PARTY-CHARTER-CLAUSE').outcome, 'pass');
  // The version read must be sent: a stale one is 409 and changes nothing.
  assertError(await put(o.uscc, data({ version: 0 })), 409, { code: 'stale_version', field: 'version' });
  const again = assertOk(await put(o.uscc, data({ version: 1, formal_members: 5 })));
  assert.equal(again.version, 2);
  assert.equal(again.history.length, 2);
  const read = assertOk(await party(o.uscc));
  assert.equal(read.current.formal_members, 5);
});

test('PARTY-BRANCH-REQUIRED at 3 formal members, PARTY-SMALL-COVERED below', async () => {
  const o = await org();
  let v = assertOk(await put(o.uscc, data({ formal_members: 2, organization: { kind: 'none' } })));
  assert.equal(rule(v, 'PARTY-BRANCH-REQUIRED'), undefined);
  assert.equal(rule(v, 'PARTY-SMALL-COVERED').outcome, 'fail');
  assert.equal(v.needs_branch, false);
  v = assertOk(await put(o.uscc, data({ formal_members: 2, organization: { kind: 'none' }, instructor: true, version: 1 })));
  assert.equal(rule(v, 'PARTY-SMALL-COVERED').outcome, 'pass');
  assert.equal(v.has_party_org, false);
  assert.equal(v.has_party_work, true);
  v = assertOk(await put(o.uscc, data({ formal_members: 3, organization: { kind: 'none' }, instructor: true, version: 2 })));
  assert.equal(rule(v, 'PARTY-BRANCH-REQUIRED').outcome, 'fail');
  assert.equal(v.needs_branch, true);
  assert.match(rule(v, 'PARTY-BRANCH-REQUIRED').explanation, /3 人以上/);
  const list = assertOk(await s.get('/api/v1/party/worklist?list=needs_branch&region=152500', tok.dangjian));
  assert.ok(list.items.some((x) => x.uscc === o.uscc), JSON.stringify(list));
  // A joint branch does not satisfy 3 or more either.
  const j = assertOk(await s.post('/api/v1/party/joint-branches', { name: '锡林郭勒盟行业协会联合党支部', region_code: '152500', established_on: '2023-01-01' }, tok.dangjian), 201);
  v = assertOk(await put(o.uscc, data({ formal_members: 3, organization: { kind: 'joint', joint_branch_id: j.id }, version: 3 })));
  assert.equal(rule(v, 'PARTY-BRANCH-REQUIRED').outcome, 'fail');
  assert.equal(v.has_party_org, true);
});

test('temporary branch: approval and eligibility required; in force on the council term end, outlived the day after', async () => {
  const o = await org();
  const temp = (over) => data({ formal_members: 0, probationary_members: 0, transferred_in: 0, organization: { kind: 'temporary', name: '临时党支部', council_members: 3, approved_by: '锡林郭勒盟社会工作部', approved_on: '2024-01-01', term_ends: '2025-03-31', ...over } });
  assertError(await put(o.uscc, temp({ approved_by: '' })), 422, { code: 'temporary_branch_not_approved', field: 'organization.approved_by' });
  assertError(await put(o.uscc, temp({ approved_on: null })), 422, { code: 'temporary_branch_not_approved', field: 'organization.approved_on' });
  assertError(await put(o.uscc, temp({ council_members: 2 })), 422, { code: 'temporary_branch_not_eligible', field: 'organization.council_members' });
  assertError(await put(o.uscc, temp({ term_ends: null })), 400, { field: 'organization.term_ends' });
  assert.equal(assertOk(await party(o.uscc)).version, 0, 'refused filings stored nothing');
  assertOk(await put(o.uscc, temp({})));
  const onDay = assertOk(await party(o.uscc, tok.dangjian, '?date=2025-03-31'));
  assert.equal(rule(onDay, 'PARTY-TEMP-TERM').outcome, 'pass');
  assert.equal(rule(onDay, 'PARTY-TEMP-ELIGIBLE').outcome, 'pass');
  assert.equal(onDay.has_party_org, true);
  const after = assertOk(await party(o.uscc, tok.dangjian, '?date=2025-04-01'));
  assert.equal(rule(after, 'PARTY-TEMP-TERM').outcome, 'fail');
  assert.equal(after.has_party_org, false);
  const covOn = assertOk(await s.get(`/api/v1/party/coverage?region=${o.region_code}&date=2025-03-31`, tok.dangjian));
  const covAfter = assertOk(await s.get(`/api/v1/party/coverage?region=${o.region_code}&date=2025-04-01`, tok.dangjian));
  assert.equal(covOn.with_party_org - covAfter.with_party_org, 1);
  assert.equal(covAfter.temporary_outlived - covOn.temporary_outlived, 1);
  const outlived = assertOk(await s.get('/api/v1/party/worklist?list=temporary_outlived&region=152500', tok.dangjian));
  assert.ok(outlived.items.some((x) => x.uscc === o.uscc && x.term_ends === '2025-03-31'), JSON.stringify(outlived));
});

test('bad input gets 400/422 with the field and changes nothing', async () => {
  const o = await org();
  assertOk(await put(o.uscc, data()));
  const head = await auditHead(s, tok.admin);
  const cases = [
    [data({ formal_members: -1, version: 1 }), 400, 'formal_members'],
    [data({ formal_members: 'three', version: 1 }), 400, 'formal_members'],
    [data({ organization: { kind: 'cell' }, version: 1 }), 400, 'organization.kind'],
    [data({ organization: 'branch', version: 1 }), 400, 'organization'],
    [data({ transferred_in: 9, version: 1 }), 422, 'transferred_in'],
    [data({ as_of: '2099-01-01', version: 1 }), 400, 'as_of'],
    [data({ as_of: '2024-02-30', version: 1 }), 400, 'as_of'],
    [data({ organization: { kind: 'joint' }, version: 1 }), 400, 'organization.joint_branch_id'],
    [data({ organization: { kind: 'joint', joint_branch_id: 999999 }, version: 1 }), 400, 'organization.joint_branch_id'],
    [data({ organization: { kind: 'none', name: '党支部' }, version: 1 }), 422, 'organization.kind'],
    [data({ charter_clause: false, version: 1 }), 400, 'charter_clause_on'],
    [data({ secretary_person_id: 123456, version: 1 }), 400, 'secretary_person_id'],
    [data({ as_of: '2020-01-01', version: 1 }), 422, 'as_of'],  // before the registration
    [{ organization: { kind: 'branch' }, version: 1 }, 400, 'formal_members'],
    [data({ version: undefined }), 400, 'version'],
  ];
  for (const [body, status, field] of cases) assertError(await put(o.uscc, body), status, { field });
  const big = await s.request('PUT', `/api/v1/orgs/${o.uscc}/party`, { raw: JSON.stringify({ ...data(), pad: 'x'.repeat(2 * 1024 * 1024) }), token: tok.dangjian, headers: { 'content-type': 'application/json' } });
  assert.equal(big.status, 413);
  const v = assertOk(await party(o.uscc));
  assert.equal(v.version, 1);
  assert.equal(v.history.length, 1);
  assert.equal(await auditHead(s, tok.admin), head, 'no audit record for a refused request');
});

test('roles: the party work department files within its region, officers and the auditor read, the public sees counts', async () => {
  const o = await org('152502');
  const outside = await registerOrg(s, tok.admin, '110105');
  assertOk(await put(o.uscc, data(), tok.dangjian));
  for (const u of ['xlgl', 'xlht', 'auditor', 'admin']) {
    assertError(await put(o.uscc, data({ version: 1 }), tok[u]), 403);
    assert.equal(assertOk(await party(o.uscc, tok[u])).current.formal_members, 3, u);
  }
  assertError(await put(o.uscc, data({ version: 1 }), tok.dangjian_bj), 403, { code: 'outside_jurisdiction' });
  assertError(await party(o.uscc, tok.dangjian_bj), 403);
  assertError(await put(outside.uscc, data(), tok.dangjian), 403, { code: 'outside_jurisdiction' });
  assertError(await s.get(`/api/v1/orgs/${o.uscc}/party`), 401);
  assertError(await s.get('/api/v1/party/coverage?region=150000', tok.dangjian), 403, { code: 'outside_jurisdiction' });
  assertError(await s.get('/api/v1/party/coverage?region=152500', undefined), 401);
  // A party officer has no register actions.
  const cur = assertOk(await s.get(`/api/v1/orgs/${o.uscc}`, tok.dangjian));
  assertError(await s.post(`/api/v1/orgs/${o.uscc}/actions/start_liquidation`, { version: cur.version, reason: 'x' }, tok.dangjian), 403);
  // Public: aggregate counts only, never names or codes of organizations.
  const pub = assertOk(await s.get('/api/v1/public/party/coverage?region=152500'));
  assert.ok(pub.orgs >= 1 && pub.with_party_org >= 1);
  assert.equal(pub.decisions, undefined);
  const text = JSON.stringify(pub);
  assert.ok(!text.includes(o.uscc) && !text.includes(o.name) && !text.includes('党支部'), text);
  assertError(await s.get('/api/v1/public/party/coverage?region=15x'), 400, { field: 'region' });
});

test('an organization files its own data for review; it counts once confirmed; a return names its reason', async () => {
  const o = await org('152502');
  s.cli(['user', 'add', '--username', 'partyorg', '--password', 'partyorg-password', '--role', 'org_account', '--org', o.uscc]);
  const own = await s.login('partyorg');
  const before = assertOk(await s.get('/api/v1/party/coverage?region=152502', tok.dangjian));
  let v = assertOk(await put(o.uscc, data(), own));
  assert.equal(v.current, null);
  assert.equal(v.pending.review, 'submitted');
  let cov = assertOk(await s.get('/api/v1/party/coverage?region=152502', tok.dangjian));
  assert.equal(cov.with_party_org, before.with_party_org, 'a submitted filing does not count');
  assertError(await s.post(`/api/v1/orgs/${o.uscc}/party/review`, { decision: 'confirm' }, tok.xlht), 403);
  assertError(await s.post(`/api/v1/orgs/${o.uscc}/party/review`, { decision: 'return' }, tok.dangjian), 400, { field: 'reason' });
  v = assertOk(await s.post(`/api/v1/orgs/${o.uscc}/party/review`, { decision: 'return', reason: '党员人数与组织部门台账不符' }, tok.dangjian));
  assert.equal(v.pending.review, 'returned');
  assert.equal(v.pending.review_reason, '党员人数与组织部门台账不符');
  v = assertOk(await put(o.uscc, data({ version: 1, formal_members: 4 }), own));
  assert.equal(v.pending.review, 'submitted');
  v = assertOk(await s.post(`/api/v1/orgs/${o.uscc}/party/review`, { decision: 'confirm' }, tok.dangjian));
  assert.equal(v.pending, null);
  assert.equal(v.current.formal_members, 4);
  assertError(await s.post(`/api/v1/orgs/${o.uscc}/party/review`, { decision: 'confirm' }, tok.dangjian), 422, { code: 'nothing_to_review' });
  cov = assertOk(await s.get('/api/v1/party/coverage?region=152502', tok.dangjian));
  assert.equal(cov.with_party_org, before.with_party_org + 1);
  // The organization cannot file for another one, nor read another's.
  const other = await org('152502');
  assertError(await put(other.uscc, data(), own), 403);
  assertError(await party(other.uscc, own), 403);
  const audit = assertOk(await s.get('/api/v1/audit?limit=20', tok.admin)).items.map((x) => x.action);
  assert.ok(audit.includes('party_filed') && audit.includes('party_confirmed') && audit.includes('party_returned'), audit.join());
});

test('the data as of a date: the filing in force then, its findings then', async () => {
  const o = await org();
  assertOk(await put(o.uscc, data({ formal_members: 3, organization: { kind: 'none' }, as_of: '2023-06-01' })));
  assertOk(await put(o.uscc, data({ version: 1, as_of: '2024-06-01' })));
  const then = assertOk(await party(o.uscc, tok.dangjian, '?date=2024-01-01'));
  assert.equal(then.current.version, 1);
  assert.equal(rule(then, 'PARTY-BRANCH-REQUIRED').outcome, 'fail');
  const now = assertOk(await party(o.uscc));
  assert.equal(now.current.version, 2);
  assert.equal(rule(now, 'PARTY-BRANCH-REQUIRED').outcome, 'pass');
  const before = assertOk(await party(o.uscc, tok.dangjian, '?date=2023-01-01'));
  assert.equal(before.current, null);
  assertError(await party(o.uscc, tok.dangjian, '?date=2025-13-01'), 400, { field: 'date' });
});

test('joint branches link several organizations', async () => {
  const [a, b] = [await org('152502'), await org('152502')];
  const j = assertOk(await s.post('/api/v1/party/joint-branches', { name: '锡林浩特市社会组织第一联合党支部', region_code: '152502', established_on: '2024-03-01' }, tok.dangjian), 201);
  assertError(await s.post('/api/v1/party/joint-branches', { name: '', region_code: '152502' }, tok.dangjian), 400, { field: 'name' });
  assertError(await s.post('/api/v1/party/joint-branches', { name: 'x', region_code: '110105' }, tok.dangjian), 403);
  assertError(await s.post('/api/v1/party/joint-branches', { name: 'x', region_code: '152502' }, tok.xlht), 403);
  for (const o of [a, b]) assertOk(await put(o.uscc, data({ formal_members: 1, organization: { kind: 'joint', joint_branch_id: j.id } })));
  const got = assertOk(await s.get(`/api/v1/party/joint-branches/${j.id}`, tok.xlgl));
  assert.deepEqual(got.members.map((m) => m.uscc).sort(), [a.uscc, b.uscc].sort());
  const v = assertOk(await party(a.uscc));
  assert.equal(v.joint_branch.name, '锡林浩特市社会组织第一联合党支部');
  assert.equal(rule(v, 'PARTY-SMALL-COVERED').outcome, 'pass');
  const cov = assertOk(await s.get('/api/v1/party/coverage?region=152502', tok.dangjian));
  assert.ok(cov.by_kind.joint >= 2 && cov.joint_branches >= 1, JSON.stringify(cov));
});

test('participation in major decisions: a disagreement reported, executed, a deviation corrected', async () => {
  const o = await org('152502');
  const url = `/api/v1/orgs/${o.uscc}/party/decisions`;
  const body = { kind: 'major_economic', way: 'prior_study', matter: '购置办公用房', opinion: '建议暂缓', decided_on: '2025-06-01', agrees: false };
  assertError(await s.post(url, body, tok.dangjian), 400, { field: 'report_due' });
  assertError(await s.post(url, { ...body, kind: 'gossip', report_due: '2025-06-10' }, tok.dangjian), 400, { field: 'kind' });
  assertError(await s.post(url, { ...body, way: 'phone', report_due: '2025-06-10' }, tok.dangjian), 400, { field: 'way' });
  assertError(await s.post(url, { ...body, report_due: '2025-06-10' }, tok.xlht), 403);
  let d = assertOk(await s.post(url, { ...body, report_due: '2025-06-10' }, tok.dangjian), 201);
  assert.equal(d.status, 'pending_report');
  assert.equal(d.findings.find((f) => f.rule_id === 'PARTY-DECISION-REPORT').outcome, 'fail', 'overdue on 2025-07-01');
  const step = (b) => s.post(`/api/v1/party/decisions/${d.id}/steps`, b, tok.dangjian);
  assertError(await step({ step: 'execute', on: '2025-06-20' }), 422, { code: 'invalid_step' });
  assertError(await step({ step: 'report', on: '2025-05-01', text: '上级党组织' }), 400, { field: 'on' });
  assertError(await step({ step: 'fly', on: '2025-06-20' }), 400, { field: 'step' });
  d = assertOk(await step({ step: 'report', on: '2025-06-08', text: '锡林浩特市社会组织综合党委' }));
  assert.equal(d.status, 'awaiting_execution');
  assert.equal(d.findings.find((f) => f.rule_id === 'PARTY-DECISION-REPORT').outcome, 'pass');
  const awaiting = assertOk(await s.get('/api/v1/party/decisions?region=152502&status=awaiting_execution', tok.xlgl));
  assert.ok(awaiting.items.some((x) => x.id === d.id));
  d = assertOk(await step({ step: 'execute', on: '2025-06-20' }));
  assert.equal(d.status, 'done');
  d = assertOk(await step({ step: 'deviation', on: '2025-06-25', text: '购置价格超出决议' }));
  assert.equal(d.status, 'deviation');
  assert.equal(d.findings.find((f) => f.rule_id === 'PARTY-DECISION-DEVIATION').outcome, 'needs_review');
  d = assertOk(await step({ step: 'correct', on: '2025-06-28', text: '重新议价' }));
  assert.equal(d.status, 'done');
  const mine = assertOk(await s.get(url, tok.auditor));
  assert.equal(mine.items[0].id, d.id);
  const cov = assertOk(await s.get('/api/v1/party/coverage?region=152502', tok.dangjian));
  assert.ok(cov.decisions.done >= 1, JSON.stringify(cov.decisions));
});

test('232 league-level organizations, 175 with a party organization: 75.4% organizational coverage', async () => {
  const t = await startServer({ orgs: 0, env: { SOCORG_TODAY: TODAY } });
  try {
    const admin = await t.login('admin');
    const dj = await t.login('dangjian');
    const orgs = [];
    for (let i = 0; i < 232; i++) orgs.push(await registerOrg(t, admin, '152500', {}, { date: '2022-03-01' }));
    for (let i = 0; i < 232; i++) {
      const covered = i < 175;
      const instructor = !covered && i < 200;  // 25 with an instructor only: work coverage 200 / 232
      const r = await t.put(`/api/v1/orgs/${orgs[i].uscc}/party`, {
        formal_members: covered ? 3 : 3 * (i % 2), organization: { kind: covered ? 'branch' : 'none' }, instructor, version: 0,
      }, dj);
      assert.equal(r.status, 200, r.text);
    }
    // A county-level organization does not count at league level.
    await registerOrg(t, admin, '152502');
    const cov = assertOk(await t.get('/api/v1/party/coverage?region=152500&level=municipal', dj));
    assert.equal(cov.orgs, 232);
    assert.equal(cov.with_party_org, 175);
    assert.equal(cov.org_coverage, 0.7543);
    assert.equal(cov.with_party_work, 200);
    assert.equal(cov.work_coverage, 0.8621);
    assert.equal(cov.needs_branch_without, 29);  // the uncovered ones with 3 formal members: odd i in 175..231
    assert.equal(cov.instructors, 25);
    assert.equal(cov.by_kind.branch, 175);
    const all = assertOk(await t.get('/api/v1/party/coverage?region=152500', dj));
    assert.equal(all.orgs, 233);
    assert.deepEqual(all.by_region.map((r) => [r.region_code, r.orgs]), [['152500', 232], ['152502', 1]]);
    const pub = assertOk(await t.get('/api/v1/public/party/coverage?region=152500'));
    assert.equal(pub.with_party_org, 175);
    const nb = assertOk(await t.get('/api/v1/party/worklist?list=needs_branch&region=152500&page_size=20', dj));
    assert.equal(nb.total, 29);
    assert.equal(nb.items.length, 20);
    const rest = assertOk(await t.get(`/api/v1/party/worklist?list=needs_branch&region=152500&page_size=20&after=${nb.next_after}`, dj));
    assert.equal(rest.items.length, 9);
    assert.equal(rest.next_after, null);
    assertError(await t.get('/api/v1/party/coverage?region=152500&level=village', dj), 400, { field: 'level' });
    assertError(await t.get('/api/v1/party/coverage?region=152500&date=2099-01-01', dj), 400, { field: 'date' });
    assertError(await t.get('/api/v1/party/worklist?list=all&region=152500', dj), 400, { field: 'list' });
  } finally {
    await t.stop();
  }
});

// Registered this year: no annual report is due yet, so the party data is the only ground for a listing.
const freshOrg = () => registerOrg(s, tok.admin, '152502', {}, { date: '2025-01-05' });

test('§8 ②: the credit job lists an organization whose confirmed party data needs a branch, and lets it leave when one is filed', async () => {
  const o = await freshOrg();
  const credit = async () => assertOk(await s.get(`/api/v1/orgs/${o.uscc}/credit`, tok.xlht));
  const run = async () => assertOk(await s.post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, tok.nmg));
  // 2 formal members without a branch: not required, so not listed.
  assertOk(await put(o.uscc, data({ formal_members: 2, organization: { kind: 'none' }, as_of: '2025-01-10' })));
  await run();
  assert.equal((await credit()).status, 'good');
  // 3: required and missing → anomaly ② from the day of that data.
  const missing = assertOk(await put(o.uscc, data({ formal_members: 3, organization: { kind: 'none' }, as_of: '2025-03-01', version: 1 })));
  assert.equal(missing.needs_branch, true);
  await run();
  let c = await credit();
  assert.equal(c.status, 'anomaly');
  const entry = c.listings.find((l) => l.cause === 'party_branch_missing');
  assert.ok(entry, JSON.stringify(c.listings));
  assert.equal(entry.rule_id, 'CREDIT-ANOMALY-PARTY');
  assert.equal(entry.entered_on, '2025-03-01');
  assert.equal(entry.facts.party_filing_id, String(missing.current.id));
  assert.match(entry.basis, /中国共产党章程/);
  const pub = assertOk(await s.get('/api/v1/public/credit/anomaly?region=152502&page_size=100'));
  assert.ok(pub.items.some((i) => i.org.uscc === o.uscc && i.cause === 'party_branch_missing'));
  // A run again changes nothing; a branch filed on 2025-05-20 is the rectification.
  await run();
  assert.equal((await credit()).listings.filter((l) => l.cause === 'party_branch_missing').length, 1);
  assertOk(await put(o.uscc, data({ formal_members: 3, organization: { kind: 'branch', name: '党支部' }, as_of: '2025-05-20', version: 2 })));
  await run();
  c = await credit();
  const left = c.listings.find((l) => l.cause === 'party_branch_missing');
  assert.deepEqual([left.exited_on, left.exit_reason], ['2025-05-20', 'rectified']);
  assert.equal(c.status, 'good');
});

test('§8 ②: an organization\'s own filing that is not yet confirmed does not list it', async () => {
  const o = await freshOrg();
  s.cli(['user', 'add', '--username', 'partyorg2', '--password', 'partyorg2-password', '--role', 'org_account', '--org', o.uscc]);
  const own = await s.login('partyorg2');
  const v = assertOk(await put(o.uscc, data({ formal_members: 4, organization: { kind: 'none' }, as_of: '2025-02-01' }), own));
  assert.equal(v.pending.review, 'submitted');
  assertOk(await s.post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, tok.nmg));
  const c = assertOk(await s.get(`/api/v1/orgs/${o.uscc}/credit`, tok.xlht));
  assert.equal(c.listings.filter((l) => l.cause === 'party_branch_missing').length, 0, JSON.stringify(c.listings));
});
