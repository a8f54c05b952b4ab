// The founding workflow end to end (DOMAIN §4), responsible persons with their Findings (§5), and the
// public record's personal-data rule (§21). The server's date is fixed so every deadline is exact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import {
  assertError, assertOk, allPublic, applicationBody, registerOrg, makeId, makeUscc, ALL_DOCUMENTS, uniqueName,
  consentChange,
} from './helpers.mjs';

const TODAY = '2025-06-16';
let s;
let admin;
let reviewer;
let xlht;
const A = {};  // the organization followed through the whole workflow

before(async () => {
  s = await startServer({ orgs: 100, env: { SOCORG_TODAY: TODAY } });
  admin = await s.login('admin');
  reviewer = await s.login('reviewer');
  xlht = await s.login('xlht');
});
after(async () => { await s?.stop(); });

const post = (key, action, body, token = xlht) => s.post(`/api/v1/orgs/${key}/actions/${action}`, body, token);
const record = async (key, token = xlht) => assertOk(await s.get(`/api/v1/orgs/${key}`, token));
const finding = (fs, id) => fs.find((f) => f.rule_id === id);

test('founding: application → consent → 容缺 accept → supply → approve issues a valid code', async () => {
  A.tag = uniqueName('');
  A.name = `${A.tag}测试协会`;
  const app = assertOk(await s.post('/api/v1/applications', applicationBody('152502', {
    name: A.name, date: '2025-05-01', individual_members: 60, funds: 50000,
  }), xlht), 201);
  assert.equal(app.status, 'applied');
  assert.equal(app.uscc, null);
  assert.equal(app.level, 'county');
  for (const id of ['FOUND-SG-MEMBERS', 'FOUND-SG-FUNDS', 'FOUND-NAME-NATIONAL-WORDS'])
    assert.equal(finding(app.findings, id)?.outcome, 'pass', id);
  A.id = app.id;

  let o = assertOk(await post(A.id, 'consent', { version: app.version, date: '2025-05-05' }, reviewer));
  assert.equal(o.status, 'consented');

  // 容缺受理: proof of funds follows within 30 days.
  const provided = ALL_DOCUMENTS.filter((d) => d !== 'funds_proof');
  o = assertOk(await post(A.id, 'accept', { version: o.version, date: '2025-05-10', documents: provided, deferred: ['funds_proof'] }));
  assert.equal(o.status, 'under_review');
  assert.deepEqual(o.application.deferred, ['funds_proof']);
  assert.equal(o.application.supply_deadline, '2025-06-09');  // 10 May + 30 days
  assert.ok(!o.application.decision_due, 'no decision deadline before the documents are complete');

  // Not while a document is outstanding.
  assertError(await post(A.id, 'approve', { version: o.version }), 422, { code: 'documents_outstanding' });

  o = assertOk(await post(A.id, 'supply_documents', { version: o.version, date: '2025-05-20', documents: ['funds_proof'] }));
  assert.equal(o.status, 'under_review');
  assert.deepEqual(o.application.deferred, []);
  assert.equal(o.application.decision_due, '2025-07-19');  // 20 May + 60 days
  assert.equal(o.application.documents_complete_on, '2025-05-20');

  o = assertOk(await post(A.id, 'approve', { version: o.version, date: '2025-05-25' }));
  assert.equal(o.status, 'active');
  assert.equal(o.registered_on, '2025-05-25');
  assert.equal(o.term_start, '2025-05-25');
  assert.equal(o.term_end, '2030-05-25');
  assert.ok(o.certificate_no);
  const code = o.uscc;
  assert.match(code, /^51152502[0-9A-HJ-NPQRTUWXY]{10}$/);  // 民政, social group, 锡林浩特市
  assert.equal(makeUscc(code.slice(0, 8), code.slice(8, 16)), code, 'check characters per GB 32100 / GB 11714');
  assert.equal(assertOk(await s.get(`/api/v1/check/uscc/${code}`)).valid, true);
  A.uscc = code;
  // Every step is an event with its date and actor.
  const steps = o.history.map((h) => `${h.action}@${h.date}`);
  assert.deepEqual(steps, ['apply@2025-05-01', 'consent@2025-05-05', 'accept@2025-05-10', 'supply_documents@2025-05-20',
    'approve@2025-05-25']);
  assert.equal(o.history[1].actor, 'reviewer');
  assert.equal(o.history[4].actor, 'xlht');
});

test('the registered organization is on the public search and public record', async () => {
  const found = await allPublic(s, { q: A.tag });
  assert.deepEqual(found.items.map((i) => i.uscc), [A.uscc]);
  const pub = assertOk(await s.get(`/api/v1/public/orgs/${A.uscc}`));
  assert.equal(pub.name, A.name);
  assert.equal(pub.status, 'active');
  assert.ok(pub.history.some((h) => h.action === 'approve' && h.date === '2025-05-25'));
});

test('approve_postponement: at most 12 months, and only once per term', async () => {
  let o = await record(A.uscc);
  assertError(await post(A.uscc, 'approve_postponement', { version: o.version, postponed_until: '2031-05-26' }), 422,
    { code: 'postponement_too_long', field: 'postponed_until' });
  o = assertOk(await post(A.uscc, 'approve_postponement', { version: o.version, postponed_until: '2031-05-25' }));
  assert.equal(o.postponed_until, '2031-05-25');
  assertError(await post(A.uscc, 'approve_postponement', { version: o.version, postponed_until: '2031-01-01' }), 422,
    { code: 'postponement_once', field: 'postponed_until' });
  assert.equal((await record(A.uscc)).version, o.version, 'a refused action changed the record');
});

test('file_election starts a new term and clears the postponement', async () => {
  let o = await record(A.uscc);
  o = assertOk(await post(A.uscc, 'file_election', { version: o.version, date: '2025-06-12', term_start: '2025-06-12' }));
  assert.equal(o.term_start, '2025-06-12');
  assert.equal(o.term_end, '2030-06-12');
  assert.equal(o.postponed_until, null);
  assert.equal(o.election, 'current');
});

test('change of name re-indexes the search, and as_of returns the old name', async () => {
  const newName = `${A.tag}马术研究会`;
  let o = await consentChange(s, A.uscc, { name: newName }, { date: '2025-06-14' });
  o = assertOk(await post(A.uscc, 'change', { version: o.version, date: '2025-06-14', changes: { name: newName }, reason: '会员大会决议' }));
  assert.equal(o.name, newName);
  assert.equal((await allPublic(s, { q: `${A.tag}测试` })).total, 0, 'the old name is still indexed');
  assert.deepEqual((await allPublic(s, { q: `${A.tag}马术` })).items.map((i) => i.uscc), [A.uscc]);
  assert.deepEqual((await allPublic(s, { q: '马术研究' })).items.filter((i) => i.uscc === A.uscc).length, 1);

  const then = assertOk(await s.get(`/api/v1/public/orgs/${A.uscc}?as_of=2025-06-01`));
  assert.equal(then.as_of.name, A.name);
  assert.equal(then.name, newName);
  const now = assertOk(await s.get(`/api/v1/public/orgs/${A.uscc}?as_of=2025-06-14`));
  assert.equal(now.as_of.name, newName);
  // Before approval the organization was not on the public register; the officer sees it under review.
  assertError(await s.get(`/api/v1/public/orgs/${A.uscc}?as_of=2025-05-22`), 404);
  const review = assertOk(await s.get(`/api/v1/orgs/${A.uscc}?as_of=2025-05-22`, xlht));
  assert.equal(review.as_of.status, 'under_review');
  assert.equal(review.as_of.uscc, null);
  assert.equal(review.as_of.name, A.name);
  assertError(await s.get(`/api/v1/orgs/${A.uscc}?as_of=2025-04-30`, xlht), 404);
  A.name = newName;
});

test('as_of follows the dates of events, not the order they were recorded in', async () => {
  let o = await record(A.uscc);
  const oldAddress = o.address;
  const oldTermStart = o.term_start;
  // Recorded first, dated 15 June: a change of address (on the supervisory unit's consent of that day).
  o = await consentChange(s, A.uscc, { address: '锡林浩特市那达慕大街8号' }, { date: '2025-06-15' });
  o = assertOk(await post(A.uscc, 'change', { version: o.version, date: '2025-06-15', changes: { address: '锡林浩特市那达慕大街8号' } }));
  // Recorded second, dated 13 June: an election filed late.
  o = assertOk(await post(A.uscc, 'file_election', { version: o.version, date: '2025-06-13', term_start: '2025-06-13' }));
  const then = assertOk(await s.get(`/api/v1/orgs/${A.uscc}?as_of=2025-06-14`, xlht)).as_of;
  assert.equal(then.term_start, '2025-06-13', 'the election of 13 June had happened');
  assert.equal(then.address, oldAddress, 'the change of 15 June had not happened yet');
  const before = assertOk(await s.get(`/api/v1/orgs/${A.uscc}?as_of=2025-06-12`, xlht)).as_of;
  assert.equal(before.term_start, oldTermStart);
  assert.equal(before.address, oldAddress);
});

test('persons: add returns Findings; failures are reported, not hidden', async () => {
  A.p1 = { name: '巴图', id_number: makeId('152502', '19700101', '011'), phone: '13912345678',
    address: '锡林浩特市团结小区9号楼', roles: ['legal_rep', 'chair'], civil_servant: false };
  // A's term of 13 June came from an election: its leaders are reviewed before it (一前一备, tests/api/leaders).
  assertOk(await s.post(`/api/v1/orgs/${A.uscc}/leader-reviews`, A.p1, xlht), 201);
  const r1 = assertOk(await s.post(`/api/v1/orgs/${A.uscc}/persons`, A.p1, xlht), 201);
  assert.equal(r1.passed, true);
  for (const id of ['LEADER-ID', 'LEADER-AGE', 'LEADER-TERMS', 'LEADER-CONCURRENT-LEGAL-REP', 'LEADER-CONCURRENT-CHAIR',
    'LEADER-CHAIR-NOT-SG', 'LEADER-CIVIL-SERVANT', 'LEADER-DISHONEST-DEBTOR']) {
    const f = finding(r1.findings, id);
    assert.ok(f, `missing ${id}`);
    assert.ok(f.basis && f.title && f.outcome, id);
  }
  assert.equal(finding(r1.findings, 'LEADER-DISHONEST-DEBTOR').outcome, 'needs_review');
  assert.ok(!JSON.stringify(r1).includes(A.p1.id_number), 'findings carry the full ID number');

  // Chair and secretary general in one person.
  const r2 = assertOk(await s.post(`/api/v1/orgs/${A.uscc}/persons`, {
    name: '乌云', id_number: makeId('152502', '19800505', '022'), roles: ['chair', 'secretary_general'], civil_servant: false,
  }, xlht), 201);
  assert.equal(r2.passed, false);
  assert.equal(finding(r2.findings, 'LEADER-CHAIR-NOT-SG').outcome, 'fail');

  // Age on the term start: 70 passes, 71 (the birthday itself) fails.
  const age = async (birth) => assertOk(await s.post(`/api/v1/orgs/${A.uscc}/persons`, {
    name: '苏和', id_number: makeId('152502', birth, '031'), roles: ['director'], term_start: '2025-06-15', civil_servant: false,
  }, xlht), 201);
  assert.equal(finding((await age('19540616')).findings, 'LEADER-AGE').outcome, 'pass');
  assert.equal(finding((await age('19540615')).findings, 'LEADER-AGE').outcome, 'fail');

  // A declared number of previous terms is ignored: the terms are counted from the register (tests/api/leaders);
  // a civil servant without approval.
  const r4 = assertOk(await s.post(`/api/v1/orgs/${A.uscc}/persons`, {
    name: '图雅', id_number: makeId('152502', '19750303', '042'), roles: ['vice_chair'], previous_consecutive_terms: 2,
    civil_servant: true,
  }, xlht), 201);
  assert.equal(finding(r4.findings, 'LEADER-TERMS').outcome, 'pass');
  assert.equal(finding(r4.findings, 'LEADER-CIVIL-SERVANT').outcome, 'fail');

  // The Findings are stored with the organization.
  const o = await record(A.uscc);
  assert.ok(o.findings.some((f) => f.rule_id === 'LEADER-CHAIR-NOT-SG' && f.outcome === 'fail'));
});

test('concurrent legal representative: fails while the other social group is active, passes once it is not', async () => {
  const C = await registerOrg(s, xlht, '152502');
  const id = makeId('152502', '19660606', '051');
  const asLegalRep = (key) => s.post(`/api/v1/orgs/${key}/persons`, { name: '朝鲁', id_number: id, roles: ['legal_rep'], civil_servant: false }, xlht);
  assert.equal(finding(assertOk(await asLegalRep(C.uscc), 201).findings, 'LEADER-CONCURRENT-LEGAL-REP').outcome, 'pass');
  const second = assertOk(await asLegalRep(A.uscc), 201);
  assert.equal(finding(second.findings, 'LEADER-CONCURRENT-LEGAL-REP').outcome, 'fail');
  assert.equal(second.passed, false);
  // Revoking C (a reason is required) makes the position elsewhere inactive.
  const c = await record(C.uscc);
  assertError(await post(C.uscc, 'revoke', { version: c.version }), 400, { field: 'reason' });
  const revoked = assertOk(await post(C.uscc, 'revoke', { version: c.version, reason: '成立后一年以上未开展活动' }));
  assert.equal(revoked.status, 'revoked');
  assert.equal(revoked.ended_on, TODAY);
  const third = assertOk(await asLegalRep(A.uscc), 201);
  assert.equal(finding(third.findings, 'LEADER-CONCURRENT-LEGAL-REP').outcome, 'pass');
  // A revoked organization stays on the public register with its status, and cannot be changed.
  const pub = assertOk(await s.get(`/api/v1/public/orgs/${C.uscc}`));
  assert.equal(pub.status, 'revoked');
  assert.ok(pub.history.some((h) => h.action === 'revoke'));
  assertError(await post(C.uscc, 'change', { version: revoked.version, changes: { address: '别处' } }), 422, { field: 'status' });
  assertError(await post(C.uscc, 'deregister', { version: revoked.version, reason: '注销' }), 422, { field: 'status' });
});

test('the public record never shows ID numbers, phones or addresses of persons', async () => {
  const full = await record(A.uscc, admin);
  const secrets = full.persons.flatMap((p) => [p.id_number, p.phone, p.address]).filter((v) => v);
  assert.ok(secrets.includes(A.p1.id_number) && secrets.includes(A.p1.phone) && secrets.includes(A.p1.address));
  for (const path of [`/api/v1/public/orgs/${A.uscc}`, `/api/v1/public/orgs/${A.uscc}?as_of=2025-06-15`,
    `/api/v1/public/orgs?q=${encodeURIComponent(A.tag)}`]) {
    const r = await s.get(path);
    assert.equal(r.status, 200, path);
    for (const v of secrets) assert.ok(!r.text.includes(v), `${path} shows ${v}`);
    // Not even the birth date part of an ID number.
    assert.ok(!r.text.includes('19700101'), `${path} shows a birth date`);
  }
  const pub = assertOk(await s.get(`/api/v1/public/orgs/${A.uscc}`));
  assert.ok(pub.persons.some((p) => p.name === '巴图' && p.role === 'legal_rep'));
});

test('viewing persons\' personal data is audited', async () => {
  await record(A.uscc, admin);
  const log = assertOk(await s.get('/api/v1/audit?limit=5', admin));
  const v = log.items.find((i) => i.action === 'org.view_personal_data');
  assert.ok(v, JSON.stringify(log.items.map((i) => i.action)));
  assert.equal(v.actor, 'admin');
  assert.equal(v.target, `org:${A.uscc}`);
});

test('the auditor sees persons masked, and a masked view is not logged as a view of personal data', async () => {
  const auditor = await s.login('auditor');
  const full = await record(A.uscc, admin);
  assert.equal(full.personal_data, 'full');
  const before = assertOk(await s.get('/api/v1/audit?limit=1', admin)).items[0].id;
  const r = await s.get(`/api/v1/orgs/${A.uscc}`, auditor);
  const masked = assertOk(r);
  assert.equal(masked.personal_data, 'masked');
  assert.equal(masked.persons.length, full.persons.length);
  for (const v of [A.p1.id_number, A.p1.phone, A.p1.address]) assert.ok(!r.text.includes(v), `the auditor sees ${v}`);
  const p1 = masked.persons.find((p) => p.name === A.p1.name);
  assert.equal(p1.id_number, `${A.p1.id_number.slice(0, 6)}********${A.p1.id_number.slice(14)}`);
  assert.equal(p1.phone, `${A.p1.phone.slice(0, 3)}${'*'.repeat(A.p1.phone.length - 7)}${A.p1.phone.slice(-4)}`);
  assert.equal(p1.address, '***');
  const log = assertOk(await s.get('/api/v1/audit?limit=20', admin));
  assert.ok(!log.items.some((i) => i.id > before && i.action === 'org.view_personal_data' && i.actor === 'auditor'));
});

test('refusal needs a reason; a refused application is not public', async () => {
  const b = assertOk(await s.post('/api/v1/applications', applicationBody('152502'), xlht), 201);
  assertError(await post(b.id, 'refuse', { version: b.version }), 400, { field: 'reason' });
  assertError(await post(b.id, 'refuse', { version: b.version, reason: '' }), 400, { field: 'reason' });
  const r = assertOk(await post(b.id, 'refuse', { version: b.version, reason: '本行政区域内已有业务范围相似的社会组织' }));
  assert.equal(r.status, 'refused');
  assert.equal(r.uscc, null);
  assert.equal((await allPublic(s, { q: b.name })).total, 0);
  assertError(await post(b.id, 'approve', { version: r.version }), 422, { field: 'status' });
});

test('deregistration needs a reason and leaves a public deregistered record', async () => {
  const d0 = await registerOrg(s, xlht, '152502');
  const d = assertOk(await post(d0.uscc, 'start_liquidation', { version: d0.version, reason: '自行解散' }));
  const done = { liquidation_completed_on: TODAY, liquidation_report: '清算报告书' };
  assertError(await post(d.uscc, 'deregister', { version: d.version, ...done }), 400, { field: 'reason' });
  const c = assertOk(await post(d.uscc, 'consent_deregistration', { version: d.version }, await s.login('unit')));
  const r = assertOk(await post(d.uscc, 'deregister', { version: c.version, reason: '完成清算，自行解散', ...done }));
  assert.equal(r.status, 'deregistered');
  const found = await allPublic(s, { q: d.name, status: 'deregistered' });
  assert.deepEqual(found.items.map((i) => i.uscc), [d.uscc]);
  assert.equal((await allPublic(s, { q: d.name, status: 'active' })).total, 0);
});

test('failed founding minimums block approval', async () => {
  const g = assertOk(await s.post('/api/v1/applications', applicationBody('152502', { individual_members: 49, unit_members: 0 }), xlht), 201);
  assert.equal(finding(g.findings, 'FOUND-SG-MEMBERS').outcome, 'fail');
  let o = assertOk(await post(g.id, 'consent', { version: g.version }, reviewer));
  o = assertOk(await post(g.id, 'accept', { version: o.version, documents: ALL_DOCUMENTS }));
  assertError(await post(g.id, 'approve', { version: o.version }), 422, { code: 'findings_failed' });
  assert.equal((await record(g.id)).status, 'under_review');
});

test('a county-level name with 中国 fails the name rule', async () => {
  const r = assertOk(await s.post('/api/v1/applications', applicationBody('152502', { name: `中国${uniqueName('')}摄影协会` }), xlht), 201);
  assert.equal(finding(r.findings, 'FOUND-NAME-NATIONAL-WORDS').outcome, 'fail');
});

test('preparation (筹备) leads to an application; community organizations are filed with a code', async () => {
  const p = assertOk(await s.post('/api/v1/applications', applicationBody('152502', { preparation: true }), xlht), 201);
  assert.equal(p.status, 'preparing');
  const applied = assertOk(await post(p.id, 'apply', { version: p.version }));
  assert.equal(applied.status, 'applied');

  const c = assertOk(await s.post('/api/v1/applications', applicationBody('152502', {
    name: `${uniqueName('')}社区志愿服务队`, type: 'community',
  }), xlht), 201);
  assert.equal(c.status, 'active');
  assert.match(c.uscc, /^59152502/);
  assert.equal(makeUscc(c.uscc.slice(0, 8), c.uscc.slice(8, 16)), c.uscc);
  assertError(await post(c.uscc, 'approve', { version: c.version }), 422);
});

test('a stale version is a 409 and changes nothing', async () => {
  const o = await consentChange(s, A.uscc, { address: '锡林浩特市新址1号' });
  assertOk(await post(A.uscc, 'change', { version: o.version, changes: { address: '锡林浩特市新址1号' } }));
  assertError(await post(A.uscc, 'change', { version: o.version, changes: { address: '锡林浩特市新址2号' } }), 409, { field: 'version' });
  assert.equal((await record(A.uscc)).address, '锡林浩特市新址1号');
});

test('names are unique per region, compared after normalisation; ended organizations free their name', async () => {
  assertError(await s.post('/api/v1/applications', applicationBody('152502', { name: A.name }), xlht), 409, { field: 'name' });
  const traditional = A.name.replace('马术研究会', '馬術研究會');
  assert.notEqual(traditional, A.name);
  assertError(await s.post('/api/v1/applications', applicationBody('152502', { name: traditional }), xlht), 409, { field: 'name' });
  // The same name in another county is another organization.
  assertOk(await s.post('/api/v1/applications', applicationBody('152501', { name: A.name }), await s.login('xlgl')), 201);
  // A refused application does not block the name.
  const b = assertOk(await s.post('/api/v1/applications', applicationBody('152502'), xlht), 201);
  assertOk(await post(b.id, 'refuse', { version: b.version, reason: '材料不实' }));
  assertOk(await s.post('/api/v1/applications', applicationBody('152502', { name: b.name }), xlht), 201);
  // Renaming onto a taken name is refused as well.
  const other = assertOk(await s.post('/api/v1/applications', applicationBody('152502'), xlht), 201);
  const o = await consentChange(s, A.uscc, { name: other.name });
  assertError(await post(A.uscc, 'change', { version: o.version, changes: { name: other.name } }), 409, { field: 'changes.name' });
});
