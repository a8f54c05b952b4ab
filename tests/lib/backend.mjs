// Helpers for the backend tests (concurrency, crash safety, backup, replicas): restart a server on an
// existing database, run the CLI on it, issue valid unified social credit codes, write import CSVs.
import { spawn, execFileSync, spawnSync } from 'node:child_process';
import { BIN, ROOT, freePort } from './server.mjs';

export const BACKEND = process.env.SOCORG_TEST_PG ? 'postgresql' : 'sqlite';

// socorg <args> --db <db>; returns { status, stdout, stderr } (never throws).
export function cliOn(db, args, { env = {} } = {}) {
  const r = spawnSync(BIN, [...args, '--db', db], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

// Starts `socorg serve` on an existing database (for restarts after a kill).
export async function serveOn(db, args = []) {
  const port = await freePort();
  const child = spawn(BIN, ['serve', '--db', db, '--port', String(port), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (child.exitCode !== null || i > 300) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const request = async (method, p, { token, body } = {}) => {
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let json; try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: res.status, json, text };
  };
  return {
    base, child, port, output: () => output, request,
    get: (p, token) => request('GET', p, { token }),
    post: (p, body, token) => request('POST', p, { body, token }),
    async login(username, password = `${username}-password`) {
      const r = await request('POST', '/api/v1/auth/login', { body: { username, password } });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
      return r.json.token;
    },
    kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const done = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      return done;
    },
  };
}

// GB 32100 / GB 11714 check characters (DOMAIN §2.1), written independently of src/domain/uscc.cpp.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const W9 = [3, 7, 9, 10, 5, 8, 4, 2];
const CATEGORY = { social_group: '1', social_service_agency: '2', foundation: '3', community: '9' };
export function makeUscc(type, region, serial) {
  const body = `5${String(serial).padStart(7, '0')}`;
  const orgSum = [...body].reduce((s, c, i) => s + parseInt(c, 36) * W9[i], 0);
  const r = 11 - (orgSum % 11);
  const c9 = r === 10 ? 'X' : r === 11 ? '0' : String(r);
  const first17 = `5${CATEGORY[type]}${region}${body}${c9}`;
  const sum = [...first17].reduce((s, c, i) => s + ALPHABET.indexOf(c) * W18[i], 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

// A CSV for `socorg import` with n county-level social groups in 锡林浩特市 (152502), codes from `start`.
export function importCsv(n, start = 9_000_000) {
  const lines = ['uscc,name,type,level,region_code,registered_on,status,legal_rep,address'];
  for (let i = 0; i < n; i++) {
    lines.push([makeUscc('social_group', '152502', start + i), `锡林浩特市第${start + i}号导入测试协会`, 'social_group',
      'county', '152502', '2019-06-01', 'active', `负责人${i}`, `锡林浩特市测试路${i}号`].join(','));
  }
  return `${lines.join('\n')}\n`;
}

// Rows in a table, read through the CLI-independent database client (psql or the SQLite CLI-less path).
export function psql(url, sql) {
  return execFileSync('psql', [url, '-X', '-A', '-t', '-q', '-c', sql], { encoding: 'utf8' }).trim();
}

// A second, empty database of the current backend (SQLite file in dir, or a new PostgreSQL database).
let scratchCounter = 0;
export function scratchDb(dir) {
  const pg = process.env.SOCORG_TEST_PG;
  if (!pg) return `sqlite:${dir}/scratch-${scratchCounter++}.db`;
  const name = `scratch_${process.pid}_${Date.now()}_${scratchCounter++}`;
  psql(pg, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  const u = new URL(pg);
  u.pathname = `/${name}`;
  return u.toString();
}
