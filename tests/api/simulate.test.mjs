// What-if simulations (issue #14 item 2): POST /api/v1/jobs/simulate evaluates every automated rule over the
// register with the configuration in force and with a changed one, and reports who would enter and leave per
// rule and region — writing nothing. The "now" side must equal what the daily jobs stored (the demo runs
// them as of today), so the comparison starts from the decisions officers actually see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';

let s, nmg, xlht, auditor, admin;
before(async () => {
  s = await startServer({ orgs: 300, seed: 11 });
  [nmg, xlht, auditor, admin] = await Promise.all(['nmg', 'xlht', 'auditor', 'admin'].map((u) => s.login(u)));
});
after(() => s?.stop());

const simulate = (body, token = nmg) => s.post('/api/v1/jobs/simulate', body, token);
const rule = (r, id) => r.json.rules.find((x) => x.rule === id);

async function nothingWritten() {
  const [runs, flags, audit] = await Promise.all([
    s.get('/api/v1/jobs/runs', nmg), s.get('/api/v1/supervision/flags?kind=zombie&page_size=1', nmg),
    s.get('/api/v1/audit?limit=1', admin),
  ]);
  assert.equal(audit.status, 200, audit.text);
  return { runs: runs.json.items.length, zombies: flags.json.total, lastAudit: audit.json.items[0].id };
}

test('the thresholds in force are readable by officers and auditors, not by organizations', async () => {
  const r = await s.get('/api/v1/rules/config', auditor);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.config.supervision.zombie_min_signals, 2);
  assert.equal(r.json.config.term_years, 5);
});

test('a lower zombie threshold: who enters, per rule and region, consistent counts, nothing written', async () => {
  const before = await nothingWritten();
  const r = await simulate({ config: { supervision: { zombie_min_signals: 1 } }, examples: 3 });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.written, false);
  assert.deepEqual(r.json.changes, [{ key: 'zombie_min_signals', from: 2, to: 1 }]);
  const z = rule(r, 'ZOMBIE');
  // "now" is what the jobs stored as of today: the province's active zombie flags.
  assert.equal(z.before, before.zombies, 'the in-force side equals the stored decisions');
  assert.ok(z.enter > 0, 'one signal now suffices: organizations with one signal enter');
  assert.equal(z.leave, 0, 'a lower threshold never removes anyone');
  assert.equal(z.after - z.before, z.enter - z.leave);
  const byRegion = z.regions.reduce((n, x) => n + x.enter, 0);
  if (z.regions.length < 20) assert.equal(byRegion, z.enter, 'regions add up');
  else assert.ok(byRegion <= z.enter, 'the 20 most changed regions');
  for (let i = 1; i < z.regions.length; i++)
    assert.ok(z.regions[i - 1].enter + z.regions[i - 1].leave >= z.regions[i].enter + z.regions[i].leave, 'most changed first');
  assert.ok(z.regions[0].region_name, 'regions are named');
  assert.ok(z.examples.length > 0 && z.examples.length <= 3 && z.examples.every((e) => e.change === 'enter' && /^[0-9A-Z]{18}$/.test(e.uscc)));
  for (const x of r.json.rules) {
    assert.equal(x.after - x.before, x.enter - x.leave, x.rule);
    if (x.rule !== 'ZOMBIE') assert.deepEqual([x.enter, x.leave], [0, 0], `${x.rule} does not read zombie_min_signals`);
  }
  assert.deepEqual(await nothingWritten(), before, 'no job run, flag or audit record written');
});

test('a later automatic exit from the anomaly list keeps minor-penalty entries longer (leave never, enter some or none)', async () => {
  const r = await simulate({ date: '2026-06-30', config: { anomaly_auto_exit_months: 1 } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.date, '2026-06-30');
  const p = rule(r, 'CREDIT-ANOMALY-PENALTY');
  assert.equal(p.enter, 0, 'an earlier exit can only remove entries');
  assert.equal(p.after - p.before, -p.leave);
});

test('a county officer simulates within the county only', async () => {
  const nat = await simulate({ config: { zombie_min_signals: 1 } });
  const county = await simulate({ config: { zombie_min_signals: 1 } }, xlht);
  assert.equal(county.status, 200, county.text);
  assert.equal(county.json.region, '152502');
  assert.ok(county.json.evaluated < nat.json.evaluated);
  assert.ok(rule(county, 'ZOMBIE').regions.every((x) => x.region_code === '152502'));
  const other = await simulate({ config: { zombie_min_signals: 1 }, region: '110000' }, xlht);
  assert.equal(other.status, 403, other.text);
});

test('bad what-ifs are refused with the field; organizations are refused before the body is read', async () => {
  for (const [body, code, field] of [
    [{ config: { nosuch: 3 } }, 'unknown_config_key', 'config.nosuch'],
    [{ config: { supervision: { zombie_min_signals: 0 } } }, 'config_out_of_range', 'config.zombie_min_signals'],
    [{ config: { rating_grade_3a: 990 } }, 'config_out_of_range', 'config.rating_grade_3a'],
    [{ config: { anomaly_auto_exit_months: '9' } }, 'bad_config', 'config.supervision'],
    [{ config: { zombie_min_signals: 2 } }, 'nothing_changed', 'config'],
    [{ config: 3 }, 'invalid_field', 'config'],
    [{ config: { zombie_min_signals: 1 }, examples: 51 }, undefined, 'examples'],
    [{ config: { zombie_min_signals: 1 }, date: '2026-02-30' }, 'invalid_date', 'date'],
  ]) {
    const r = await simulate(body);
    assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.text}`);
    assert.ok(r.json.error.message && r.json.error.message_en);
    if (code) assert.equal(r.json.error.code, code, JSON.stringify(body));
    if (field !== 'config.supervision') assert.equal(r.json.error.field, field, JSON.stringify(body));
  }
  const org = await s.get('/api/v1/orgs?region=152502&status=active&page_size=1', xlht);
  s.cli(['user', 'add', '--username', 'simorg', '--password', 'simorg-password', '--role', 'org_account',
    '--org', org.json.items[0].uscc]);
  const orgToken = await s.login('simorg');
  const refused = await simulate({ config: 'not even an object' }, orgToken);
  assert.equal(refused.status, 403, 'the role is checked before the body: ' + refused.text);
  assert.equal((await s.get('/api/v1/rules/config', orgToken)).status, 403);
  assert.equal((await s.post('/api/v1/jobs/simulate', { config: 'not even an object' })).status, 401);
});
