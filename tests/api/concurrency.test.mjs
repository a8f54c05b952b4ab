// Two officers changing the same organization at once cannot lose a change silently (issue #3 §5):
// 8 concurrent clients × 500 conflicting `change` actions on one organization. Every accepted change is in
// the history and in the audit log exactly once, every refused one is a 409 stale_version and left no
// trace, and the version counts the accepted changes. Runs on SQLite and, with SOCORG_TEST_PG, PostgreSQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { BACKEND } from '../lib/backend.mjs';

const CLIENTS = 8;
const ATTEMPTS = 500;
let s;
before(async () => { s = await startServer({ orgs: 30 }); });
after(async () => { await s?.stop(); });

async function auditFor(token, target) {
  const out = [];
  let before = 0;
  for (;;) {
    const r = await s.get(`/api/v1/audit?limit=500${before ? `&before=${before}` : ''}`, token);
    assert.equal(r.status, 200, r.text);
    for (const it of r.json.items) if (it.target === target) out.push(it);
    if (r.json.items.length < 500) return out;
    before = r.json.items.at(-1).id;
  }
}

test(`${CLIENTS} clients × ${ATTEMPTS} conflicting changes: nothing lost, nothing invented (${BACKEND})`, { timeout: 600_000 }, async () => {
  const token = await s.login('admin');
  // A filed community organization: its changes need no supervisory consent (CHANGE-CONSENT), so every
  // attempt is a plain optimistic-concurrency race.
  const filed = await s.post('/api/v1/applications', {
    name: `并发测试社区服务队${Date.now()}`, type: 'community', region_code: '152502', legal_rep: '王芳',
    address: '锡林浩特市并发路1号', business_scope: '社区服务',
  }, token);
  assert.equal(filed.status, 201, filed.text);
  const key = filed.json.uscc;
  const start = await s.get(`/api/v1/orgs/${key}`, token);
  const startVersion = start.json.version;
  const startHistory = start.json.history.length;
  const target = `org:${key}`;
  const auditBefore = (await auditFor(token, target)).filter((a) => a.action === 'org.change').length;

  const accepted = [];
  const statuses = {};
  async function client(c) {
    let version = startVersion;
    for (let i = 0; i < ATTEMPTS; i++) {
      const tag = `c${c}-${i}`;
      const r = await s.post(`/api/v1/orgs/${key}/actions/change`,
        { version, reason: tag, changes: { address: `并发测试路${tag}号` } }, token);
      statuses[r.status] = (statuses[r.status] || 0) + 1;
      if (r.status === 200 || r.status === 201) {
        accepted.push(tag);
        version = r.json.version;
      } else {
        assert.equal(r.status, 409, r.text);
        assert.equal(r.json.error.code, 'stale_version', r.text);
        // Reload, as the console does, and try again with the current version.
        const fresh = await s.get(`/api/v1/orgs/${key}`, token);
        version = fresh.json.version;
      }
    }
  }
  const t0 = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const ms = Date.now() - t0;
  console.log(`# ${BACKEND}: ${CLIENTS * ATTEMPTS} changes in ${ms} ms: ${accepted.length} accepted, statuses ${JSON.stringify(statuses)}`);

  assert.ok(accepted.length > 0, 'some changes were accepted');
  assert.ok(accepted.length < CLIENTS * ATTEMPTS, 'the clients did conflict');
  const end = await s.get(`/api/v1/orgs/${key}`, token);
  assert.equal(end.json.version, startVersion + accepted.length, 'one version per accepted change');

  const changes = end.json.history.slice(startHistory).filter((h) => h.action === 'change');
  assert.equal(end.json.history.length - startHistory, accepted.length, 'history has only the accepted changes');
  assert.deepEqual(changes.map((h) => h.reason).sort(), [...accepted].sort(), 'history = accepted changes');
  // The last accepted change is the current address.
  const last = changes.at(-1);
  assert.equal(end.json.address, `并发测试路${last.reason}号`);
  // Each change's "old" value is the previous change's "new" value: no change was applied on a stale row.
  for (let i = 1; i < changes.length; i++)
    assert.equal(changes[i].changes.address[0], changes[i - 1].changes.address[1], `chain broken at ${i}`);

  const audit = (await auditFor(token, target)).filter((a) => a.action === 'org.change');
  assert.equal(audit.length - auditBefore, accepted.length, 'one audit record per accepted change');
  assert.deepEqual(audit.slice(0, audit.length - auditBefore).map((a) => a.detail.reason).sort(), [...accepted].sort());
});
