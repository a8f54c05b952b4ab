// socorg backup / restore (issue #3 §7): an online backup while the server runs, a change made after it,
// then a restore over the live database: counts and the register checksum equal the backup's, the later
// change is gone, the export is byte-identical and the audit chain verifies. SQLite backup API, or
// pg_dump/pg_restore when SOCORG_TEST_PG is set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../lib/server.mjs';
import { BACKEND, cliOn, serveOn } from '../lib/backend.mjs';
import { consentChange } from './helpers.mjs';

let s;
before(async () => { s = await startServer({ orgs: 150 }); });
after(async () => { await s?.stop(); });

const manifest = (out) => {
  const m = /: (.*register_sha256=[0-9a-f]{64})/.exec(out);
  assert.ok(m, out);
  return Object.fromEntries(m[1].split(' ').map((kv) => kv.split('=')));
};
const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

test(`backup while serving, restore over the live database (${BACKEND})`, { timeout: 300_000 }, async () => {
  const token = await s.login('admin');
  const list = await s.get('/api/v1/orgs?status=active&page_size=1', token);
  const key = list.json.items[0].uscc;
  const org = await s.get(`/api/v1/orgs/${key}`, token);

  const file = path.join(s.dir, 'socorg.backup');
  const b = cliOn(s.db, ['backup', '--out', file]);
  assert.equal(b.status, 0, b.stdout + b.stderr);
  const m1 = manifest(b.stdout);
  assert.ok(Number(m1.orgs) >= 150, b.stdout);
  assert.ok(Number(m1.audit_log) > 0, b.stdout);

  const e1 = path.join(s.dir, 'before.csv');
  assert.equal(cliOn(s.db, ['export', '--format', 'csv', '--out', e1]).status, 0);

  // A change after the backup (on the supervisory unit's consent), which the restore must undo.
  const consented = await consentChange(s, key, { address: '备份之后的新地址' });
  const ch = await s.post(`/api/v1/orgs/${key}/actions/change`,
    { version: consented.version, reason: 'after backup', changes: { address: '备份之后的新地址' } }, token);
  assert.equal(ch.status, 200, ch.text);

  s.child.kill('SIGTERM');
  await new Promise((r) => s.child.once('exit', r));
  const r = cliOn(s.db, ['restore', '--in', file]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const m2 = manifest(r.stdout);
  assert.deepEqual(m2, m1, 'restored counts and register checksum equal the backup');

  const e2 = path.join(s.dir, 'after.csv');
  assert.equal(cliOn(s.db, ['export', '--format', 'csv', '--out', e2]).status, 0);
  assert.equal(sha(e2), sha(e1), 'the exported register is byte-identical');
  const v = cliOn(s.db, ['audit', 'verify']);
  assert.equal(v.status, 0, v.stdout + v.stderr);

  const srv = await serveOn(s.db);
  try {
    const t2 = await srv.login('admin');
    const back = await srv.get(`/api/v1/orgs/${key}`, t2);
    assert.equal(back.status, 200);
    assert.equal(back.json.version, org.json.version, 'the change made after the backup is gone');
    assert.equal(back.json.address, org.json.address);
  } finally { await srv.kill('SIGTERM'); }
});

test(`restore refuses a file that is not a backup of this backend (${BACKEND})`, () => {
  const bogus = path.join(s.dir, 'bogus.backup');
  writeFileSync(bogus, 'not a backup at all');
  const r = cliOn(s.db, ['restore', '--in', bogus]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /not a (SQLite backup|pg_dump)/);
});
