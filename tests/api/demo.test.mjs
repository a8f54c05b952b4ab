// `socorg demo` produces a supervision history the sources would recognise (DOMAIN §6-12): annual reports
// mostly filed on time, a small anomaly list that follows from the facts, a minority rated (most 3A+), a few
// penalties, last year's random inspections with results, complaints and a case in progress — and the jobs
// already ran as of today, so running them again changes nothing. `--supervision=false` gives the register only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, cli } from '../lib/server.mjs';

let s; let nmg;
const lastYear = new Date().getFullYear() - 1;

before(async () => {
  s = await startServer({ orgs: 600, seed: 2026 });
  nmg = await s.login('nmg');
});
after(async () => { await s?.stop(); });

const ok = async (p) => {
  const r = await s.get(p, nmg);
  assert.equal(r.status, 200, `${p}: ${r.text}`);
  return r.json;
};

test('annual reports: completion of the last due year between 85% and 99%, most of it on time', async () => {
  const c = await ok('/api/v1/annual-reports/completion');
  assert.ok(c.required > 100, `required ${c.required}`);
  const filed = c.filed / c.required, onTime = c.on_time / c.required;
  assert.ok(filed >= 0.85 && filed <= 0.99, `completion ${(filed * 100).toFixed(1)}%`);
  assert.ok(onTime >= 0.8 && onTime <= filed, `on time ${(onTime * 100).toFixed(1)}%`);
  const non = await ok(`/api/v1/annual-reports/non-filers?year=${c.year}&page_size=100`);
  assert.ok(non.items.length > 0 && non.items.length <= c.required - c.filed, 'non-filers to interview (约谈)');
});

test('credit lists and flags: present but small, each entry explained by its rule', async () => {
  const active = (await ok('/api/v1/orgs?status=active&page_size=1')).total;
  const anomaly = await s.get('/api/v1/public/credit/anomaly?page_size=100');
  assert.equal(anomaly.status, 200);
  assert.ok(anomaly.json.total > 0, 'some organizations missed the deadline');
  // All entries fit on the page; anomaly ② from the party data (#16) is counted apart from the others.
  assert.ok(anomaly.json.total <= 100, `anomaly ${anomaly.json.total}`);
  const party = anomaly.json.items.filter((i) => i.cause === 'party_branch_missing').length;
  const others = anomaly.json.total - party;
  assert.ok(others < active * 0.1, `anomaly ${others} of ${active} active organizations`);
  assert.ok(party < active * 0.08, `anomaly ② from party data ${party} of ${active}`);
  for (const i of anomaly.json.items) assert.match(i.rule_id, /^CREDIT-ANOMALY-/);
  assert.ok(anomaly.json.items.some((i) => i.cause === 'annual_report'));
  const serious = await s.get('/api/v1/public/credit/serious?page_size=1');
  assert.ok(serious.json.total > 0 && serious.json.total < active * 0.06, `serious ${serious.json.total}`);
  const zombies = await ok('/api/v1/supervision/flags?kind=zombie&page_size=100');
  assert.ok(zombies.total > 0 && zombies.total < active * 0.05, `zombie flags ${zombies.total}`);
});

test('party data (#16): about three quarters covered, some needing a branch, listed by anomaly ② and worklisted', async () => {
  const cov = await ok('/api/v1/party/coverage?region=150000');
  assert.ok(cov.orgs > 400, `orgs ${cov.orgs}`);
  assert.ok(cov.org_coverage >= 0.6 && cov.org_coverage <= 0.9, `组织覆盖率 ${cov.org_coverage}`);
  assert.ok(cov.work_coverage >= cov.org_coverage && cov.work_coverage <= 0.98, `工作覆盖率 ${cov.work_coverage}`);
  assert.ok(cov.needs_branch_without > 0 && cov.needs_branch_without < cov.orgs * 0.06, `needs branch ${cov.needs_branch_without}`);
  for (const k of ['branch', 'joint', 'temporary']) assert.ok(cov.by_kind[k] > 0, JSON.stringify(cov.by_kind));
  const nb = await ok('/api/v1/party/worklist?list=needs_branch&region=150000&page_size=100');
  assert.equal(nb.total, cov.needs_branch_without);
  const anomaly = await ok('/api/v1/public/credit/anomaly?page_size=100');
  assert.ok(anomaly.items.some((i) => i.cause === 'party_branch_missing'), 'anomaly ② entries from the party data');
  const v = await ok(`/api/v1/orgs/${nb.items[0].uscc}/party`);
  assert.ok(v.history.length >= 1 && v.needs_branch === true);
});

test('ratings: a minority of active organizations rated, most of them 3A or better', async () => {
  const active = (await ok('/api/v1/orgs?status=active&page_size=1')).total;
  const st = await ok('/api/v1/ratings/stats');
  assert.ok(st.rated >= active * 0.05 && st.rated <= active * 0.25, `rated ${st.rated} of ${active}`);
  assert.ok(st.three_a_plus_permille >= 700, `3A+ ${st.three_a_plus_permille}‰`);
  assert.ok(Object.keys(st.by_grade).length >= 3, JSON.stringify(st.by_grade));
  const rounds = await ok('/api/v1/rating-rounds');
  assert.ok(rounds.items.length >= 1);
});

test('penalties, inspections, complaints and a case in progress', async () => {
  const ov = await ok(`/api/v1/supervision/overview?from=${lastYear - 3}-01-01`);
  const p = ov.penalties;
  assert.ok(p.total >= 3, `penalties ${JSON.stringify(p)}`);
  assert.ok(p.by_kind.warning > 0 && p.by_kind.fine > 0, JSON.stringify(p.by_kind));
  const plans = await ok('/api/v1/inspection-plans');
  const last = plans.items.filter((x) => x.year === lastYear);
  assert.ok(last.length >= 1, 'a random-inspection plan for last year');
  for (const plan of last) {
    assert.equal(plan.results_recorded, plan.drawn_count, 'every drawn organization has a result');
    const pub = await s.get(`/api/v1/public/inspection-plans/${plan.id}`);
    assert.equal(pub.status, 200);
    assert.equal(pub.json.ratio_check.outcome, 'pass', 'at least the level\'s ratio');
    assert.ok(pub.json.drawn.every((d) => d.result && d.inspectors.length >= 2));
    const file = path.join(s.dir, `plan-${plan.id}.json`);
    writeFileSync(file, pub.text);
    cli(['verify-draw', '--plan', file]);  // throws on a difference (exit 1)
  }
  const complaints = await ok('/api/v1/complaints?page_size=100');
  assert.ok(complaints.items.length >= 2);
  const cases = await ok('/api/v1/illegal-cases?page_size=100');
  assert.ok(cases.items.some((k) => k.status === 'investigating'), JSON.stringify(cases.items.map((k) => k.status)));
  const pub = await s.get('/api/v1/public/illegal-organizations');
  assert.equal(pub.json.items.length, 0, 'a case under investigation is not published');
});

test('jobs already ran as of today: running them again twice changes nothing', async () => {
  const runs = await ok('/api/v1/jobs/runs');
  assert.ok(runs.items.some((r) => r.actor === 'demo'), JSON.stringify(runs.items.slice(0, 2)));
  for (let i = 0; i < 2; i++) {
    const r = await s.post('/api/v1/jobs/run', { jobs: 'all' }, nmg);
    assert.equal(r.status, 200, r.text);
    for (const j of r.json.jobs) assert.deepEqual([j.job, j.inserted, j.updated], [j.job, 0, 0], `run ${i + 1}`);
  }
});

test('deterministic for a seed; --supervision=false writes the register only', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socorg-demo-'));
  try {
    const run = (name, extra = []) => cli(['demo', '--orgs', '120', '--seed', '5', '--db', `sqlite:${path.join(dir, name)}`, ...extra]);
    const a = run('a.db'), b = run('b.db');
    assert.equal(a, b);
    assert.match(a, /supervision: \d+ annual reports/);
    const bare = run('c.db', ['--supervision=false']);
    assert.doesNotMatch(bare, /supervision:/);
    assert.equal(bare.split('\n')[0].replace(/\d+ events/, ''), a.split('\n')[0].replace(/\d+ events/, ''),
      'the same register with or without supervision history');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
