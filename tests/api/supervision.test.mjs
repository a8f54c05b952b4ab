// Supervision API (issue #4): annual reports, penalties, credit lists, jobs idempotence, inspections with a
// verifiable draw, complaints and illegal-organization cases, and the access checks around them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, BIN } from '../lib/server.mjs';
import { act, applicationBody, registerOrg, ALL_DOCUMENTS } from './helpers.mjs';

const TODAY = '2025-07-01';
let s, xlht, xlht2, xlgl, nmg, bj, auditor, reviewer, org;
let clean = [];  // organizations of 152502 registered on 2024-03-01 with their 2024 report filed (#13 tests)

before(async () => {
  s = await startServer({ orgs: 150, env: { SOCORG_TODAY: TODAY } });
  [xlht, xlht2, xlgl, nmg, bj, auditor, reviewer] = await Promise.all(
    ['xlht', 'xlht2', 'xlgl', 'nmg', 'bj', 'auditor', 'reviewer'].map((u) => s.login(u)));
  const r = await s.get('/api/v1/orgs?region=152502&status=active&page_size=50', xlht);
  assert.equal(r.status, 200);
  const candidates = r.json.items.filter((o) => o.uscc && o.type !== 'community' && o.registered_on && o.registered_on <= '2024-06-30');
  org = candidates[0];
  assert.ok(org, 'an active registered organization in 152502');
  // The demo register is small in 152502: register four more, dated 2024-03-01, consent by the unit.
  const unit = await s.login('unit');
  for (let i = 0; i < 4; i++) {
    let o = (await s.post('/api/v1/applications', applicationBody('152502'), xlht)).json;
    for (const [action, body, token] of [['consent', {}, unit], ['accept', { documents: ALL_DOCUMENTS }, xlht], ['approve', {}, xlht]]) {
      const r = await s.post(`/api/v1/orgs/${o.id}/actions/${action}`, { version: o.version, date: '2024-03-01', ...body }, token);
      assert.equal(r.status, 200, r.text);
      o = r.json;
    }
    const filed = await s.post(`/api/v1/orgs/${o.uscc}/annual-reports`, { year: 2024, filed_on: '2025-05-20' }, xlht);
    assert.equal(filed.status, 201, filed.text);
    clean.push(o);
  }
});
after(async () => { await s?.stop(); });

const post = (p, body, token) => s.post(p, body, token);

test('a foundation reports to the authority by 31 March (FDN art. 36): filed on 10 April it is late', async () => {
  const unit = await s.login('unit');
  let o = (await post('/api/v1/applications', applicationBody('152502',
    { type: 'foundation', funds: 2000000, directors: 7, individual_members: 0, name: `锡林浩特市测试${Date.now() % 100000}基金会` }), xlht)).json;
  for (const [action, body, token] of [['consent', {}, unit], ['accept', { documents: ALL_DOCUMENTS }, xlht], ['approve', {}, xlht]]) {
    const r = await post(`/api/v1/orgs/${o.id}/actions/${action}`, { version: o.version, date: '2024-03-01', ...body }, token);
    assert.equal(r.status, 200, r.text);
    o = r.json;
  }
  assert.equal(o.type, 'foundation');
  assert.equal((await post(`/api/v1/orgs/${o.uscc}/annual-reports`, { year: 2024, filed_on: '2025-04-10' }, xlht)).status, 201);
  const states = (await s.get(`/api/v1/orgs/${o.uscc}/annual-reports`, xlht)).json.states;
  const y2024 = states.find((f) => f.facts.year === '2024');
  assert.equal(y2024.facts.authority_deadline, '2025-03-31');
  assert.equal(y2024.facts.state, 'filed_late');
  assert.equal(y2024.outcome, 'fail');
  // A social group filing on 20 May (the before hook) is on time.
  const sg = (await s.get(`/api/v1/orgs/${clean[0].uscc}/annual-reports`, xlht)).json.states.find((f) => f.facts.year === '2024');
  assert.equal(sg.facts.authority_deadline, '2025-05-31');
  assert.equal(sg.facts.state, 'filed_on_time');
});

test('annual report: filed by the officer, concluded only by an officer in jurisdiction', async () => {
  const filed = await post(`/api/v1/orgs/${org.uscc}/annual-reports`,
    { year: 2024, filed_on: '2025-05-20', total_income: 120000, content: { activities: 12 } }, xlht);
  assert.equal(filed.status, 201, filed.text);
  assert.equal(filed.json.filed_on, '2025-05-20');
  const byAuditor = await post(`/api/v1/orgs/${org.uscc}/annual-reports/2024/conclusion`, { conclusion: 'qualified' }, auditor);
  assert.equal(byAuditor.status, 403);
  const outside = await post(`/api/v1/orgs/${org.uscc}/annual-reports/2024/conclusion`, { conclusion: 'qualified' }, bj);
  assert.equal(outside.status, 403);
  const noReason = await post(`/api/v1/orgs/${org.uscc}/annual-reports/2024/conclusion`, { conclusion: 'unqualified' }, xlht);
  assert.equal(noReason.status, 400);
  assert.equal(noReason.json.error.field, 'reasons');
  const ok = await post(`/api/v1/orgs/${org.uscc}/annual-reports/2024/conclusion`, { conclusion: 'qualified' }, xlht);
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.conclusion, 'qualified');
  const list = await s.get(`/api/v1/orgs/${org.uscc}/annual-reports`, xlht);
  const y2024 = list.json.states.find((f) => f.facts.year === '2024');
  assert.equal(y2024.rule_id, 'AR-DUE');
  assert.equal(y2024.facts.state, 'filed_on_time');
  const refile = await post(`/api/v1/orgs/${org.uscc}/annual-reports`, { year: 2024, filed_on: '2025-05-21' }, xlht);
  assert.equal(refile.status, 422);
});

test('penalty validation names the field; ¥50,000 fine puts the organization on the serious list after the job', async () => {
  const bad = await post(`/api/v1/orgs/${org.uscc}/penalties`,
    { kind: 'fine', decided_on: '2025-06-01', amount: 0, decision_no: 'X1', basis: '条例' }, xlht);
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.field, 'amount');
  const denied = await post(`/api/v1/orgs/${org.uscc}/penalties`,
    { kind: 'fine', decided_on: '2025-06-01', amount: 50000, decision_no: '锡民罚〔2025〕1号', basis: '条例' }, auditor);
  assert.equal(denied.status, 403);
  const fine = await post(`/api/v1/orgs/${org.uscc}/penalties`,
    { kind: 'fine', decided_on: '2025-06-01', amount: 50000, decision_no: '锡民罚〔2025〕1号', basis: '社会团体登记管理条例' }, xlht);
  assert.equal(fine.status, 201, fine.text);

  const runsBefore = (await s.get('/api/v1/jobs/runs', nmg)).json.items.length;
  const future = await post('/api/v1/jobs/run', { date: '2031-01-01', jobs: 'all' }, nmg);
  assert.equal(future.status, 400, 'a run dated after today would record decisions that have not happened');
  assert.deepEqual([future.json.error.code, future.json.error.field], ['date_in_future', 'date']);
  const unknown = await post('/api/v1/jobs/run', { date: TODAY, jobs: 'everything' }, nmg);
  assert.deepEqual([unknown.status, unknown.json.error.field], [400, 'jobs']);
  assert.equal((await s.get('/api/v1/jobs/runs', nmg)).json.items.length, runsBefore, 'refused runs write nothing');
  const first = await post('/api/v1/jobs/run', { date: TODAY, jobs: 'all' }, nmg);
  assert.equal(first.status, 200, first.text);
  assert.ok(first.json.jobs.find((j) => j.job === 'credit').inserted > 0);
  const second = await post('/api/v1/jobs/run', { date: TODAY, jobs: 'all' }, nmg);
  for (const j of second.json.jobs) assert.deepEqual([j.job, j.inserted, j.updated], [j.job, 0, 0], 'idempotent');
  const countyRun = await post('/api/v1/jobs/run', { date: TODAY }, xlht);
  assert.equal(countyRun.status, 403);

  const credit = await s.get(`/api/v1/orgs/${org.uscc}/credit`, xlht);
  assert.equal(credit.status, 200);
  assert.equal(credit.json.status, 'serious');
  const entry = credit.json.listings.find((l) => l.cause === 'large_fine');
  assert.equal(entry.rule_id, 'CREDIT-SERIOUS-LARGE-FINE');
  assert.equal(entry.basis, '《社会组织信用信息管理办法》');
  assert.equal(entry.basis_refs[0].statute, '《社会组织信用信息管理办法》');
  assert.equal(entry.facts.amount, '50000');
  assert.equal(entry.entered_on, '2025-06-01');
  assert.equal((await s.get(`/api/v1/orgs/${org.uscc}/credit`, bj)).status, 403);

  const pub = await s.get('/api/v1/public/credit/serious?region=152502&page_size=100');
  assert.equal(pub.status, 200);
  const mine = pub.json.items.find((i) => i.org.uscc === org.uscc);
  assert.ok(mine, 'the organization is on the public serious list');
  assert.equal(mine.entered_on, '2025-06-01');
  assert.ok(mine.cause_label.length > 0);
  const summary = await s.get(`/api/v1/public/orgs/${org.uscc}/supervision`);
  assert.equal(summary.status, 200);
  assert.equal(summary.json.credit_status, 'serious');
  assert.equal(typeof summary.json.annual_reports_up_to_date, 'boolean');
  assert.ok('rating' in summary.json);

  // Repair is refused before 2 clean years, with the rule's explanation.
  const req = await post(`/api/v1/credit/listings/${entry.id}/requests`, { kind: 'repair', content: '已缴纳罚款' }, xlht);
  assert.equal(req.status, 201, req.text);
  const decided = await post(`/api/v1/credit/requests/${req.json.id}/decision`, { grant: true, reason: '核实' }, xlht);
  assert.equal(decided.status, 422);
  assert.equal(decided.json.error.code, 'repair_not_eligible');
});

test('automated flags carry rule, basis and facts', async () => {
  const r = await s.get('/api/v1/supervision/flags?kind=zombie&page_size=5', nmg);
  assert.equal(r.status, 200);
  assert.ok(r.json.total > 0, 'demo organizations without reports are zombie candidates');
  const f = r.json.items[0];
  assert.equal(f.rule_id, 'ZOMBIE');
  assert.match(f.basis, /僵尸型/);
  assert.doesNotMatch(f.basis, /DOMAIN/);
  assert.ok(f.facts.no_report);
  const handled = await post(`/api/v1/supervision/flags/${f.id}/handling`, { handling: 'guide_deregistration' }, bj);
  assert.equal(handled.status, 403);
  const anomaly = await s.get('/api/v1/public/credit/anomaly?page_size=5');
  assert.ok(anomaly.json.total > 0);
  assert.equal(anomaly.json.items[0].rule_id.startsWith('CREDIT-'), true);
});

test('random inspection: minimum ratio, two inspectors skipping conflicts, verifiable draw', async () => {
  const ids = [];
  for (const [name, cert] of [['王检', 'E1'], ['李检', 'E2'], ['张检', 'E3']]) {
    const r = await post('/api/v1/inspectors', { name, certificate_no: cert }, xlht);
    assert.equal(r.status, 201, r.text);
    ids.push(r.json.id);
  }
  const conflict = await post(`/api/v1/inspectors/${ids[0]}/conflicts`, { org: org.uscc, reason: '曾任该组织理事' }, xlht);
  assert.equal(conflict.status, 201, conflict.text);
  const low = await post('/api/v1/inspection-plans', { permille: 20, seed: 'seed-1' }, xlht);
  assert.equal(low.status, 422);
  assert.equal(low.json.error.field, 'permille');
  const plan = await post('/api/v1/inspection-plans', { permille: 1000, seed: 'seed-1' }, xlht);
  assert.equal(plan.status, 201, plan.text);
  assert.equal(plan.json.algorithm, 'SHA256-RANK-v1');
  assert.equal(plan.json.kind, 'random');
  assert.equal(plan.json.redraw, false);
  for (const d of plan.json.drawn) assert.equal(d.inspectors.length, 2);
  const mineDrawn = plan.json.drawn.find((d) => d.uscc === org.uscc);
  assert.ok(!mineDrawn.inspectors.includes(String(ids[0])), 'the conflicted inspector is skipped');

  const pub = await s.get(`/api/v1/public/inspection-plans/${plan.json.id}`);
  assert.equal(pub.status, 200);
  const file = path.join(s.dir, 'plan.json');
  writeFileSync(file, pub.text);
  const out = execFileSync(BIN, ['verify-draw', '--plan', file], { encoding: 'utf8' });
  assert.match(out, /verified/);
  const tampered = JSON.parse(pub.text);
  tampered.drawn[0].inspectors = tampered.drawn[0].inspectors.slice().reverse();
  writeFileSync(file, JSON.stringify(tampered));
  assert.throws(() => execFileSync(BIN, ['verify-draw', '--plan', file], { encoding: 'utf8', stdio: 'pipe' }));

  // #13 item 1: a second draw for the same authority and year with a new seed (seed shopping) is refused
  // without a recorded reason; with one it supersedes the first, which stays public and marked.
  const shopping = await post('/api/v1/inspection-plans', { permille: 1000, seed: 'seed-2' }, xlht);
  assert.equal(shopping.status, 409, shopping.text);
  assert.equal(shopping.json.error.code, 'plan_exists');
  assert.equal(shopping.json.error.field, 'redraw_reason');
  const redraw = await post('/api/v1/inspection-plans',
    { permille: 1000, seed: 'seed-2', redraw_reason: '检查人员名册录入错误，经局务会同意重新抽取' }, xlht);
  assert.equal(redraw.status, 201, redraw.text);
  assert.equal(redraw.json.redraw, true);
  assert.equal(redraw.json.redraw_of, plan.json.id);
  assert.equal(redraw.json.redraw_reason, '检查人员名册录入错误，经局务会同意重新抽取');
  assert.equal(redraw.json.drawn_by, 'xlht');
  const firstPub = (await s.get(`/api/v1/public/inspection-plans/${plan.json.id}`)).json;
  assert.equal(firstPub.superseded, true);
  assert.equal(firstPub.superseded_by, redraw.json.id);
  assert.equal(firstPub.seed, 'seed-1', 'the first draw stays public');
  assert.deepEqual(firstPub.draws.map((d) => [d.id, d.seed, d.superseded, d.redraw]),
    [[plan.json.id, 'seed-1', true, false], [redraw.json.id, 'seed-2', false, true]]);
  assert.equal(firstPub.draws[1].redraw_reason, '检查人员名册录入错误，经局务会同意重新抽取');
  const audit = await s.get('/api/v1/audit?page_size=50', auditor);
  assert.ok(JSON.stringify(audit.json).includes('inspection_redrawn'), 'the re-draw is audited');
  const onSuperseded = await post(`/api/v1/inspection-items/${mineDrawn.item_id}/result`,
    { result: 'no_problem', method: 'written', checked: ['annual_report'] }, xlht);
  assert.equal(onSuperseded.status, 422);
  assert.equal(onSuperseded.json.error.code, 'plan_superseded');
  const mineRedrawn = redraw.json.drawn.find((d) => d.uscc === org.uscc);

  // Results take a checklist: method and the content items checked.
  const body = { result: 'rectification_ordered', note: '财务制度不健全', rectification_deadline: '2025-09-30' };
  const resultAt = (b) => post(`/api/v1/inspection-items/${mineRedrawn.item_id}/result`, b, xlht);
  for (const [extra, field] of [[{}, 'method'], [{ method: 'by_phone', checked: ['finances'] }, 'method'],
    [{ method: 'on_site' }, 'checked'], [{ method: 'on_site', checked: ['finances', 'bogus'] }, 'checked[1]'],
    [{ method: 'on_site', checked: ['finances', 'finances'] }, 'checked[1]']]) {
    const bad = await resultAt({ ...body, ...extra });
    assert.equal(bad.status, 400, `${JSON.stringify(extra)}: ${bad.text}`);
    assert.equal(bad.json.error.field, field);
  }
  const result = await resultAt({ ...body, method: 'on_site', checked: ['finances', 'governance'] });
  assert.equal(result.status, 200, result.text);
  const redrawPub = (await s.get(`/api/v1/public/inspection-plans/${redraw.json.id}`)).json;
  const item = redrawPub.drawn.find((d) => d.uscc === org.uscc);
  assert.deepEqual([item.method, item.checked], ['on_site', ['finances', 'governance']]);
  writeFileSync(file, JSON.stringify(redrawPub));
  assert.match(execFileSync(BIN, ['verify-draw', '--plan', file], { encoding: 'utf8' }), /verified/);
  // Once results are recorded the plan can no longer be re-drawn.
  const late = await post('/api/v1/inspection-plans', { permille: 1000, seed: 'seed-3', redraw_reason: '再次抽取' }, xlht);
  assert.equal(late.status, 422);
  assert.equal(late.json.error.code, 'results_recorded');
  const list = await s.get('/api/v1/inspection-plans', xlht);
  const mine = list.json.items.filter((p) => p.region_code === '152502' && p.year === 2025 && p.kind === 'random');
  assert.deepEqual(mine.map((p) => [p.id, p.superseded_by, p.redraw]).sort(),
    [[plan.json.id, redraw.json.id, false], [redraw.json.id, null, true]].sort());
});

test('special (不定期) inspection of a category or of listed organizations: not a random draw', async () => {
  const bad = [
    [{ kind: 'special', category: 'social_group' }, 400, 'target'],
    [{ kind: 'special', target: '涉企收费' }, 400, 'orgs'],
    [{ kind: 'special', target: '涉企收费', category: 'social_group', orgs: [org.uscc] }, 400, 'orgs'],
    [{ kind: 'special', target: '涉企收费', category: 'community' }, 400, 'category'],
    [{ kind: 'special', target: '涉企收费', orgs: ['99999999'] }, 400, 'orgs[0]'],
    [{ kind: 'special', target: '涉企收费', orgs: [org.uscc, org.uscc] }, 400, 'orgs[1]'],
    [{ kind: 'special', target: '涉企收费', orgs: [org.uscc], redraw_reason: 'x' }, 400, 'redraw_reason'],
    [{ permille: 1000, target: '涉企收费' }, 400, 'target'],
    [{ kind: 'sometimes', permille: 1000 }, 400, 'kind'],
  ];
  for (const [b, status, field] of bad) {
    const r = await post('/api/v1/inspection-plans', b, xlht);
    assert.equal(r.status, status, `${JSON.stringify(b)}: ${r.text}`);
    assert.equal(r.json.error.field, field, JSON.stringify(b));
  }
  const groups = await s.get('/api/v1/orgs?region=152502&status=active&type=social_group&page_size=100', xlht);
  assert.ok(groups.json.total <= 100);
  const coded = groups.json.items.filter((o) => o.uscc && o.region_code === '152502');
  const cat = await post('/api/v1/inspection-plans', { kind: 'special', target: '行业协会商会涉企收费', category: 'social_group' }, xlht);
  assert.equal(cat.status, 201, cat.text);
  assert.equal(cat.json.kind, 'special');
  assert.equal(cat.json.permille, 1000);
  assert.equal(cat.json.ratio_check.rule_id, 'INSPECTION-SPECIAL');
  assert.equal(cat.json.drawn.length, coded.length, 'every social group of the authority is inspected');
  for (const d of cat.json.drawn) assert.equal(d.inspectors.length, 2);
  assert.deepEqual(cat.json.draws, []);
  // A second special inspection in the same year is fine (only the random draw is one per year).
  const listed = await post('/api/v1/inspection-plans', { kind: 'special', target: '举报核查', orgs: [org.uscc] }, xlht);
  assert.equal(listed.status, 201, listed.text);
  assert.deepEqual(listed.json.drawn.map((d) => d.uscc), [org.uscc]);
  const pub = await s.get(`/api/v1/public/inspection-plans/${listed.json.id}`);
  assert.equal(pub.json.kind, 'special');
  assert.equal(pub.json.target, '举报核查');
  const outside = await post('/api/v1/inspection-plans', { kind: 'special', target: '举报核查', orgs: [org.uscc], region: '152501' }, xlgl);
  assert.equal(outside.status, 422);
  assert.equal(outside.json.error.code, 'outside_scope');
});


test('complaint -> case -> investigation by two certified officers -> legal review -> ban, published', async () => {
  const c = await post('/api/v1/public/complaints', {
    target_name: '锡林浩特市某某国际交流促进会', act_region: '152502', content: '未经登记以社会组织名义收费',
    reporter_name: '群众', reporter_contact: '13800000000',
  });
  assert.equal(c.status, 201, c.text);
  const wrong = await post('/api/v1/illegal-cases',
    { target_name: '锡林浩特市某某国际交流促进会', target_class: 'unregistered', act_regions: ['152502'], complaint_id: c.json.id }, nmg);
  assert.equal(wrong.status, 403, 'the county where the act occurs handles it unless the province takes it over');
  const opened = await post('/api/v1/illegal-cases',
    { target_name: '锡林浩特市某某国际交流促进会', target_class: 'unregistered', act_regions: ['152502'], complaint_id: c.json.id }, xlht);
  assert.equal(opened.status, 201, opened.text);
  assert.equal(opened.json.status, 'proposed', 'a case is proposed until a second officer approves its filing');
  const id = opened.json.id;
  const publicBefore = await s.get('/api/v1/public/illegal-organizations');
  // ILLEGAL-FILING-APPROVAL: nothing is investigated before 立案; the proposer cannot approve it, nor can an
  // officer of another authority; a second officer of the handling authority can.
  const tooEarly = await post(`/api/v1/illegal-cases/${id}/steps`,
    { step: 'investigate', content: '现场检查', officers: [{ name: '甲', certificate_no: 'Z1' }, { name: '乙', certificate_no: 'Z2' }] }, xlht);
  assert.equal(tooEarly.status, 422, tooEarly.text);
  assert.equal(tooEarly.json.error.code, 'invalid_case_step');
  const self = await post(`/api/v1/illegal-cases/${id}/steps`, { step: 'file', content: '批准立案' }, xlht);
  assert.equal(self.status, 403, self.text);
  assert.equal(self.json.error.code, 'filing_needs_second_officer');
  assert.equal(self.json.error.field, 'step');
  const higher = await post(`/api/v1/illegal-cases/${id}/steps`, { step: 'file', content: '批准立案' }, nmg);
  assert.equal(higher.status, 403, higher.text);
  const unchanged = await s.get(`/api/v1/illegal-cases/${id}`, xlht);
  assert.equal(unchanged.json.status, 'proposed');
  assert.deepEqual(unchanged.json.steps.map((x) => x.step), ['propose']);
  const approved = await post(`/api/v1/illegal-cases/${id}/steps`, { step: 'file', content: '经审查符合立案条件，批准立案' }, xlht2);
  assert.equal(approved.status, 200, approved.text);
  assert.equal(approved.json.status, 'filed');
  const again = await post(`/api/v1/illegal-cases/${id}/steps`, { step: 'file', content: '再次批准' }, xlht2);
  assert.equal(again.status, 422, 'a case is filed once');
  const detail = await s.get(`/api/v1/illegal-cases/${id}`, xlht);
  assert.deepEqual(detail.json.steps.map((x) => [x.step, x.actor]), [['propose', 'xlht'], ['file', 'xlht2']]);
  assert.ok(detail.json.findings.some((f) => f.rule_id === 'ILLEGAL-FILING-APPROVAL' && f.outcome === 'pass'), JSON.stringify(detail.json.findings));
  assert.equal(publicBefore.status, 200);
  const one = await post(`/api/v1/illegal-cases/${id}/steps`,
    { step: 'investigate', content: '现场检查', officers: [{ name: '甲', certificate_no: 'Z1' }] }, xlht);
  assert.equal(one.status, 422);
  assert.equal(one.json.error.field, 'officers');
  const early = await post(`/api/v1/illegal-cases/${id}/steps`, { step: 'ban', content: 'x', decision_no: 'Q1' }, xlht);
  assert.equal(early.status, 422);
  for (const step of [
    { step: 'investigate', content: '现场检查', officers: [{ name: '甲', certificate_no: 'Z1' }, { name: '乙', certificate_no: 'Z2' }] },
    { step: 'report', content: '调查终结报告' },
    { step: 'legal_review', content: '法制审核通过' },
    { step: 'ban', content: '取缔', decision_no: '锡民取〔2025〕1号' },
  ]) {
    const r = await post(`/api/v1/illegal-cases/${id}/steps`, step, xlht);
    assert.equal(r.status, 200, `${step.step}: ${r.text}`);
  }
  const list = await s.get('/api/v1/public/illegal-organizations');
  assert.equal(list.status, 200);
  const item = list.json.items.find((x) => x.id === id);
  assert.equal(item.status, 'banned');
  assert.equal(item.decision_no, '锡民取〔2025〕1号');
  assert.ok(!list.text.includes('13800000000'), 'reporter contact is never public');
});

test('unauthenticated officer endpoints answer 401', async () => {
  assert.equal((await s.get(`/api/v1/orgs/${org.uscc}/credit`)).status, 401);
  assert.equal((await post('/api/v1/jobs/run', {})).status, 401);
});

test('annual-report completion counts a late filing at once (small register: statistics read per request)', async () => {
  let target, year;
  for (const y of [2024, 2023, 2022, 2021, 2020]) {
    const nf = await s.get(`/api/v1/annual-reports/non-filers?year=${y}&page_size=50`, nmg);
    assert.equal(nf.status, 200, nf.text);
    target = nf.json.items.find((o) => o.uscc && o.uscc !== org.uscc);
    if (target) { year = y; break; }
  }
  assert.ok(target, 'a non-filer in some due year');
  const region = target.region_code;
  const read = async () => {
    const c = await s.get(`/api/v1/annual-reports/completion?year=${year}&region=${region}`, nmg);
    assert.equal(c.status, 200, c.text);
    assert.match(c.json.computed_at, /^\d{4}-\d{2}-\d{2}T/);
    return c.json.by_region.find((r) => r.region_code === region);
  };
  const before = await read();
  assert.ok(before && before.required > before.filed, JSON.stringify(before));
  const filed = await post(`/api/v1/orgs/${target.uscc}/annual-reports`, { year, filed_on: `${year + 1}-06-20` }, nmg);
  assert.equal(filed.status, 201, filed.text);
  const after = await read();
  assert.deepEqual(after, { ...before, filed: before.filed + 1 }, 'one more filed, late: on_time unchanged');
});

// --- issue #13: decisions corrected ---

test('#13 penalties: a fine is bounded by its basis (1-3x illegal turnover, 3-5x illegal gains), field errors', async () => {
  const o = clean[2];
  const fine = (extra, no) => post(`/api/v1/orgs/${o.uscc}/penalties`, {
    kind: 'fine', decided_on: '2025-03-01', decision_no: `锡民罚〔2025〕${no}号`, basis: '社会团体登记管理条例第三十条', ...extra,
  }, xlht);
  for (const [extra, field, code] of [
    [{ amount: 29999, fine_basis: 'illegal_gains', base_amount: 10000 }, 'amount', 'fine_out_of_bounds'],
    [{ amount: 50001, fine_basis: 'illegal_gains', base_amount: 10000 }, 'amount', 'fine_out_of_bounds'],
    [{ amount: 9999, fine_basis: 'illegal_turnover', base_amount: 10000 }, 'amount', 'fine_out_of_bounds'],
    [{ amount: 30001, fine_basis: 'illegal_turnover', base_amount: 10000 }, 'amount', 'fine_out_of_bounds'],
    [{ amount: 30000, fine_basis: 'illegal_gains' }, 'base_amount', 'base_amount_required'],
    [{ amount: 30000, base_amount: 10000 }, 'fine_basis', 'fine_basis_required'],
    [{ amount: 30000, fine_basis: 'profits', base_amount: 10000 }, 'fine_basis', undefined],
    [{ kind: 'warning', fine_basis: 'illegal_gains', base_amount: 10000 }, 'fine_basis', 'fine_basis_not_allowed'],
  ]) {
    const r = await fine(extra, 900);
    assert.equal(r.status, 400, `${JSON.stringify(extra)}: ${r.text}`);
    assert.equal(r.json.error.field, field, JSON.stringify(extra));
    if (code) assert.equal(r.json.error.code, code);
  }
  const bounded = await fine({ amount: 30000, fine_basis: 'illegal_gains', base_amount: 10000 }, 901);
  assert.equal(bounded.status, 201, bounded.text);
  assert.deepEqual([bounded.json.fine_basis, bounded.json.base_amount, bounded.json.amount], ['illegal_gains', 10000, 30000]);
  const turnover = await fine({ amount: 10000, fine_basis: 'illegal_turnover', base_amount: 10000 }, 902);
  assert.equal(turnover.status, 201, turnover.text);
  const free = await fine({ amount: 1000 }, 903);  // another article: bounds not checked, no basis recorded
  assert.equal(free.status, 201, free.text);
  assert.equal(free.json.fine_basis, null);

  // #13 item 4: a fine decided this year, before the round, excludes from rating ("penalised last year").
  const elig = await s.get(`/api/v1/orgs/${o.uscc}/rating-eligibility`, xlht);
  assert.equal(elig.status, 200, elig.text);
  const f = elig.json.findings.find((x) => x.rule_id === 'RATING-ELIG-PENALTY');
  assert.equal(f.outcome, 'fail', JSON.stringify(f));
  assert.equal(elig.json.eligible, false);
});

test('#13 charity recognition is refused on the serious list, after a recent penalty, and within a year of registration', async () => {
  const o = clean[0];
  assertStatus(await post(`/api/v1/orgs/${o.uscc}/penalties`,
    { kind: 'fine', decided_on: '2025-06-15', amount: 50000, decision_no: '锡民罚〔2025〕950号', basis: '社会团体登记管理条例第三十条' }, xlht), 201);
  assertStatus(await post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, nmg), 200);
  assert.equal((await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json.status, 'serious');
  const refused = await act(s, xlht, o.uscc, 'recognize_charity', { reason: '申请认定' });
  assert.equal(refused.status, 422, refused.text);
  assert.equal(refused.json.error.code, 'charity_serious_list');
  assert.equal(refused.json.error.field, 'charity');
  assert.match(refused.json.error.message, /CHARITY-SERIOUS/);
  assert.equal((await s.get(`/api/v1/orgs/${o.uscc}`, xlht)).json.charity, false, 'a refused action changes nothing');

  const young = await registerOrg(s, xlht, '152502');
  const tooYoung = await act(s, xlht, young.uscc, 'recognize_charity', {});
  assert.equal(tooYoung.status, 422, tooYoung.text);
  assert.equal(tooYoung.json.error.code, 'charity_registered_too_recently');
});

test('#13 credit: a granted objection corrects the entry and the serious entry derived from it, the score and the public status', async () => {
  const o = clean[1];
  const before = (await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json;
  assert.equal(before.status, 'good');
  const entered = await post(`/api/v1/orgs/${o.uscc}/credit/listings`,
    { cause: 'unreachable', entered_on: '2023-03-01', reason: '两次挂号信均无人签收' }, xlht);
  assert.equal(entered.status, 201, entered.text);
  assertStatus(await post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, nmg), 200);
  let c = (await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json;
  assert.equal(c.status, 'serious', 'open 2 full years: moved to the serious list on 2025-03-01');
  assert.ok(c.score < before.score);
  const origin = c.listings.find((l) => l.id === entered.json.id);
  assert.equal(origin.exit_reason, 'moved_to_serious');
  assert.ok(c.listings.find((l) => l.cause === 'anomaly_two_years' && !l.exited_on));

  // The organization objects to the original entry (the letters were signed for): that was an error.
  const orgacct = `org${o.id}`;
  s.cli(['user', 'add', '--username', orgacct, '--password', `${orgacct}-password`, '--role', 'org_account', '--org', o.uscc]);
  const own = await s.login(orgacct);
  const objection = await post(`/api/v1/credit/listings/${origin.id}/requests`, { kind: 'objection', content: '挂号信已签收，系登记错误' }, own);
  assert.equal(objection.status, 201, objection.text);
  const granted = await post(`/api/v1/credit/requests/${objection.json.id}/decision`, { grant: true, reason: '经核实，挂号信已签收' }, xlht);
  assert.equal(granted.status, 200, granted.text);

  c = (await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json;
  assert.equal(c.status, 'good');
  assert.equal(c.score, before.score, 'the score is back where it was');
  for (const l of c.listings) assert.equal(l.exit_reason, 'corrected', JSON.stringify(l));
  const pub = await s.get('/api/v1/public/credit/serious?region=152502&page_size=100');
  assert.ok(!pub.json.items.some((i) => i.org.uscc === o.uscc), 'off the public serious list');
  const anomaly = await s.get('/api/v1/public/credit/anomaly?region=152502&page_size=100');
  assert.ok(!anomaly.json.items.some((i) => i.org.uscc === o.uscc), 'off the public anomaly list');
  const summary = (await s.get(`/api/v1/public/orgs/${o.uscc}/supervision`)).json;
  assert.equal(summary.credit_status, 'good');
  assert.equal(summary.credit_score, before.score);
  // The replay keeps the correction: the next run neither re-enters nor re-escalates it.
  assertStatus(await post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, nmg), 200);
  assert.equal((await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json.status, 'good');
  // And a charity recognition, refused while it was listed, now passes.
  const recognised = await act(s, xlht, o.uscc, 'recognize_charity', {});
  assert.equal(recognised.status, 200, recognised.text);
  assert.equal(recognised.json.charity, true);
});

test('#13 segregation of duties: the annual-report opinion is the supervisory unit\'s', async () => {
  const byOfficer = await post(`/api/v1/orgs/${org.uscc}/annual-reports/2024/opinion`, { opinion: '同意' }, xlht);
  assert.equal(byOfficer.status, 403);
  assert.equal(byOfficer.json.error.code, 'supervisory_unit_only');
  const byUnit = await post(`/api/v1/orgs/${org.uscc}/annual-reports/2024/opinion`, { opinion: '同意报送' }, reviewer);
  assert.equal(byUnit.status, 200, byUnit.text);
});

test('#13 segregation of duties: a supervisory unit\'s account acts only for the organizations of its unit', async () => {
  const xlmz = await s.login('xlmz');  // the account of 锡林浩特市民政局 (tests/lib/server.mjs)
  // Founding consent: its own unit (also written in traditional characters), not another unit's.
  const apply = async (unit) => (await post('/api/v1/applications', applicationBody('152502', { supervisory_unit: unit }), xlht)).json;
  const consent = (o) => post(`/api/v1/orgs/${o.id}/actions/consent`, { version: o.version }, xlmz);
  const other = await apply('锡林浩特市教育局');
  const refused = await consent(other);
  assert.equal(refused.status, 403, refused.text);
  assert.equal(refused.json.error.code, 'not_its_supervisory_unit');
  assert.equal((await s.get(`/api/v1/orgs/${other.id}`, xlht)).json.status, other.status, 'nothing changed');
  assert.equal((await consent(await apply('锡林浩特市民政局'))).status, 200);
  assert.equal((await consent(await apply('錫林浩特市民政局'))).status, 200, 'the names are compared normalized');
  // The annual report's opinion: its own unit's organization, not another's.
  assert.equal((await post(`/api/v1/orgs/${clean[1].uscc}/annual-reports/2024/opinion`, { opinion: '同意报送' }, xlmz)).status, 200);
  // An organization of 锡林浩特市教育局, registered on 2024-03-01 with its 2024 report filed.
  const unit = await s.login('unit');
  let foreign = other;
  for (const [action, body, token] of [['consent', {}, unit], ['accept', { documents: ALL_DOCUMENTS }, xlht], ['approve', {}, xlht]]) {
    const r = await post(`/api/v1/orgs/${foreign.id}/actions/${action}`, { version: foreign.version, date: '2024-03-01', ...body }, token);
    assert.equal(r.status, 200, r.text);
    foreign = r.json;
  }
  assert.equal((await post(`/api/v1/orgs/${foreign.uscc}/annual-reports`, { year: 2024, filed_on: '2025-05-20' }, xlht)).status, 201);
  const opinion = await post(`/api/v1/orgs/${foreign.uscc}/annual-reports/2024/opinion`, { opinion: '同意报送' }, xlmz);
  assert.equal(opinion.status, 403, opinion.text);
  assert.equal(opinion.json.error.code, 'not_its_supervisory_unit');
  // An account that spans its region's units (no unit) still acts for any of them.
  assert.notEqual((await post(`/api/v1/orgs/${foreign.uscc}/annual-reports/2024/opinion`, { opinion: '同意报送' }, reviewer)).status, 403);
});

test('#13 unreachable: two registered letters not signed for, 20-60 days apart, list anomaly ⑥ in the credit job', async () => {
  const o = clean[3];
  const letter = (b) => post(`/api/v1/orgs/${o.uscc}/registered-letters`, b, xlht);
  assert.equal((await letter({ sent_on: '2025-04-01', tracking_no: 'XA1' })).json.error.field, 'signed_for');
  assert.equal((await letter({ sent_on: '2025-04-01', signed_for: false })).json.error.field, 'tracking_no');
  assert.equal((await letter({ sent_on: '2999-01-01', tracking_no: 'XA1', signed_for: false })).status, 400);
  assert.equal((await post(`/api/v1/orgs/${o.uscc}/registered-letters`, { sent_on: '2025-04-01', tracking_no: 'XA1', signed_for: false }, bj)).status, 403);
  assertStatus(await letter({ sent_on: '2025-04-01', tracking_no: 'XA100001', signed_for: false }), 201);
  assertStatus(await post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, nmg), 200);
  assert.equal((await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json.status, 'good', 'one letter is not enough');
  const second = assertStatus(await letter({ sent_on: '2025-05-06', tracking_no: 'XA100002', signed_for: false }), 201);
  assertStatus(await post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, nmg), 200);
  const c = (await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json;
  assert.equal(c.status, 'anomaly');
  assert.equal(c.registered_letters.length, 2);
  const entry = c.listings.find((l) => l.cause === 'unreachable_letters');
  assert.ok(entry, JSON.stringify(c.listings));
  assert.equal(entry.rule_id, 'CREDIT-ANOMALY-UNREACHABLE');
  assert.equal(entry.entered_on, '2025-05-06');
  assert.equal(entry.facts.days_apart, '35');
  assert.equal(entry.facts.second_letter_id, String(second.json.id));
  const pub = await s.get('/api/v1/public/credit/anomaly?region=152502&page_size=100');
  assert.ok(pub.json.items.some((i) => i.org.uscc === o.uscc && i.cause === 'unreachable_letters'));
  // A letter signed for afterwards is the rectification: the next run lets it leave on that date.
  assertStatus(await letter({ sent_on: '2025-06-10', tracking_no: 'XA100003', signed_for: true }), 201);
  assertStatus(await post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, nmg), 200);
  const after = (await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json;
  const left = after.listings.find((l) => l.cause === 'unreachable_letters');
  assert.deepEqual([left.exited_on, left.exit_reason], ['2025-06-10', 'rectified']);
  assert.equal(after.status, 'good');
});

function assertStatus(r, status) {
  assert.equal(r.status, status, r.text);
  return r;
}

test('#13 ratings: public notice with objections, decision refused while on notice, certificate and fraud cancellation on the public record', async () => {
  let o;
  for (const x of (await s.get('/api/v1/orgs?region=150000&status=active&page_size=100', nmg)).json.items.filter((x) => x.uscc && x.type !== 'community'))
    if ((await s.get(`/api/v1/orgs/${x.uscc}/rating-eligibility`, nmg)).json.eligible) { o = x; break; }
  assert.ok(o, 'an organization eligible for rating');
  const xlht_ = xlht;
  xlht = nmg;  // the province runs this round (its organizations are all within it)
  try {
  const round = await post('/api/v1/rating-rounds', { year: 2025, name: '2025年度内蒙古自治区社会组织评估' }, xlht);
  assert.equal(round.status, 201, round.text);
  const scores = { basic: 90, governance: 300, performance: 260, social: 130, party: 90 };
  const r = await post(`/api/v1/rating-rounds/${round.json.id}/ratings`, { org: o.uscc, scores }, xlht);
  assert.equal(r.status, 201, r.text);
  assert.deepEqual([r.json.notice_from, r.json.notice_until], [TODAY, '2025-07-08']);
  const notices = await s.get('/api/v1/public/rating-notices?region=150000&page_size=100', null);
  assert.equal(notices.status, 200);
  const mine = notices.json.items.find((n) => n.rating_id === r.json.id);
  assert.ok(mine, 'the proposed grade is published on the portal');
  assert.deepEqual([mine.grade, mine.org.uscc, mine.notice_until, mine.rule_id], ['4A', o.uscc, '2025-07-08', 'RATING-NOTICE']);
  const objection = await post(`/api/v1/public/ratings/${r.json.id}/objections`, { content: '活动情况不实', name: '王先生', contact: '13900000000' });
  assert.equal(objection.status, 201, objection.text);
  const list = await s.get(`/api/v1/ratings/${r.json.id}/objections`, xlht);
  assert.equal(list.json.items.length, 1);
  assert.ok(!('contact' in list.json.items[0]) && !list.text.includes('13900000000'), 'the contact is never sent');
  const early = await post(`/api/v1/ratings/${r.json.id}/decision`, undefined, xlht);
  assert.equal(early.status, 422);
  assert.equal(early.json.error.code, 'notice_period');
  const decided = await post(`/api/v1/rating-objections/${objection.json.id}/decision`, { upheld: true, reason: '部分成立', grade: 3 }, xlht);
  assert.equal(decided.status, 200, decided.text);
  assert.deepEqual([decided.json.grade_before, decided.json.grade_after], [4, 3]);
  const round2 = (await s.get(`/api/v1/rating-rounds/${round.json.id}/ratings`, xlht)).json.items[0];
  assert.deepEqual([round2.grade, round2.pending_objections, round2.org.uscc], [3, 0, o.uscc]);
  // Fraud: the grade is cancelled, announced on the public record, and no new application for 2 years.
  const cancel = await post(`/api/v1/ratings/${r.json.id}/cancellation`, { ground: 'fraud', reason: '提供虚假资料' }, xlht);
  assert.equal(cancel.status, 200, cancel.text);
  assert.deepEqual([cancel.json.status, cancel.json.reapply_from], ['cancelled', '2027-07-01']);
  const pub = await s.get(`/api/v1/public/orgs/${o.uscc}/supervision`, null);
  assert.deepEqual([pub.json.rating, pub.json.rating_certificate, pub.json.rating_cancelled?.on], [null, null, TODAY]);
  const elig = await s.get(`/api/v1/orgs/${o.uscc}/rating-eligibility`, xlht);
  assert.equal(elig.json.findings.find((f) => f.rule_id === 'RATING-ELIG-CANCELLED').outcome, 'fail');
  // The demo's decided 3A+ grades carry their certificate on the public record.
  const summaries = [];
  for (const x of (await s.get('/api/v1/orgs?region=150000&status=active&page_size=100', nmg)).json.items.filter((x) => x.uscc))
    summaries.push((await s.get(`/api/v1/public/orgs/${x.uscc}/supervision`, null)).json);
  const certified = summaries.filter((x) => x.rating_certificate);
  assert.ok(certified.length > 0, 'some demo organizations hold a valid 3A+ grade');
  for (const x of certified) {
    assert.ok(['3A', '4A', '5A'].includes(x.rating), JSON.stringify(x));
    assert.match(x.rating_certificate.number, /^\d{6}-\d{4}-\d{6}$/);
    assert.equal(x.rating_certificate.valid_until, x.rating_valid_until);
  }
  for (const x of summaries.filter((x) => ['1A', '2A'].includes(x.rating))) assert.equal(x.rating_certificate, null);
  } finally { xlht = xlht_; }
});

test('#13 penalties: an annulled penalty and a fine reduced below ¥50,000 leave the serious list, and the credit job keeps it so', async () => {
  const [a, b] = [clean[1], clean[2]];
  const fa = await post(`/api/v1/orgs/${a.uscc}/penalties`, { kind: 'fine', decided_on: '2025-06-02', amount: 60000, decision_no: '锡民罚〔2025〕970号', basis: '社会团体登记管理条例第三十条' }, xlht);
  const fb = await post(`/api/v1/orgs/${b.uscc}/penalties`, { kind: 'fine', decided_on: '2025-06-02', amount: 60000, decision_no: '锡民罚〔2025〕971号', basis: '社会团体登记管理条例第三十条' }, xlht);
  assertStatus(fa, 201); assertStatus(fb, 201);
  assertStatus(await post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, nmg), 200);
  for (const o of [a, b]) assert.equal((await s.get(`/api/v1/orgs/${o.uscc}/credit`, xlht)).json.status, 'serious');
  const body = { channel: 'reconsideration', decided_on: TODAY, decision_no: '锡政复决字〔2025〕9号', authority: '锡林浩特市人民政府' };
  const worse = await post(`/api/v1/penalties/${fb.json.id}/outcomes`, { ...body, result: 'changed', amount: 60001 }, xlht);
  assert.equal(worse.status, 422);
  assert.deepEqual([worse.json.error.code, worse.json.error.field], ['change_more_severe', 'amount']);
  const byAuditor = await post(`/api/v1/penalties/${fa.json.id}/outcomes`, { ...body, result: 'annulled' }, auditor);
  assert.equal(byAuditor.status, 403);
  const annul = await post(`/api/v1/penalties/${fa.json.id}/outcomes`, { ...body, result: 'annulled', channel: 'litigation', authority: '锡林浩特市人民法院' }, xlht);
  assert.equal(annul.status, 201, annul.text);
  assert.equal(annul.json.corrected.listings.length, 1);
  const change = await post(`/api/v1/penalties/${fb.json.id}/outcomes`, { ...body, result: 'changed', amount: 49999 }, xlht);
  assert.equal(change.status, 201, change.text);
  assertStatus(await post('/api/v1/jobs/run', { date: TODAY, jobs: 'credit' }, nmg), 200);
  const ca = (await s.get(`/api/v1/orgs/${a.uscc}/credit`, xlht)).json;
  assert.equal(ca.status, 'good');
  assert.equal(ca.penalties.find((p) => p.id === fa.json.id).in_force, false);
  assert.equal(ca.penalty_outcomes[0].result, 'annulled');
  const cb = (await s.get(`/api/v1/orgs/${b.uscc}/credit`, xlht)).json;
  const fromB = (cause) => cb.listings.filter((l) => l.cause === cause && !l.exited_on && JSON.stringify(l).includes(`"penalty_id":"${fb.json.id}"`));
  assert.equal(fromB('large_fine').length, 0, 'the large-fine entry of the reduced fine is corrected');
  // A fine below ¥50,000 is anomaly ⑤ (its own entry, or the clock of an open one from an earlier minor fine).
  assert.ok(cb.listings.some((l) => l.cause === 'minor_penalty' && !l.exited_on), 'a fine below ¥50,000 is anomaly ⑤');
  const pb = cb.penalties.find((p) => p.id === fb.json.id);
  assert.deepEqual([pb.amount, pb.original_amount, pb.outcome], [49999, 60000, 'changed']);
  const serious = (await s.get('/api/v1/public/credit/serious?region=152502&page_size=100', null)).json.items.map((l) => l.org?.uscc ?? l.uscc);
  assert.ok(!serious.includes(a.uscc), 'the annulled penalty\'s organization is not on the public serious list');
});
