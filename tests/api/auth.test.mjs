// Accounts and tokens (issue #2 item 6): login throttling, expiring and revoked tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { assertError, assertOk, sql } from './helpers.mjs';

let s;
before(async () => { s = await startServer({ orgs: 20 }); });
after(async () => { await s?.stop(); });

const login = (username, password) => s.post('/api/v1/auth/login', { username, password });

test('the 6th wrong password in a row is throttled with 429, for that username only', async () => {
  for (let i = 1; i <= 5; i++) assertError(await login('xlgl', `wrong-${i}-password`), 401, { code: 'bad_credentials' });
  assertError(await login('xlgl', 'wrong-6-password'), 429);
  // While throttled even the right password is refused: guessing cannot continue.
  assertError(await login('xlgl', 'xlgl-password'), 429);
  // Others are not affected.
  assertOk(await login('xlht', 'xlht-password'));
});

test('a successful login resets the failure count', async () => {
  for (let i = 0; i < 4; i++) assertError(await login('nmg', 'nope-nope-nope'), 401);
  assertOk(await login('nmg', 'nmg-password'));
  for (let i = 0; i < 5; i++) assertError(await login('nmg', 'nope-nope-nope'), 401);
  assertError(await login('nmg', 'nope-nope-nope'), 429);
});

test('login input: wrong types and missing fields are 400 naming the field', async () => {
  assertError(await s.post('/api/v1/auth/login', { password: 'x' }), 400, { field: 'username' });
  assertError(await s.post('/api/v1/auth/login', { username: 'admin' }), 400, { field: 'password' });
  assertError(await s.post('/api/v1/auth/login', { username: 5, password: 'x' }), 400, { field: 'username' });
  assertError(await s.post('/api/v1/auth/login', { username: 'admin', password: ['admin-password'] }), 400, { field: 'password' });
});

test('an expired token is 401', async () => {
  const token = await s.login('bj');
  assertOk(await s.get('/api/v1/me', token));
  // Let every token of bj expire (tokens are stored hashed, so expire them by user).
  sql(s.db, "UPDATE tokens SET expires_at = '2000-01-01T00:00:00.000Z' WHERE user_id = (SELECT id FROM users WHERE username = 'bj')");
  assertError(await s.get('/api/v1/me', token), 401, { code: 'unauthenticated' });
  assertError(await s.get('/api/v1/orgs', token), 401);
  // A fresh login works again.
  assertOk(await s.get('/api/v1/me', await s.login('bj')));
});

test('tokens expire at the configured time, in the future', async () => {
  const r = assertOk(await login('auditor', 'auditor-password'));
  const ttl = Date.parse(r.expires_at) - Date.now();
  assert.ok(ttl > 60 * 60 * 1000 && ttl <= 8 * 60 * 60 * 1000 + 60000, `expires_at ${r.expires_at}`);
});

test('logout revokes the token', async () => {
  const token = await s.login('reviewer');
  assertOk(await s.post('/api/v1/auth/logout', {}, token));
  assertError(await s.get('/api/v1/me', token), 401);
});

test('garbage tokens are 401, never 500', async () => {
  for (const t of ['x', 'Bearer', '%00', '\u00e9'.repeat(20), 'a'.repeat(5000), "' OR 1=1 --"]) {
    const r = await s.request('GET', '/api/v1/me', { headers: { authorization: `Bearer ${t}` } });
    assertError(r, 401);
  }
});
