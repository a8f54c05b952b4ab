// Test harness: starts the real build/socorg binary on a free port with a fresh database, demo data and
// accounts, for black-box API tests and browser tests. No mocks: real process, real HTTP, real database.
//
//   const s = await startServer({ orgs: 200 });
//   const token = await s.login('admin');           // accounts below, password = `${username}-password`
//   const res = await s.get('/api/v1/orgs/1', token);
//   await s.stop();
//
// Backend: SQLite in a temp dir by default. When SOCORG_TEST_PG (a postgres:// URL of a running server,
// started by scripts/test.sh) is set, each server gets a fresh PostgreSQL database instead.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env.SOCORG_BIN || path.join(ROOT, 'build', 'socorg');

// Accounts every test server has (password: `${username}-password`).
export const ACCOUNTS = [
  { username: 'admin', role: 'ministry_officer', region: '100000' },
  { username: 'nmg', role: 'province_officer', region: '150000' },       // 内蒙古自治区
  { username: 'xlgl', role: 'city_officer', region: '152500' },          // 锡林郭勒盟
  { username: 'xlht', role: 'county_officer', region: '152502' },        // 锡林浩特市
  { username: 'xlht2', role: 'county_officer', region: '152502' },       // a second officer there (four-eyes steps)
  { username: 'bj', role: 'province_officer', region: '110000' },        // 北京市 (outside 内蒙古)
  { username: 'reviewer', role: 'supervisory_reviewer', region: '150000' },
  { username: 'unit', role: 'supervisory_reviewer', region: '100000' },  // a supervisory unit's account, national
  // The account of one supervisory unit (the one applicationBody names): its acts only for that unit's orgs.
  { username: 'xlmz', role: 'supervisory_reviewer', region: '152502', unit: '锡林浩特市民政局' },
  { username: 'auditor', role: 'auditor', region: '150000' },
  // The party work department (党建工作部门) of 锡林郭勒盟, and one outside 内蒙古 (DOMAIN §13).
  { username: 'dangjian', role: 'party_officer', region: '152500' },
  { username: 'dangjian_bj', role: 'party_officer', region: '110000' },
];

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

let dbCounter = 0;
function makeDbUrl(dir) {
  const pg = process.env.SOCORG_TEST_PG;
  if (!pg) return `sqlite:${path.join(dir, 'socorg.db')}`;
  const name = `t_${process.pid}_${Date.now()}_${dbCounter++}`;
  const u = new URL(pg);
  execFileSync('psql', [pg, '-q', '-c', `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`]);
  u.pathname = `/${name}`;
  return u.toString();
}

export function cli(args, { env = {} } = {}) {
  return execFileSync(BIN, args, { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

// supervision: false → `socorg demo --supervision=false`, the register without supervision history (and no
// jobs run) — only for a test that needs a clean slate; by default the demo's realistic history is there.
export async function startServer({ orgs = 200, region = '150000', env = {}, accounts = ACCOUNTS, seed = 7, supervision = true } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socorg-test-'));
  const db = makeDbUrl(dir);
  const runEnv = { ...process.env, ...env };
  const run = (args) => execFileSync(BIN, [...args, '--db', db], { encoding: 'utf8', env: runEnv, cwd: ROOT });
  if (orgs > 0) run(['demo', '--region', region, '--orgs', String(orgs), '--seed', String(seed), ...(supervision ? [] : ['--supervision=false'])]);
  for (const a of accounts) {
    const scope = [...(a.org ? ['--org', a.org] : ['--region', a.region]), ...(a.unit ? ['--unit', a.unit] : [])];
    run(['user', 'add', '--username', a.username, '--password', `${a.username}-password`, '--role', a.role, ...scope]);
  }
  const port = await freePort();
  const child = spawn(BIN, ['serve', '--db', db, '--port', String(port), ...(env.SERVE_ARGS || [])], {
    cwd: ROOT, env: runEnv, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (child.exitCode !== null || i > 200) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }

  const request = async (method, p, { token, body, raw, headers = {} } = {}) => {
    const h = { ...headers };
    if (token) h.authorization = `Bearer ${token}`;
    let payload;
    if (raw !== undefined) payload = raw;
    else if (body !== undefined) { payload = JSON.stringify(body); h['content-type'] = 'application/json'; }
    const res = await fetch(base + p, { method, headers: h, body: payload });
    const text = await res.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: res.status, headers: res.headers, text, json };
  };

  return {
    base, db, dir, port, child,
    output: () => output,
    request,
    get: (p, token) => request('GET', p, { token }),
    post: (p, body, token) => request('POST', p, { body, token }),
    put: (p, body, token) => request('PUT', p, { body, token }),
    async login(username, password = `${username}-password`) {
      const r = await request('POST', '/api/v1/auth/login', { body: { username, password } });
      if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${r.text}`);
      return r.json.token;
    },
    cli: (args) => run(args),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
