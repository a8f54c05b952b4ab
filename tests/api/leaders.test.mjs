// Responsible persons (DOMAIN §5): the declared criminal-record and political-rights facts and their checks,
// the roles beyond the board, consecutive terms counted from the register, and the 一前一备 workflow (reviewed
// before the election, filed after, every change filed) with its counts. The server's date is fixed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { assertError, assertOk, act, applicationBody, ALL_DOCUMENTS, makeId, registerOrg } from './helpers.mjs';

const TODAY = '2026-03-10';
let s;
let xlht;
let unit;
let auditor;

before(async () => {
  s = await startServer({ orgs: 60, env: { SOCORG_TODAY: TODAY } });
  xlht = await s.login('xlht');
  unit = await s.login('unit');
  auditor = await s.login('auditor');
});
after(async () => { await s?.stop(); });

const finding = (fs, id) => fs.find((f) => f.rule_id === id);
const addPerson = (key, body) => s.post(`/api/v1/orgs/${key}/persons`, { civil_servant: false, ...body }, xlht);

// A charity: a social group registered on 2024-01-05, recognised as a charity more than a year later.
async function charity() {
  let o = assertOk(await s.post('/api/v1/applications', applicationBody('152502', { date: '2024-01-02' }), xlht), 201);
  o = assertOk(await s.post(`/api/v1/orgs/${o.id}/actions/consent`, { version: o.version, date: '2024-01-03' }, unit));
  o = assertOk(await s.post(`/api/v1/orgs/${o.id}/actions/accept`, { version: o.version, date: '2024-01-04', documents: ALL_DOCUMENTS }, xlht));
  o = assertOk(await s.post(`/api/v1/orgs/${o.id}/actions/approve`, { version: o.version, date: '2024-01-05' }, xlht));
  o = assertOk(await act(s, xlht, o.uscc, 'recognize_charity', { date: '2025-06-01' }));
  assert.equal(o.charity, true);
  return o;
}

test('criminal record (charity, 5 years from the completion of the sentence): the last day of the five years still bars', async () => {
  const c = await charity();
  // Completed 2021-03-10: the five years end on 2026-03-10 (the server's today, the default term start).
  const body = (term_start, seq) => ({ name: '巴特尔', id_number: makeId('152502', '19700101', seq), roles: ['secretary_general'],
    term_start, criminal_record: true, sentence_completed_on: '2021-03-10', political_rights_deprived: false });
  const on = async (term_start, seq) => finding(assertOk(await addPerson(c.uscc, body(term_start, seq)), 201).findings, 'LEADER-CRIMINAL-RECORD');
  const day5 = await on(undefined, '101');
  assert.equal(day5.outcome, 'fail', 'five years exactly is not yet "逾五年"');
  assert.match(day5.basis, /慈善法》第十六条/);
  assert.equal((await on('2026-03-09', '102')).outcome, 'fail');
  assert.equal((await on('2026-03-11', '103')).outcome, 'pass', 'the day after five years');
  // Not declared: needs a person, never a silent pass.
  const undeclared = assertOk(await addPerson(c.uscc, { name: '其木格', id_number: makeId('152502', '19800101', '104'), roles: ['legal_rep'] }), 201);
  assert.equal(finding(undeclared.findings, 'LEADER-CRIMINAL-RECORD').outcome, 'needs_review');
  assert.equal(finding(undeclared.findings, 'LEADER-POLITICAL-RIGHTS').outcome, 'needs_review');
  // A date without the declaration is refused.
  assertError(await addPerson(c.uscc, { name: '其木格', id_number: makeId('152502', '19800101', '105'), roles: ['legal_rep'],
    sentence_completed_on: '2020-01-01' }), 400, { field: 'sentence_completed_on', code: 'inconsistent' });

  // The declared facts are on the officer's record, not on the public one, not in the auditor's masked view.
  const full = assertOk(await s.get(`/api/v1/orgs/${c.uscc}`, xlht));
  const p = full.persons.find((x) => x.name === '巴特尔');
  assert.equal(p.criminal_record, true);
  assert.equal(p.sentence_completed_on, '2021-03-10');
  const masked = assertOk(await s.get(`/api/v1/orgs/${c.uscc}`, auditor));
  for (const x of masked.persons) {
    assert.equal('criminal_record' in x, false);
    assert.equal('sentence_completed_on' in x, false);
    assert.equal('political_rights_deprived' in x, false);
  }
  const pub = await s.get(`/api/v1/public/orgs/${c.uscc}`);
  assertOk(pub);
  assert.ok(pub.text.includes('巴特尔'), 'the public record lists the person');
  assert.equal(pub.text.includes('2021-03-10'), false, 'the completion date is public');
  assert.equal(pub.text.includes('criminal'), false);
});

test('political rights: ever deprived fails for a social group\'s leader; a director is not checked', async () => {
  const o = await registerOrg(s, xlht, '152502');
  const r = assertOk(await addPerson(o.uscc, { name: '孟和', id_number: makeId('152502', '19750505', '201'), roles: ['chair'],
    political_rights_deprived: true, political_rights_deprived_until: '2010-01-01' }), 201);
  const f = finding(r.findings, 'LEADER-POLITICAL-RIGHTS');
  assert.equal(f.outcome, 'fail');
  assert.match(f.basis, /社会团体登记管理条例》第十三条第（三）项/);
  assert.equal(r.passed, false);
  const d = assertOk(await addPerson(o.uscc, { name: '孟和', id_number: makeId('152502', '19750505', '202'), roles: ['director'],
    political_rights_deprived: true }), 201);
  assert.equal(finding(d.findings, 'LEADER-POLITICAL-RIGHTS'), undefined);
  // Not a charity: no criminal-record finding for a social group's chair.
  assert.equal(finding(r.findings, 'LEADER-CRIMINAL-RECORD'), undefined);
});

test('roles: branch managers, professional posts and party workers, with their checks', async () => {
  const meta = assertOk(await s.get('/api/v1/meta', xlht));
  for (const r of ['branch_manager', 'finance_manager', 'project_manager', 'membership_manager', 'hr_manager', 'party_worker'])
    assert.ok(meta.person_roles.some((x) => x.value === r), r);
  const group = await registerOrg(s, xlht, '152502');
  const agency = await registerOrg(s, xlht, '152502', { type: 'social_service_agency', individual_members: undefined });
  const branch = (key, seq) => addPerson(key, { name: '阿拉坦', id_number: makeId('152502', '19810101', seq), roles: ['branch_manager'] });
  assert.equal(finding(assertOk(await branch(group.uscc, '301'), 201).findings, 'LEADER-BRANCH-MANAGER').outcome, 'pass');
  const refused = assertOk(await branch(agency.uscc, '302'), 201);
  assert.equal(finding(refused.findings, 'LEADER-BRANCH-MANAGER').outcome, 'fail');
  assert.match(finding(refused.findings, 'LEADER-BRANCH-MANAGER').basis, /民办非企业单位登记管理暂行条例》第十三条/);

  // A supervisor who is already a director here.
  const id = makeId('152502', '19820202', '303');
  assertOk(await addPerson(group.uscc, { name: '塔娜', id_number: id, roles: ['director'] }), 201);
  const sup = assertOk(await addPerson(group.uscc, { name: '塔娜', id_number: id, roles: ['supervisor'] }), 201);
  assert.equal(finding(sup.findings, 'LEADER-SUPERVISOR-INCOMPATIBLE').outcome, 'fail');

  const party = assertOk(await addPerson(group.uscc, { name: '额尔敦', id_number: makeId('152502', '19830303', '304'),
    roles: ['party_worker', 'finance_manager'], party_member: true }), 201);
  assert.equal(finding(party.findings, 'LEADER-PARTY-WORKER').outcome, 'pass');
  const rec = assertOk(await s.get(`/api/v1/orgs/${group.uscc}`, xlht));
  assert.ok(rec.persons.some((p) => p.role === 'party_worker' && p.role_label === '党务工作者' && p.party_member === true));
});

// A social group founded on 2015-01-05 with 3-year terms, elections filed on 2018-01-05 and 2021-01-05.
async function withTerms() {
  let o = assertOk(await s.post('/api/v1/applications', applicationBody('152502', { date: '2015-01-02' }), xlht), 201);
  o = assertOk(await s.post(`/api/v1/orgs/${o.id}/actions/consent`, { version: o.version, date: '2015-01-03' }, unit));
  o = assertOk(await s.post(`/api/v1/orgs/${o.id}/actions/accept`, { version: o.version, date: '2015-01-04', documents: ALL_DOCUMENTS }, xlht));
  o = assertOk(await s.post(`/api/v1/orgs/${o.id}/actions/approve`, { version: o.version, date: '2015-01-05' }, xlht));
  return o;
}
const elect = (o, start) => act(s, xlht, o.uscc, 'file_election', { date: start, term_start: start, term_end: `${Number(start.slice(0, 4)) + 3}${start.slice(4)}` });

test('consecutive terms are counted from the register: chair in 2015, 2018 and 2021 may not start a fourth run', async () => {
  const o = await withTerms();
  const id = makeId('152502', '19700707', '401');
  const chair = async (term_start, extra = {}) => finding(assertOk(await addPerson(o.uscc, { name: '宝音', id_number: id, roles: ['chair'], term_start, ...extra }), 201).findings, 'LEADER-TERMS');
  const first = await chair('2015-01-05', { previous_consecutive_terms: 7 });
  assert.equal(first.outcome, 'pass', 'a declared number is not the rule\'s input');
  assert.equal(first.facts.previous_consecutive_terms, '0');
  assertOk(await elect(o, '2018-01-05'));
  const second = await chair('2018-01-05');
  assert.equal(second.facts.previous_consecutive_terms, '1');
  assert.equal(second.outcome, 'pass');
  assertOk(await elect(o, '2021-01-05'));
  const third = await chair('2021-01-05');
  assert.equal(third.facts.previous_consecutive_terms, '2', 'two consecutive terms before this one');
  assert.equal(third.outcome, 'fail', 'a third consecutive term exceeds the limit of 2');
  // Someone who held the 2015 term only: the gap resets the run.
  const other = makeId('152502', '19710101', '402');
  assertOk(await addPerson(o.uscc, { name: '乌兰', id_number: other, roles: ['chair'], term_start: '2015-01-05' }), 201);
  const back = assertOk(await addPerson(o.uscc, { name: '乌兰', id_number: other, roles: ['chair'], term_start: '2021-01-05' }), 201);
  assert.equal(finding(back.findings, 'LEADER-TERMS').facts.previous_consecutive_terms, '0');
  assertError(await addPerson(o.uscc, { name: '乌兰', id_number: other, roles: ['chair'], occasion: 'coronation' }), 400, { field: 'occasion' });
});

test('一前一备: reviewed before the election, filed after, every change filed; counts per region and period', async () => {
  const o = await registerOrg(s, xlht, '152502');
  const counts = async (q = '', token = xlht) => assertOk(await s.get(`/api/v1/leader-reviews/counts?${q}`, token));
  const before = (await counts('region=152502&from=2026-01-01&to=2026-12-31')).total;

  // The pre-review of the chair candidate for the election of 2026-03-20 (today is 2026-03-10).
  const chairId = makeId('152502', '19760606', '501');
  const pre = assertOk(await s.post(`/api/v1/orgs/${o.uscc}/leader-reviews`, { name: '那仁', id_number: chairId, roles: ['chair'],
    term_start: '2026-03-20', civil_servant: false, political_rights_deprived: false }, xlht), 201);
  assert.equal(pre.review.kind, 'pre_review');
  assert.equal(pre.review.on, TODAY);
  assert.equal(pre.review.outcome, 'needs_review', 'the court list is always checked by a person');
  assert.equal(JSON.stringify(pre).includes(chairId), false, 'the pre-review shows the full ID number');
  // A failing pre-review: a second candidate deprived of political rights.
  const badId = makeId('152502', '19770707', '502');
  const bad = assertOk(await s.post(`/api/v1/orgs/${o.uscc}/leader-reviews`, { name: '吉雅', id_number: badId, roles: ['secretary_general'],
    term_start: '2026-03-20', political_rights_deprived: true }, xlht), 201);
  assert.equal(bad.review.outcome, 'fail');
  assert.equal(bad.passed, false);

  // Filed after the election: the pre-review is found and passes.
  const filed = assertOk(await addPerson(o.uscc, { name: '那仁', id_number: chairId, roles: ['chair'], term_start: '2026-03-20', occasion: 'election' }), 201);
  const fp = finding(filed.findings, 'LEADER-PRE-REVIEW');
  assert.equal(fp.outcome, 'pass');
  assert.equal(fp.facts.pre_review_on, TODAY);
  // The failed candidate filed anyway: the filing says so.
  const badFiled = assertOk(await addPerson(o.uscc, { name: '吉雅', id_number: badId, roles: ['secretary_general'], term_start: '2026-03-20', occasion: 'election' }), 201);
  assert.equal(finding(badFiled.findings, 'LEADER-PRE-REVIEW').outcome, 'fail');
  // Filed with no pre-review at all.
  const none = assertOk(await addPerson(o.uscc, { name: '斯琴', id_number: makeId('152502', '19780808', '503'), roles: ['vice_chair'],
    term_start: '2026-03-20', occasion: 'election' }), 201);
  assert.match(finding(none.findings, 'LEADER-PRE-REVIEW').explanation, /未经/);
  // A pre-review dated after the term start is not a review "before the election".
  const lateId = makeId('152502', '19790909', '504');
  assertOk(await s.post(`/api/v1/orgs/${o.uscc}/leader-reviews`, { name: '达来', id_number: lateId, roles: ['legal_rep'], term_start: '2026-03-01' }, xlht), 201);
  const late = assertOk(await addPerson(o.uscc, { name: '达来', id_number: lateId, roles: ['legal_rep'], term_start: '2026-03-01', occasion: 'election' }), 201);
  assert.equal(finding(late.findings, 'LEADER-PRE-REVIEW').outcome, 'fail');
  // A change within the term is filed as a change; a director is no 负责人, so no pre-review is asked of him.
  const change = assertOk(await addPerson(o.uscc, { name: '朝克', id_number: makeId('152502', '19800101', '505'), roles: ['director'], occasion: 'change' }), 201);
  assert.equal(finding(change.findings, 'LEADER-PRE-REVIEW'), undefined);

  // The officer's record: each person's filing and the pre-review it followed; no ID number in the list.
  const rec = assertOk(await s.get(`/api/v1/orgs/${o.uscc}`, xlht));
  const chair = rec.persons.find((p) => p.name === '那仁');
  assert.equal(chair.filing.kind, 'election');
  assert.equal(chair.filing.pre_review.id, pre.review.id);
  assert.equal(rec.persons.find((p) => p.name === '朝克').filing.kind, 'change');
  assert.equal(rec.persons.find((p) => p.name === '斯琴').filing.pre_review, null);
  assert.equal(rec.leader_reviews.length, 8);
  assert.equal(JSON.stringify(rec.leader_reviews).includes(chairId), false);
  const pub = await s.get(`/api/v1/public/orgs/${o.uscc}`);
  assert.equal(pub.text.includes('pre_review'), false, 'the public record carries the reviews');

  // Counts: 3 pre-reviews (1 failed), 4 election filings (1 with no pre-review), 1 change.
  const after = (await counts('region=152502&from=2026-01-01&to=2026-12-31')).total;
  assert.deepEqual({
    pre_reviews: after.pre_reviews - before.pre_reviews, pre_reviews_failed: after.pre_reviews_failed - before.pre_reviews_failed,
    filings: after.filings - before.filings, filed_without_pre_review: after.filed_without_pre_review - before.filed_without_pre_review,
    changes: after.changes - before.changes,
  }, { pre_reviews: 3, pre_reviews_failed: 1, filings: 4, filed_without_pre_review: 1, changes: 1 });
  const byDefault = await counts();  // the actor's region, this year to today
  assert.equal(byDefault.from, '2026-01-01');
  assert.equal(byDefault.to, TODAY);
  assert.ok(byDefault.by_region.some((r) => r.region_code === '152502' && r.counts.pre_reviews >= 3));
  // The period's boundaries: records of today are in a period ending today and not in one starting tomorrow.
  assert.equal((await counts('region=152502&from=2026-03-11&to=2026-12-31')).total.pre_reviews, 0);
  assert.ok((await counts('region=152502&from=2026-03-10&to=2026-03-10')).total.pre_reviews >= 3);
  assert.ok((await counts('region=150000', auditor)).total.filings >= 4, 'the auditor reads the counts');
  assertError(await s.get('/api/v1/leader-reviews/counts?region=150000', xlht), 403);
  assertError(await s.get('/api/v1/leader-reviews/counts?from=2026-13-01', xlht), 400, { field: 'from' });
  assertError(await s.post(`/api/v1/orgs/${o.uscc}/leader-reviews`, { name: '那仁', id_number: chairId, roles: ['chair'] }, auditor), 403);
});

test('§11 low-activity filed community organizations: flagged 12 months after the last activity, not the day before', async () => {
  const nmg = await s.login('nmg');
  const c = assertOk(await s.post('/api/v1/applications', applicationBody('152502', { type: 'community', date: '2025-03-10' }), xlht), 201);
  assert.equal(c.registered_on, '2025-03-10');
  const flagged = async () => {
    const r = assertOk(await s.get('/api/v1/supervision/flags?kind=low_activity_community&page_size=100&region=152502', nmg));
    return r.items.find((f) => f.org?.uscc === c.uscc || f.org?.id === c.id);
  };
  assertOk(await s.post('/api/v1/jobs/run', { date: '2026-03-09', jobs: 'zombie' }, nmg));
  assert.equal(await flagged(), undefined, 'the day before 12 months');
  assertOk(await s.post('/api/v1/jobs/run', { date: '2026-03-10', jobs: 'zombie' }, nmg));
  const f = await flagged();
  assert.ok(f, '12 months without activity');
  assert.equal(f.rule_id, 'LOW-ACTIVITY-COMMUNITY');
  assert.equal(f.since, '2026-03-10');
  assert.equal(f.facts.last_activity_on, '2025-03-10');
  assert.match(f.basis, /僵尸型/);
});
