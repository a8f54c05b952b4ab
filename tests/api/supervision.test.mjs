// Supervision API (issue #4): annual reports, penalties, credit lists, jobs idempotence, inspections with a
// verifiable draw, complaints and illegal-organization cases, and the access checks around them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, BIN } from '../lib/server.mjs';

const TODAY = '2025-07-01';
let s, xlht, xlht2, nmg, bj, auditor, org;

before(async () => {
  s = await startServer({ orgs: 150, env: { SOCORG_TODAY: TODAY } });
  [xlht, xlht2, nmg, bj, auditor] = await Promise.all(['xlht', 'xlht2', 'nmg', 'bj', 'auditor'].map((u) => s.login(u)));
  const r = await s.get('/api/v1/orgs?region=152502&status=active&page_size=50', xlht);
  assert.equal(r.status, 200);
  org = r.json.items.find((o) => o.uscc && o.type !== 'community' && o.registered_on && o.registered_on <= '2024-06-30');
  assert.ok(org, 'an active registered organization in 152502');
});
after(async () => { await s?.stop(); });

const post = (p, body, token) => s.post(p, body, token);

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

  const result = await post(`/api/v1/inspection-items/${mineDrawn.item_id}/result`,
    { result: 'rectification_ordered', note: '财务制度不健全', rectification_deadline: '2025-09-30' }, xlht);
  assert.equal(result.status, 200, result.text);
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
