// Crash safety (issue #3 §6): SIGKILL in the middle of a large import and in the middle of a burst of
// writes, then restart. The import is all or nothing, every write that got a 2xx is there, and
// `socorg audit verify` passes. Runs on SQLite and, with SOCORG_TEST_PG, PostgreSQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, BIN, ROOT } from '../lib/server.mjs';
import { BACKEND, cliOn, serveOn, importCsv, scratchDb } from '../lib/backend.mjs';

const IMPORT_ROWS = 20_000;
let s;
before(async () => { s = await startServer({ orgs: 20 }); });
after(async () => { await s?.stop(); });

async function importedCount(srv, token) {
  const r = await srv.get(`/api/v1/orgs?q=${encodeURIComponent('导入测试协会')}&page_size=1`, token);
  assert.equal(r.status, 200, r.text);
  return r.json.total;
}

function runImport(db, file, killAfterMs) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(BIN, ['import', file, '--db', db], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    let timer;
    if (killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal, out, ms: Date.now() - t0 }); });
  });
}

test(`SIGKILL during a ${IMPORT_ROWS}-row import leaves all or nothing (${BACKEND})`, { timeout: 600_000 }, async () => {
  // The test server is stopped: the import runs against the database file/database directly.
  s.child.kill('SIGTERM');
  await new Promise((r) => s.child.once('exit', r));
  const file = path.join(s.dir, 'import.csv');
  writeFileSync(file, importCsv(IMPORT_ROWS));

  // How long the whole import takes here (into an empty scratch database), so that the kills land in its
  // second half, where the rows are being inserted inside the import's one transaction.
  const probe = await runImport(scratchDb(s.dir), file);
  assert.equal(probe.code, 0, probe.out);
  const killed = [];
  for (const fraction of [0.6, 0.8, 0.95]) {
    const delay = Math.round(probe.ms * fraction);
    const r = await runImport(s.db, file, delay);
    killed.push({ delay, signal: r.signal, code: r.code });
    const srv = await serveOn(s.db);
    try {
      const token = await srv.login('admin');
      const n = await importedCount(srv, token);
      assert.ok(n === 0 || n === IMPORT_ROWS, `after SIGKILL at ${delay} ms: ${n} rows imported (must be 0 or ${IMPORT_ROWS})`);
      if (n === IMPORT_ROWS) break;  // the import finished before the kill: nothing more to learn
    } finally { await srv.kill('SIGTERM'); }
    const v = cliOn(s.db, ['audit', 'verify']);
    assert.equal(v.status, 0, v.stdout + v.stderr);
  }
  console.log(`# ${BACKEND}: full import ${probe.ms} ms; kills ${JSON.stringify(killed)}`);
  assert.ok(killed.some((k) => k.signal === 'SIGKILL'), 'at least one import was killed mid-way');

  // A full import afterwards succeeds and brings every row (a killed import left no half state behind).
  const full = await runImport(s.db, file);
  const srv = await serveOn(s.db);
  try {
    const token = await srv.login('admin');
    const n = await importedCount(srv, token);
    if (full.code === 0) assert.equal(n, IMPORT_ROWS);
    else assert.match(full.out, /already registered|已在登记库中/, full.out);  // an earlier attempt completed
    assert.equal(n, IMPORT_ROWS);
    console.log(`# ${BACKEND}: full import of ${IMPORT_ROWS} rows: exit ${full.code} in ${full.ms} ms`);
  } finally { await srv.kill('SIGTERM'); }
  const v = cliOn(s.db, ['audit', 'verify']);
  assert.equal(v.status, 0, v.stdout + v.stderr);
});

test(`SIGKILL during a burst of writes loses no acknowledged write (${BACKEND})`, { timeout: 600_000 }, async () => {
  let srv = await serveOn(s.db);
  const token = await srv.login('admin');
  const acked = new Map();  // id -> name
  let stop = false;
  let errors = 0;
  async function writer(w) {
    for (let i = 0; !stop; i++) {
      const name = `崩溃测试${w}号第${i}社会工作协会`;
      try {
        const r = await srv.post('/api/v1/applications', {
          name, type: 'social_group', region_code: '152502', supervisory_unit: '锡林浩特市民政局', legal_rep: '王五',
          address: '锡林浩特市', business_scope: '测试', funds: 50000, individual_members: 60, unit_members: 0,
        }, token);
        if (r.status === 201 || r.status === 200) acked.set(r.json.id, name);
      } catch { errors++; return; }  // the server is gone
    }
  }
  const writers = Array.from({ length: 8 }, (_, w) => writer(w));
  // Kill once a good number of writes were acknowledged, while the writers are still sending.
  for (let i = 0; i < 400 && acked.size < 150; i++) await new Promise((r) => setTimeout(r, 25));
  await srv.kill('SIGKILL');
  stop = true;
  await Promise.all(writers);
  assert.ok(acked.size > 0, 'writes were acknowledged before the kill');

  srv = await serveOn(s.db);
  try {
    const t2 = await srv.login('admin');
    let missing = 0;
    for (const [id, name] of acked) {
      const r = await srv.get(`/api/v1/orgs/${id}`, t2);
      if (r.status !== 200 || r.json.name !== name) missing++;
    }
    console.log(`# ${BACKEND}: ${acked.size} writes acknowledged before SIGKILL, ${missing} missing after restart`);
    assert.equal(missing, 0);
  } finally { await srv.kill('SIGTERM'); }
  const v = cliOn(s.db, ['audit', 'verify']);
  assert.equal(v.status, 0, v.stdout + v.stderr);
  assert.match(v.stdout, /intact/);
});
