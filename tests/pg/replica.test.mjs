// Read replicas (issue #3 §4): a primary and a hot standby made with pg_basebackup -R, both throwaway
// clusters from scripts/pg_cluster.sh. Public searches are served by the standby (shown by pausing its
// WAL replay: a write on the primary is invisible to public reads until replay resumes), and when the
// standby stops the server carries on, public reads falling back to the primary; when it comes back,
// public reads return to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ACCOUNTS, ROOT } from '../lib/server.mjs';
import { cliOn, serveOn, psql } from '../lib/backend.mjs';

const script = path.join(ROOT, 'scripts', 'pg_cluster.sh');
const cluster = (...args) => Object.fromEntries(execFileSync('bash', [script, ...args], { encoding: 'utf8' })
  .trim().split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
const withDb = (url, db) => { const u = new URL(url); u.pathname = `/${db}`; return u.toString(); };

let primary, standby, srv, primaryDb, standbyDb;
before(async () => {
  primary = cluster('start');
  psql(primary.PG_URL, "CREATE DATABASE socorg TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
  primaryDb = withDb(primary.PG_URL, 'socorg');
  let r = cliOn(primaryDb, ['demo', '--region', '150000', '--orgs', '120', '--seed', '3']);
  assert.equal(r.status, 0, r.stderr);
  for (const a of ACCOUNTS.filter((x) => x.username === 'admin')) {
    r = cliOn(primaryDb, ['user', 'add', '--username', a.username, '--password', `${a.username}-password`, '--role', a.role, '--region', a.region]);
    assert.equal(r.status, 0, r.stderr);
  }
  standby = cluster('standby', primary.PG_DIR);
  standbyDb = withDb(standby.STANDBY_URL, 'socorg');
  srv = await serveOn(primaryDb, ['--db-replica', standbyDb]);
});
after(async () => {
  await srv?.kill('SIGTERM');
  if (standby) cluster('stop', standby.STANDBY_DIR);
  if (primary) cluster('stop', primary.PG_DIR);
});

const publicTotal = async (q) => {
  const r = await srv.get(`/api/v1/public/orgs?q=${encodeURIComponent(q)}&page_size=5`);
  assert.equal(r.status, 200, r.text);
  return r.json.total;
};
async function until(fn, ms = 15_000) {
  const t0 = Date.now();
  for (;;) {
    if (await fn()) return Date.now() - t0;
    if (Date.now() - t0 > ms) return -1;
    await new Promise((r) => setTimeout(r, 100));
  }
}
async function rename(token, name) {
  const list = await srv.get('/api/v1/orgs?status=active&type=community&page_size=1', token);  // no consent needed (CHANGE-CONSENT)
  const key = list.json.items[0].uscc;
  const org = await srv.get(`/api/v1/orgs/${key}`, token);
  const r = await srv.post(`/api/v1/orgs/${key}/actions/change`, { version: org.json.version, reason: 'replica test', changes: { name } }, token);
  assert.equal(r.status, 200, r.text);
  const officer = await srv.get(`/api/v1/orgs?q=${encodeURIComponent(name)}`, token);
  assert.equal(officer.json.total, 1, 'officer reads see their own write at once (primary)');
}

test('public search is served by the standby; a write on the primary reaches it', { timeout: 120_000 }, async () => {
  assert.equal(psql(standbyDb, 'SELECT pg_is_in_recovery()'), 't');
  const token = await srv.login('admin');
  assert.ok(await publicTotal('协会') > 0);

  psql(standbyDb, 'SELECT pg_wal_replay_pause()');
  await rename(token, '副本验证甲社会工作协会');
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(await publicTotal('副本验证甲'), 0, 'replay paused: the standby, which serves public reads, lacks the write');

  psql(standbyDb, 'SELECT pg_wal_replay_resume()');
  const lag = await until(async () => (await publicTotal('副本验证甲')) === 1);
  assert.ok(lag >= 0, 'the write became visible on the standby');
  console.log(`# replica: write visible to public reads ${lag} ms after replay resumed`);
});

test('the server carries on when the standby stops, and returns to it when it is back', { timeout: 120_000 }, async () => {
  const token = await srv.login('admin');
  cluster('halt', standby.STANDBY_DIR);
  for (let i = 0; i < 20; i++) assert.ok(await publicTotal('协会') > 0, `public read ${i} after the standby stopped`);
  await rename(token, '副本验证乙社会工作协会');
  assert.equal(await publicTotal('副本验证乙'), 1, 'fallback reads come from the primary');
  const health = await srv.get('/healthz');
  assert.equal(health.status, 200);

  cluster('resume', standby.STANDBY_DIR);
  assert.ok(await until(async () => psql(standbyDb, 'SELECT count(*) FROM orgs WHERE name = \'副本验证乙社会工作协会\'') === '1') >= 0);
  psql(standbyDb, 'SELECT pg_wal_replay_pause()');
  await rename(token, '副本验证丙社会工作协会');
  // Within the retry pause (1 s) the server tries the standby again; then the paused standby hides the write.
  const back = await until(async () => (await publicTotal('副本验证丙')) === 0, 10_000);
  psql(standbyDb, 'SELECT pg_wal_replay_resume()');
  assert.ok(back >= 0, 'public reads went back to the standby');
});
