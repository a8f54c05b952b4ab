// Fixed points of issue #2 that other tools rely on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';

let s;
before(async () => { s = await startServer({ orgs: 150 }); });
after(async () => { await s?.stop(); });

test('GET /healthz answers 200', async () => {
  const r = await s.get('/healthz');
  assert.equal(r.status, 200);
});

test('public search finds a 2-character query and traditional characters', async () => {
  const r = await s.get(`/api/v1/public/orgs?q=${encodeURIComponent('协会')}&page_size=5`);
  assert.equal(r.status, 200);
  assert.ok(r.json.total > 0);
  for (const item of r.json.items) assert.ok(item.name.includes('协会'), item.name);
  const t = await s.get(`/api/v1/public/orgs?q=${encodeURIComponent('協會')}&page_size=5`);
  assert.equal(t.json.total, r.json.total);
});

test('officer record needs a token', async () => {
  const r = await s.get('/api/v1/orgs/1');
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'unauthenticated');
});
