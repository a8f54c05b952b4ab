// The register's life cycle after founding (DOMAIN §4, issue #13 item 1): change registration on the supervisory
// unit's consent within 30 days, the charter's 核准, announcements, the new legal representative's 联审, election
// filing within a month, a foundation's 5-year board term, liquidation then deregistration within 15 days, and
// revocation for no activity in the first year. The server's date is fixed; every limit is tried on its last
// day and on the day after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { assertError, assertOk, applicationBody, makeId, ALL_DOCUMENTS, uniqueName } from './helpers.mjs';

const TODAY = '2026-06-30';
let s, xlht, reviewer;

before(async () => {
  s = await startServer({ orgs: 30, supervision: false, env: { SOCORG_TODAY: TODAY } });
  xlht = await s.login('xlht');
  reviewer = await s.login('reviewer');
});
after(async () => { await s?.stop(); });

const post = (key, action, body, token = xlht) => s.post(`/api/v1/orgs/${key}/actions/${action}`, body, token);
const record = async (key) => assertOk(await s.get(`/api/v1/orgs/${key}`, xlht));
// POST with the current version.
const act = async (key, action, body = {}, token = xlht) => post(key, action, { version: (await record(key)).version, ...body }, token);
const addDays = (d, n) => { const t = new Date(`${d}T00:00:00Z`); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); };

// A registered organization, approved on `on` (its founding steps dated the days before).
async function registered(on, overrides = {}) {
  let o = assertOk(await s.post('/api/v1/applications', applicationBody('152502', { date: addDays(on, -20), ...overrides }), xlht), 201);
  o = assertOk(await post(o.id, 'consent', { version: o.version, date: addDays(on, -15) }, reviewer));
  o = assertOk(await post(o.id, 'accept', { version: o.version, date: addDays(on, -10), documents: ALL_DOCUMENTS }));
  o = assertOk(await post(o.id, 'approve', { version: o.version, date: on }));
  assert.equal(o.status, 'active');
  return o;
}
async function announcements() {
  return assertOk(await s.get('/api/v1/public/announcements?region=152502&page_size=100')).items;
}

test('change registration: the supervisory unit consents, the authority registers within 30 days, the change is announced', async () => {
  const o = await registered('2025-01-10');
  const newName = uniqueName('变更后协会');
  // No consent on file: refused (CHANGE-CONSENT).
  assertError(await act(o.uscc, 'change', { date: '2026-05-12', changes: { name: newName } }), 422, { code: 'no_change_consent' });
  // The consent is the supervisory unit's act: an officer cannot give it (segregation of duties, DOMAIN §1).
  assertError(await act(o.uscc, 'consent_change', { date: '2026-05-10', resolution_on: '2026-05-01', changes: { name: newName } }),
    403, { code: 'supervisory_unit_only' });
  assertError(await act(o.uscc, 'consent_change', { date: '2026-05-10', changes: { name: newName } }, reviewer), 400, { field: 'resolution_on' });
  assertError(await act(o.uscc, 'consent_change', { date: '2026-05-10', resolution_on: '2026-05-11', changes: { name: newName } }, reviewer),
    400, { field: 'resolution_on' });
  const c = assertOk(await act(o.uscc, 'consent_change',
    { date: '2026-05-10', resolution_on: '2026-05-01', changes: { name: newName, address: '锡林浩特市新华街9号' }, reason: '同意' }, reviewer));
  assert.equal(c.application.change_consent.consented_on, '2026-05-10');
  assert.deepEqual(c.application.change_consent.changes, { name: newName, address: '锡林浩特市新华街9号' });
  assert.equal(c.name, o.name, 'the consent alone changes nothing registered');

  // Day 31 after the consent: too late (CHANGE-WINDOW-30D); the record is unchanged.
  const late = assertError(await act(o.uscc, 'change', { date: '2026-06-10' }), 422, { code: 'change_window_passed' });
  assert.match(late.message_en, /CHANGE-WINDOW-30D/);
  // Not something else than what was consented to.
  assertError(await act(o.uscc, 'change', { date: '2026-06-09', changes: { name: `${newName}甲`, address: '锡林浩特市新华街9号' } }),
    422, { code: 'change_not_consented', field: 'changes.name' });
  assertError(await act(o.uscc, 'change', { date: '2026-06-09', changes: { name: newName } }), 422, { code: 'change_not_consented' });
  // Day 30: in time.
  const changed = assertOk(await act(o.uscc, 'change', { date: '2026-06-09', reason: '会员大会决议' }));
  assert.equal(changed.name, newName);
  assert.equal(changed.address, '锡林浩特市新华街9号');
  assert.equal(changed.application.change_consent, undefined, 'the consent is used up');
  assertError(await act(o.uscc, 'change', { date: '2026-06-09' }), 422, { code: 'no_change_consent' });

  // Announced (CHANGE-PUBLISH), under the name the organization had.
  const page = assertOk(await s.get('/api/v1/public/announcements?region=152502'));
  assert.equal(page.rule_id, 'CHANGE-PUBLISH');
  assert.match(page.basis, /《社会团体登记管理条例》第二十三条/);
  const a = page.items.find((x) => x.uscc === o.uscc && x.kind === 'change');
  assert.ok(a, 'the change is announced');
  assert.equal(a.org_name, o.name);
  assert.equal(a.occurred_on, '2026-06-09');
  assert.deepEqual(a.changes.name, [o.name, newName]);
  assert.ok((await announcements()).some((x) => x.uscc === o.uscc && x.kind === 'establishment'), 'the founding was announced');
  // The public history shows the consent and the change.
  const pub = assertOk(await s.get(`/api/v1/public/orgs/${o.uscc}`));
  assert.ok(pub.history.some((h) => h.action === 'consent_change'));
  assert.ok(pub.history.some((h) => h.action === 'change' && h.changes?.name));
});

test('a change of scope only is not announced; a foundation announces every change', async () => {
  const o = await registered('2025-02-10');
  assertOk(await act(o.uscc, 'consent_change', { date: '2026-06-01', resolution_on: '2026-05-28', changes: { business_scope: '行业培训' } }, reviewer));
  assertOk(await act(o.uscc, 'change', { date: '2026-06-02' }));
  assert.ok(!(await announcements()).some((x) => x.uscc === o.uscc && x.kind === 'change'));

  const f = await registered('2025-02-11', { type: 'foundation', funds: 2000000, directors: 7, name: uniqueName('测试基金会'), individual_members: 0 });
  assertOk(await act(f.uscc, 'consent_change', { date: '2026-06-01', resolution_on: '2026-05-28', changes: { business_scope: '助学' } }, reviewer));
  assertOk(await act(f.uscc, 'change', { date: '2026-06-02' }));
  const a = (await announcements()).find((x) => x.uscc === f.uscc && x.kind === 'change');
  assert.ok(a, 'FDN art. 19: every change of a foundation is announced');
  assert.deepEqual(a.changes.business_scope, [f.business_scope, '助学']);
});

test('a new legal representative goes through the joint review (联审) before the change is registered', async () => {
  const o = await registered('2025-03-10');
  assertOk(await s.post(`/api/v1/orgs/${o.uscc}/persons`, {
    name: o.legal_rep, id_number: makeId('152502', '19700101', '011'), roles: ['legal_rep'], term_start: '2025-03-10', civil_servant: false,
  }, xlht), 201);
  assertOk(await act(o.uscc, 'consent_change', { date: '2026-06-20', resolution_on: '2026-06-18', changes: { legal_rep: '巴特尔' } }, reviewer));
  assertError(await act(o.uscc, 'change', { date: '2026-06-22' }), 400, { field: 'new_legal_rep.id_number' });
  assertError(await act(o.uscc, 'change', { date: '2026-06-22', new_legal_rep: { id_number: '152502197001010000' } }), 400,
    { field: 'new_legal_rep.id_number' });
  // 71 on the day of the change: the review fails (LEADER-AGE) and nothing is registered.
  const old = assertError(await act(o.uscc, 'change', { date: '2026-06-22', new_legal_rep: { id_number: makeId('152502', '19550101', '013'), civil_servant: false } }),
    422, { code: 'leader_review_failed' });
  assert.match(old.message, /LEADER-AGE/);
  assert.equal((await record(o.uscc)).legal_rep, o.legal_rep);
  const ok = assertOk(await act(o.uscc, 'change', { date: '2026-06-22', new_legal_rep: { id_number: makeId('152502', '19800101', '015'), civil_servant: false } }));
  assert.equal(ok.legal_rep, '巴特尔');
  const reps = ok.persons.filter((p) => p.role === 'legal_rep');
  assert.deepEqual(reps.filter((p) => p.active).map((p) => p.name), ['巴特尔'], 'one active legal representative, the new one');
  assert.ok(reps.some((p) => p.name === o.legal_rep && !p.active && p.term_end === '2026-06-22'), 'the predecessor ended on the change');
  assert.ok(ok.findings.some((f) => f.subject === '巴特尔' && f.rule_id === 'LEADER-AGE' && f.outcome === 'pass'));
  const a = (await announcements()).find((x) => x.uscc === o.uscc && x.kind === 'change');
  assert.deepEqual(a.changes.legal_rep, [o.legal_rep, '巴特尔']);
});

test('a charter amendment is approved (核准) on the consent, within 30 days of it', async () => {
  const o = await registered('2025-04-10');
  assertError(await act(o.uscc, 'approve_charter', { date: '2026-06-01' }), 422, { code: 'no_change_consent' });
  assertOk(await act(o.uscc, 'consent_change', { date: '2026-05-20', resolution_on: '2026-05-15', charter_amendment: true }, reviewer));
  assertError(await act(o.uscc, 'change', { date: '2026-05-21' }), 422, { code: 'no_change_consent' });  // nothing registered consented
  assertError(await act(o.uscc, 'approve_charter', { date: '2026-06-20' }), 422, { code: 'change_window_passed' });  // day 31
  const ok = assertOk(await act(o.uscc, 'approve_charter', { date: '2026-06-19', reason: '第三次修改' }));  // day 30
  assert.equal(ok.application.charter_approved_on, '2026-06-19');
  assert.equal(ok.application.change_consent, undefined);
  assertError(await act(o.uscc, 'approve_charter', { date: '2026-06-19' }), 422, { code: 'no_change_consent' });
});

test('an election is filed within one month after it was held (ELECTION-FILING-1M)', async () => {
  const o = await registered('2021-06-01');
  // Held 29 May: the last day was 29 June.
  const late = assertError(await act(o.uscc, 'file_election', { date: '2026-06-30', election_on: '2026-05-29', term_start: '2026-05-29' }),
    422, { code: 'election_filing_late' });
  assert.match(late.message_en, /ELECTION-FILING-1M/);
  assertError(await act(o.uscc, 'file_election', { date: '2026-06-01', election_on: '2026-06-02' }), 400, { field: 'election_on' });
  const ok = assertOk(await act(o.uscc, 'file_election', { date: '2026-06-30', election_on: '2026-05-30', term_start: '2026-05-30' }));
  assert.equal(ok.term_end, '2031-05-30');
  assert.equal(ok.application.last_election_on, '2026-05-30');
});

test("a foundation's board term is at most 5 years (FDN-BOARD-TERM)", async () => {
  const f = await registered('2021-06-15', { type: 'foundation', funds: 2000000, directors: 7, name: uniqueName('理事基金会'), individual_members: 0 });
  assert.equal(f.term_end, '2026-06-15');
  const over = assertError(await act(f.uscc, 'file_election', { date: '2026-06-20', term_start: '2026-06-15', term_end: '2031-06-16' }),
    422, { code: 'term_too_long', field: 'term_end' });
  assert.match(over.message_en, /FDN-BOARD-TERM/);
  const ok = assertOk(await act(f.uscc, 'file_election', { date: '2026-06-20', term_start: '2026-06-15', term_end: '2031-06-15' }));
  assert.equal(ok.term_end, '2031-06-15');
});

test('deregistration: liquidation first, then within 15 days of its end with the report', async () => {
  const o = await registered('2024-01-10');
  assertError(await act(o.uscc, 'deregister', { reason: '自行解散' }), 422, { code: 'invalid_transition' });
  assertError(await act(o.uscc, 'start_liquidation', { date: '2026-06-01' }), 400, { field: 'reason' });
  const l = assertOk(await act(o.uscc, 'start_liquidation', { date: '2026-06-01', reason: '会员大会决议解散' }));
  assert.equal(l.status, 'liquidating');
  assert.equal(l.application.liquidation.started_on, '2026-06-01');
  // During the liquidation nothing but the liquidation.
  assertError(await act(o.uscc, 'file_election', { date: '2026-06-02' }), 422, { code: 'invalid_transition' });
  assertError(await act(o.uscc, 'consent_change', { date: '2026-06-02', resolution_on: '2026-06-01', changes: { address: 'x' } }, reviewer),
    422, { code: 'invalid_transition' });
  // Still public, as in liquidation.
  assert.equal(assertOk(await s.get(`/api/v1/public/orgs/${o.uscc}`)).status, 'liquidating');
  assertError(await act(o.uscc, 'deregister', { date: '2026-06-29', reason: '解散' }), 422, { code: 'liquidation_not_completed' });
  assertError(await act(o.uscc, 'deregister', { date: '2026-06-29', reason: '解散', liquidation_completed_on: '2026-06-14' }),
    422, { code: 'liquidation_report_missing' });
  assertError(await act(o.uscc, 'deregister', { date: '2026-06-29', reason: '解散', liquidation_completed_on: '2026-05-31', liquidation_report: '清算报告' }),
    400, { field: 'liquidation_completed_on' });
  // DEREG-CONSENT (SG arts. 19, 21): a social group files its supervisory unit's consent. Without it the
  // deregistration is refused; the authority cannot give it; then the unit does.
  const noConsent = assertError(await act(o.uscc, 'deregister', { date: '2026-06-29', reason: '解散', liquidation_completed_on: '2026-06-15', liquidation_report: '锡清字〔2026〕1号' }),
    422, { code: 'no_deregistration_consent', field: 'consent' });
  assert.match(noConsent.message_en, /DEREG-CONSENT/);
  assertError(await act(o.uscc, 'consent_deregistration', { date: '2026-06-16' }), 403, { code: 'supervisory_unit_only' });
  assert.equal((await record(o.uscc)).status, 'liquidating', 'the refusals changed nothing');
  const c = assertOk(await act(o.uscc, 'consent_deregistration', { date: '2026-06-16', reason: '同意注销' }, reviewer));
  assert.equal(c.status, 'liquidating');
  assert.equal(c.application.deregistration_consent.consented_on, '2026-06-16');
  // Ended 14 June: day 16 is 30 June — too late (DEREG-15-DAYS).
  const late = assertError(await act(o.uscc, 'deregister', { date: '2026-06-30', reason: '解散', liquidation_completed_on: '2026-06-14', liquidation_report: '锡清字〔2026〕1号' }),
    422, { code: 'deregistration_window_passed' });
  assert.match(late.message_en, /DEREG-15-DAYS/);
  // Ended 15 June: 30 June is day 15.
  const d = assertOk(await act(o.uscc, 'deregister', { date: '2026-06-30', reason: '解散', liquidation_completed_on: '2026-06-15', liquidation_report: '锡清字〔2026〕1号' }));
  assert.equal(d.status, 'deregistered');
  assert.equal(d.application.liquidation.completed_on, '2026-06-15');
  assert.equal(d.application.liquidation.report, '锡清字〔2026〕1号');
  assert.ok((await announcements()).some((x) => x.uscc === o.uscc && x.kind === 'deregistration' && x.occurred_on === '2026-06-30'));
});

test('deregistration consent: only for social groups and agencies (DEREG-CONSENT); a foundation deregisters without one', async () => {
  const f = await registered('2021-06-15', { type: 'foundation', funds: 2000000, directors: 7, name: uniqueName('注销基金会'), individual_members: 0 });
  assertOk(await act(f.uscc, 'start_liquidation', { date: '2026-06-01', reason: '理事会决议终止' }));
  assertError(await act(f.uscc, 'consent_deregistration', { date: '2026-06-02' }, reviewer), 422, { code: 'consent_not_needed', field: 'type' });
  const d = assertOk(await act(f.uscc, 'deregister', { date: '2026-06-20', reason: '终止', liquidation_completed_on: '2026-06-15', liquidation_report: '清算报告' }));
  assert.equal(d.status, 'deregistered');
});

test('revocation for no activity in the year after registration (REVOKE-NO-ACTIVITY)', async () => {
  // Registered 1 July 2025: the year is not over on 30 June 2026.
  const young = await registered('2025-07-01');
  assertError(await act(young.uscc, 'revoke', { ground: 'no_activity', reason: '一年未开展活动' }), 422, { code: 'no_activity_year_not_over' });
  // Registered 30 June 2025: from 30 June 2026.
  const idle = await registered('2025-06-30');
  const r = assertOk(await act(idle.uscc, 'revoke', { ground: 'no_activity', reason: '一年未开展活动' }));
  assert.equal(r.status, 'revoked');
  assert.equal(r.application.revocation_ground, 'no_activity');
  // A change within the first year is activity.
  const busy = await registered('2025-05-01');
  assertOk(await act(busy.uscc, 'consent_change', { date: '2025-08-01', resolution_on: '2025-07-30', changes: { address: '锡林浩特市活动路1号' } }, reviewer));
  assertOk(await act(busy.uscc, 'change', { date: '2025-08-05' }));
  assertError(await act(busy.uscc, 'revoke', { ground: 'no_activity', reason: '一年未开展活动' }), 422, { code: 'activity_recorded' });
  assertError(await act(busy.uscc, 'revoke', { ground: 'nonsense', reason: 'x' }), 400, { field: 'ground' });
  // Not a ground for social service agencies (PNEU art. 24).
  const agency = await registered('2025-01-05', { type: 'social_service_agency', name: uniqueName('测试服务中心'), individual_members: 0 });
  assertError(await act(agency.uscc, 'revoke', { ground: 'no_activity', reason: 'x' }), 422, { code: 'no_activity_not_a_ground' });
});

test('community organizations change without a consent, and cannot be given one', async () => {
  const c = assertOk(await s.post('/api/v1/applications', applicationBody('152502', {
    name: `${uniqueName('')}社区志愿服务队`, type: 'community', date: '2026-05-01',
  }), xlht), 201);
  assert.equal(c.status, 'active');
  assertError(await act(c.uscc, 'consent_change', { date: '2026-06-01', resolution_on: '2026-05-30', changes: { address: 'x' } }, reviewer),
    422, { code: 'consent_not_needed' });
  const ok = assertOk(await act(c.uscc, 'change', { date: '2026-06-01', changes: { address: '锡林浩特市社区路2号' } }));
  assert.equal(ok.address, '锡林浩特市社区路2号');
});
