// The open-data extract (issue #14 item 1): `socorg opendata` writes the public register as CSV (with a
// BOM) and JSON Lines under a Frictionless Data package; the package validates with the Frictionless
// libraries (npm datapackage, tableschema), every hash and size is right, no person's ID number, phone or
// address is in any file, the server lists and serves the snapshots, and loading the extract into an empty
// socorg gives the same public answers. Real server, real CLI, real database (SQLite or PostgreSQL).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Package } from 'datapackage';
import { Table } from 'tableschema';
import { startServer, BIN, ROOT } from '../lib/server.mjs';
import { serveOn, scratchDb } from '../lib/backend.mjs';
import { assertError, assertOk, sql } from './helpers.mjs';

const TODAY = '2026-11-20';
process.env.SOCORG_TODAY = TODAY;  // every server and command of this file, the re-loaded one too
let s, admin, out, snap, scratch;

function socorg(args, env = {}) {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOCORG_TODAY: TODAY, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'socorg-opendata-'));
  s = await startServer({ orgs: 160, env: { SOCORG_TODAY: TODAY, SERVE_ARGS: ['--opendata-dir', out] } });
  admin = await s.login('admin');
  const r = socorg(['opendata', '--db', s.db, '--out', out]);
  assert.equal(r.code, 0, r.err);
  snap = path.join(out, TODAY);
});
after(async () => {
  await s?.stop();
  await scratch?.kill('SIGTERM');
  rmSync(out, { recursive: true, force: true });
});

const pkgOf = (dir) => JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

test('the package lists every table as CSV and JSON Lines with the right size and SHA-256', () => {
  const pkg = pkgOf(snap);
  assert.equal(pkg.snapshot_date, TODAY);
  const tabular = pkg.resources.filter((r) => r.profile === 'tabular-data-resource').map((r) => r.name);
  for (const t of ['organizations', 'name_changes', 'events', 'persons', 'annual_reports', 'credit_listings',
    'penalties', 'inspection_plans', 'inspection_items', 'ratings', 'illegal_organizations'])
    assert.ok(tabular.includes(t), `table ${t} missing: ${tabular}`);
  const sums = readFileSync(path.join(snap, 'SHA256SUMS'), 'utf8');
  for (const r of pkg.resources) {
    const bytes = readFileSync(path.join(snap, r.path));
    assert.equal(bytes.length, r.bytes, `${r.path} size`);
    assert.equal(`sha256:${sha256(bytes)}`, r.hash, `${r.path} hash`);
    assert.ok(sums.includes(`${sha256(bytes)}  ${r.path}\n`), `${r.path} in SHA256SUMS`);
    if (r.format === 'csv') {
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${r.path} starts with the UTF-8 BOM`);
      const header = bytes.subarray(3).toString('utf8').split('\r\n')[0];
      assert.equal(header, r.schema.fields.map((f) => f.name).join(','));
    } else {
      const lines = bytes.toString('utf8').split('\n').filter(Boolean);
      assert.equal(lines.length, r.rows, `${r.path} rows`);
      const csv = pkg.resources.find((x) => x.path === r.path.replace('.jsonl', '.csv'));
      for (const l of lines) assert.deepEqual(Object.keys(JSON.parse(l)), csv.schema.fields.map((f) => f.name));
    }
  }
  const orgs = pkg.resources.find((r) => r.name === 'organizations');
  assert.ok(orgs.rows > 100, `organizations: ${orgs.rows}`);
  // #13: the annual reports carry their public financial figures (fen), consistent with each other.
  const reports = readFileSync(path.join(snap, 'annual_reports.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const typed = reports.filter((x) => Number.isInteger(x.total_income_fen));
  assert.ok(typed.length > 0, 'reports with typed figures');
  for (const x of typed) assert.ok(x.charitable_expenditure_fen + x.management_costs_fen <= x.total_expenditure_fen, JSON.stringify(x));
});

test('the package and every CSV validate with the Frictionless libraries (types, required, enums, keys)', async () => {
  const pkg = await Package.load(path.join(snap, 'datapackage.json'));
  assert.equal(pkg.valid, true, JSON.stringify(pkg.errors.map((e) => e.message)));
  for (const r of pkg.resources) {
    if (!r.tabular) continue;
    // tableschema reads the BOM as part of the first header unless csv-parse is told (bom: true).
    const table = await Table.load(path.join(snap, r.descriptor.path), { schema: r.descriptor.schema, bom: true });
    const rows = await table.read({ keyed: true, cast: true });
    assert.equal(rows.length, r.descriptor.rows, `${r.name} rows`);
  }
  // A wrong value fails the same validation: the check is not vacuous.
  const bad = path.join(out, 'bad.csv');
  const text = readFileSync(path.join(snap, 'organizations.csv'), 'utf8').replace(/,(true|false),/, ',maybe,');
  writeFileSync(bad, text);
  const orgs = pkg.resources.find((r) => r.name === 'organizations');
  const table = await Table.load(bad, { schema: orgs.descriptor.schema, bom: true });
  await assert.rejects(table.read({ cast: true }));
});

test('no person ID number, phone or home address is in any file', async () => {
  const all = readdirSync(snap).map((f) => readFileSync(path.join(snap, f), 'utf8')).join('\n');
  const orgs = readFileSync(path.join(snap, 'organizations.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
  let checked = 0;
  for (const o of orgs.slice(0, 40)) {
    const v = assertOk(await s.get(`/api/v1/orgs/${o.uscc}`, admin));
    for (const p of v.persons) {
      assert.ok(p.id_number.length >= 15, 'the officer view shows the full ID number');
      assert.ok(!all.includes(p.id_number), `ID number of ${p.name} in the extract`);
      if (p.phone) assert.ok(!all.includes(p.phone), `phone of ${p.name} in the extract`);
      if (p.address) assert.ok(!all.includes(p.address), `address of ${p.name} in the extract`);
      checked++;
    }
  }
  assert.ok(checked > 20, `persons checked: ${checked}`);
  const persons = readFileSync(path.join(snap, 'persons.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
  for (const p of persons) assert.deepEqual(Object.keys(p), ['uscc', 'name', 'role', 'role_label']);
  // Complaints (reporters' names and contacts) and the application's contents are not published.
  assert.ok(!existsSync(path.join(snap, 'complaints.csv')));
  assert.ok(!all.includes('"application"'));
});

test('GET /api/v1/public/opendata/ lists the snapshots and serves each file as written', async () => {
  const idx = assertOk(await s.get('/api/v1/public/opendata/'));
  assert.equal(idx.latest, TODAY);
  assert.deepEqual(idx.snapshots.map((x) => x.date), [TODAY]);
  const pkg = assertOk(await s.get('/api/v1/public/opendata/latest/datapackage.json'));
  assert.deepEqual(pkg, pkgOf(snap));
  for (const r of pkg.resources.slice(0, 4)) {
    const res = await fetch(`${s.base}/api/v1/public/opendata/${TODAY}/${r.path}`);
    assert.equal(res.status, 200);
    const body = Buffer.from(await res.arrayBuffer());
    assert.equal(`sha256:${sha256(body)}`, r.hash, r.path);
    assert.match(res.headers.get('content-type'), r.format === 'csv' ? /^text\/csv/ : /^application\/x-ndjson/);
  }
  assertError(await s.get('/api/v1/public/opendata/latest/nothing.csv'), 404, { code: 'opendata_file_not_found' });
  assertError(await s.get('/api/v1/public/opendata/latest/..%2F..%2Fetc%2Fpasswd'), 404);
  assertError(await s.get('/api/v1/public/opendata/2001-01-01/organizations.csv'), 404, { code: 'opendata_not_found' });
  assertError(await s.get('/api/v1/public/opendata/latest/%00'), 400);
});

async function publicAnswers(srv, usccs) {
  const get = async (p) => assertOk(await srv.get(p));
  const strip = (items) => items.map(({ id, ...rest }) => rest);  // row ids are the database's own
  const page = async (p) => { const r = await get(p); return { ...r, items: strip(r.items) }; };
  const a = {
    stats: await get('/api/v1/public/stats'),
    search: await page('/api/v1/public/orgs?q=%E5%8D%8F%E4%BC%9A&page_size=100'),
    nameless: await page('/api/v1/public/orgs?region=150000&page_size=100&sort=name'),
    anomaly: strip((await get('/api/v1/public/credit/anomaly?page_size=100')).items),
    serious: strip((await get('/api/v1/public/credit/serious?page_size=100')).items),
    illegal: strip((await get('/api/v1/public/illegal-organizations?page_size=100')).items),
    orgs: {},
  };
  for (const u of usccs) {
    a.orgs[u] = { record: await get(`/api/v1/public/orgs/${u}`), supervision: await get(`/api/v1/public/orgs/${u}/supervision`) };
  }
  return a;
}

test('loading the extract into an empty socorg gives the same public answers', async () => {
  const pkg = pkgOf(snap);
  const usccs = readFileSync(path.join(snap, 'organizations.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l).uscc);
  const db = scratchDb(out);
  const r = socorg(['opendata', 'load', '--db', db, snap]);
  assert.equal(r.code, 0, r.err);
  scratch = await serveOn(db, ['--opendata-dir', out]);
  const [want, got] = [await publicAnswers(s, usccs), await publicAnswers(scratch, usccs)];
  assert.ok(want.anomaly.length + want.serious.length > 0, 'the demo has credit listings to compare');
  assert.ok(want.search.total > 0);
  for (const k of ['stats', 'search', 'nameless', 'anomaly', 'serious', 'illegal']) assert.deepEqual(got[k], want[k], k);
  for (const u of usccs) assert.deepEqual(got.orgs[u], want.orgs[u], u);
  assert.equal(Object.keys(got.orgs).length, pkg.resources.find((x) => x.name === 'organizations').rows);
  // A second load into the now filled register is refused, and changes nothing.
  const again = socorg(['opendata', 'load', '--db', db, snap]);
  assert.notEqual(again.code, 0);
  assert.match(again.err, /not empty/);
});

test('a snapshot whose file does not match its hash is refused before anything is written', async () => {
  const copy = path.join(out, 'tampered');
  cpSync(snap, copy, { recursive: true });
  const f = path.join(copy, 'persons.jsonl');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/"name":"(.)/, '"name":"X'));
  const db = scratchDb(out);
  const r = socorg(['opendata', 'load', '--db', db, copy]);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /SHA-256/);
  // The register is still empty: a correct load succeeds afterwards.
  assert.equal(socorg(['opendata', 'load', '--db', db, snap]).code, 0);
});

test('an extract is audited, replaces one of the same date whole, and only the newest N are kept', () => {
  for (const d of ['2026-11-21', '2026-11-22']) {
    const r = socorg(['opendata', '--db', s.db, '--out', out, '--keep', '2'], { SOCORG_TODAY: d });
    assert.equal(r.code, 0, r.err);
  }
  assert.equal(Number(sql(s.db, "SELECT count(*) FROM audit_log WHERE action = 'opendata.extract'").trim()), 3);
  const dates = readdirSync(out).filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f)).sort();
  assert.deepEqual(dates, ['2026-11-21', '2026-11-22']);
  assert.ok(!readdirSync(out).some((f) => f.startsWith('.')), 'no temporary folder left');
  const r = socorg(['opendata', '--db', s.db, '--out', out, '--keep', '0']);
  assert.notEqual(r.code, 0);
});
