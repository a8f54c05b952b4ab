// Issue #2 item 10: bad input gets the right 4xx with the error body naming the field, and a failed
// request changes nothing (the organization's version and history, and the audit log).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import {
  assertError, assertOk, searchRegister, applicationBody, auditHead, orgSnapshot, makeId, ALL_DOCUMENTS,
} from './helpers.mjs';

let s;
let admin, unit;  // unit: a supervisory unit's account (the consent is its act, DOMAIN §1)
let org;      // an active organization in 锡林郭勒盟 152500
let applied;  // an application awaiting consent in 152502

before(async () => {
  s = await startServer({ orgs: 100 });
  admin = await s.login('admin');
  unit = await s.login('unit');
  org = (await searchRegister(s, admin, { region: '152500', status: 'active' }))[0];
  assert.ok(org, 'no active org in 152500');
  applied = assertOk(await s.post('/api/v1/applications', applicationBody('152502'), admin), 201);
});
after(async () => { await s?.stop(); });

// Sends each case, checks status/field/code, then that neither organization nor the audit log changed.
async function expectNothingChanged(cases) {
  const before1 = await orgSnapshot(s, admin, org.uscc);
  const before2 = await orgSnapshot(s, admin, applied.id);
  const count = assertOk(await s.get(`/api/v1/orgs?region=152502&page_size=1`, admin)).total;
  const head = await auditHead(s, admin);
  const wrong = [];
  for (const c of cases) {
    const r = await c.send();
    try {
      assertError(r, c.status, { field: c.field, code: c.code });
    } catch (e) {
      wrong.push(`${c.name}: ${e.message.split('\n')[0]}`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.equal(await auditHead(s, admin), head, 'the audit log grew');
  assert.equal(assertOk(await s.get(`/api/v1/orgs?region=152502&page_size=1`, admin)).total, count, 'register grew');
  assert.deepEqual(await orgSnapshot(s, admin, org.uscc), before1);
  assert.deepEqual(await orgSnapshot(s, admin, applied.id), before2);
}

const raw = (method, path, body, token, headers = { 'content-type': 'application/json' }) =>
  s.request(method, path, { raw: body, token, headers });

test('malformed JSON and non-object bodies → 400 field body', async () => {
  const paths = () => [
    '/api/v1/applications', `/api/v1/orgs/${org.uscc}/actions/change`, `/api/v1/orgs/${org.uscc}/persons`,
  ];
  const cases = [];
  for (const p of paths())
    for (const body of ['{"name":', '{name: 1}', '', 'null', '[1,2]', '"text"', '42', '{"a":1}{"b":2}', '\u0000'])
      cases.push({ name: `${p} ${JSON.stringify(body)}`, send: () => raw('POST', p, body, admin), status: 400, field: 'body' });
  cases.push({ name: 'login malformed', send: () => raw('POST', '/api/v1/auth/login', '{"username":'), status: 400, field: 'body' });
  await expectNothingChanged(cases);
});

test('applications: wrong types and bad values name the field', async () => {
  const app = (o) => () => s.post('/api/v1/applications', applicationBody('152502', o), admin);
  await expectNothingChanged([
    { name: 'name number', send: app({ name: 123 }), status: 400, field: 'name', code: 'wrong_type' },
    { name: 'name missing', send: app({ name: undefined }), status: 400, field: 'name' },
    { name: 'name empty', send: app({ name: '' }), status: 400, field: 'name' },
    { name: 'name punctuation only', send: app({ name: '（）' }), status: 400, field: 'name' },
    { name: 'name too long', send: app({ name: '协'.repeat(300) }), status: 400, field: 'name' },
    { name: 'type unknown', send: app({ type: 'club' }), status: 400, field: 'type' },
    { name: 'type number', send: app({ type: 1 }), status: 400, field: 'type' },
    { name: 'region unknown', send: app({ region_code: '999999' }), status: 400, field: 'region_code' },
    { name: 'region short', send: app({ region_code: '15250' }), status: 400, field: 'region_code' },
    { name: 'region letters', send: app({ region_code: '15250X' }), status: 400, field: 'region_code' },
    { name: 'region number', send: app({ region_code: 152502 }), status: 400, field: 'region_code' },
    { name: 'funds string', send: app({ funds: '50000' }), status: 400, field: 'funds' },
    { name: 'funds float', send: app({ funds: 1.5 }), status: 400, field: 'funds' },
    { name: 'funds negative', send: app({ funds: -1 }), status: 400, field: 'funds' },
    { name: 'members array', send: app({ individual_members: [60] }), status: 400, field: 'individual_members' },
    { name: 'directors bool', send: app({ directors: true }), status: 400, field: 'directors' },
    { name: 'fundraising string', send: app({ public_fundraising: 'yes' }), status: 400, field: 'public_fundraising' },
    { name: 'preparation number', send: app({ preparation: 1 }), status: 400, field: 'preparation' },
    { name: 'date 30 Feb', send: app({ date: '2025-02-30' }), status: 400, field: 'date' },
    { name: 'date format', send: app({ date: '2025/01/05' }), status: 400, field: 'date' },
    { name: 'date number', send: app({ date: 20250105 }), status: 400, field: 'date' },
    { name: 'date future', send: app({ date: '2999-01-01' }), status: 400, field: 'date' },
    { name: 'address object', send: app({ address: { x: 1 } }), status: 400, field: 'address' },
    { name: 'scope too long', send: app({ business_scope: 'x'.repeat(5000) }), status: 400, field: 'business_scope' },
    { name: 'preparation for a foundation', send: app({ type: 'foundation', preparation: true }), status: 422, field: 'type' },
    { name: 'no token', send: () => s.post('/api/v1/applications', applicationBody('152502')), status: 401 },
  ]);
});

test('actions: version, documents, changes, dates and transitions', async () => {
  const v = async () => (await orgSnapshot(s, admin, org.uscc)).version;
  const va = async () => (await orgSnapshot(s, admin, applied.id)).version;
  const on = (key, action, body) => () => s.post(`/api/v1/orgs/${key}/actions/${action}`, body, admin);
  const cur = await v();
  const cura = await va();
  await expectNothingChanged([
    { name: 'version missing', send: on(org.uscc, 'change', { changes: { address: 'x' } }), status: 400, field: 'version' },
    { name: 'version string', send: on(org.uscc, 'change', { version: String(cur), changes: { address: 'x' } }), status: 400, field: 'version' },
    { name: 'version stale', send: on(org.uscc, 'change', { version: cur - 1, changes: { address: 'x' } }), status: 409, field: 'version' },
    { name: 'version ahead', send: on(org.uscc, 'change', { version: cur + 1, changes: { address: 'x' } }), status: 409, field: 'version' },
    { name: 'changes array', send: on(org.uscc, 'change', { version: cur, changes: ['address'] }), status: 400, field: 'changes' },
    { name: 'changes empty', send: on(org.uscc, 'change', { version: cur, changes: {} }), status: 400, field: 'changes' },
    { name: 'changes uscc', send: on(org.uscc, 'change', { version: cur, changes: { uscc: '53100000500019795A' } }), status: 400, field: 'changes.uscc' },
    { name: 'changes status', send: on(org.uscc, 'change', { version: cur, changes: { status: 'revoked' } }), status: 400, field: 'changes.status' },
    { name: 'changes funds negative', send: on(org.uscc, 'change', { version: cur, changes: { funds: -5 } }), status: 400, field: 'changes.funds' },
    { name: 'changes funds string', send: on(org.uscc, 'change', { version: cur, changes: { funds: '5' } }), status: 400, field: 'changes.funds' },
    { name: 'changes name number', send: on(org.uscc, 'change', { version: cur, changes: { name: 5 } }), status: 400, field: 'changes.name' },
    { name: 'changes name empty', send: on(org.uscc, 'change', { version: cur, changes: { name: '' } }), status: 400, field: 'changes.name' },
    { name: 'changes same value', send: on(org.uscc, 'change', { version: cur, changes: { address: org.address ?? (await orgSnapshot(s, admin, org.uscc)).address } }), status: 400, field: 'changes' },
    { name: 'date invalid', send: on(org.uscc, 'change', { version: cur, date: '2025-13-01', changes: { address: 'x' } }), status: 400, field: 'date' },
    { name: 'date future', send: on(org.uscc, 'change', { version: cur, date: '2999-01-01', changes: { address: 'x' } }), status: 400, field: 'date' },
    { name: 'reason number', send: on(org.uscc, 'revoke', { version: cur, reason: 5 }), status: 400, field: 'reason' },
    { name: 'revoke without reason', send: on(org.uscc, 'revoke', { version: cur }), status: 400, field: 'reason' },
    { name: 'start_liquidation empty reason', send: on(org.uscc, 'start_liquidation', { version: cur, reason: '' }), status: 400, field: 'reason' },
    { name: 'approve an active org', send: on(org.uscc, 'approve', { version: cur }), status: 422, field: 'status' },
    { name: 'consent an active org', send: () => s.post(`/api/v1/orgs/${org.uscc}/actions/consent`, { version: cur }, unit), status: 422, field: 'status' },
    { name: 'consent by an officer', send: on(applied.id, 'consent', { version: cura }), status: 403, code: 'supervisory_unit_only' },
    { name: 'accept before consent', send: on(applied.id, 'accept', { version: cura, documents: ALL_DOCUMENTS }), status: 422, field: 'status' },
    { name: 'documents unknown', send: on(applied.id, 'accept', { version: cura, documents: ['passport'] }), status: 400, field: 'documents' },
    { name: 'documents not array', send: on(applied.id, 'accept', { version: cura, documents: 'charter' }), status: 400, field: 'documents' },
    { name: 'deferred unknown', send: on(applied.id, 'accept', { version: cura, deferred: [1] }), status: 400, field: 'deferred' },
    { name: 'postponed_until invalid', send: on(org.uscc, 'approve_postponement', { version: cur, postponed_until: '2026-02-30' }), status: 400, field: 'postponed_until' },
    { name: 'postponement without date', send: on(org.uscc, 'approve_postponement', { version: cur }), status: 400, field: 'postponed_until' },
    { name: 'term_end before start', send: on(org.uscc, 'file_election', { version: cur, term_start: '2024-01-01', term_end: '2023-01-01' }), status: 400, field: 'term_end' },
    { name: 'term over 5 years', send: on(org.uscc, 'file_election', { version: cur, term_start: '2024-01-01', term_end: '2029-01-02' }), status: 422, field: 'term_end' },  // ELECTION-TERM (FDN-BOARD-TERM for foundations)
    { name: 'apply on an active org', send: on(org.uscc, 'apply', { version: cur }), status: 422, field: 'status' },
    { name: 'start_preparation via actions', send: on(org.uscc, 'start_preparation', { version: cur }), status: 400, field: 'action' },
    { name: 'file_community via actions', send: on(org.uscc, 'file_community', { version: cur }), status: 400, field: 'action' },
    { name: 'unknown action', send: on(org.uscc, 'launch', { version: cur }), status: 404, field: 'action', code: 'unknown_action' },
    { name: 'unknown org', send: on('99999999', 'change', { version: 1, changes: { address: 'x' } }), status: 404 },
    { name: 'unknown uscc', send: on('51152502MA0000001X', 'change', { version: 1, changes: { address: 'x' } }), status: 404 },
  ]);
});

test('persons: ID numbers, roles and dates', async () => {
  const good = { name: '张伟', id_number: makeId('152502', '19800101', '011'), roles: ['director'] };
  const add = (o) => () => s.post(`/api/v1/orgs/${org.uscc}/persons`, { ...good, ...o }, admin);
  await expectNothingChanged([
    { name: 'id bad check', send: add({ id_number: '110105194912310021' }), status: 400, field: 'id_number' },
    { name: 'id 30 Feb', send: add({ id_number: makeId('110105', '19800230', '002') }), status: 400, field: 'id_number' },
    { name: 'id future birth', send: add({ id_number: makeId('110105', '20990101', '002') }), status: 400, field: 'id_number' },
    { name: 'id short', send: add({ id_number: '11010519491231' }), status: 400, field: 'id_number' },
    { name: 'id missing', send: add({ id_number: undefined }), status: 400, field: 'id_number' },
    { name: 'id number type', send: add({ id_number: 110105194912310020 }), status: 400, field: 'id_number' },
    { name: 'name missing', send: add({ name: undefined }), status: 400, field: 'name' },
    { name: 'roles empty', send: add({ roles: [] }), status: 400, field: 'roles' },
    { name: 'roles unknown', send: add({ roles: ['emperor'] }), status: 400, field: 'roles' },
    { name: 'roles not array', send: add({ roles: 'chair' }), status: 400, field: 'roles' },
    { name: 'roles numbers', send: add({ roles: [1] }), status: 400, field: 'roles' },
    { name: 'term_start invalid', send: add({ term_start: '2025-02-29' }), status: 400, field: 'term_start' },
    { name: 'terms negative', send: add({ previous_consecutive_terms: -1 }), status: 400, field: 'previous_consecutive_terms' },
    { name: 'terms string', send: add({ previous_consecutive_terms: '1' }), status: 400, field: 'previous_consecutive_terms' },
    { name: 'civil_servant string', send: add({ civil_servant: 'no' }), status: 400, field: 'civil_servant' },
    { name: 'phone too long', send: add({ phone: '1'.repeat(100) }), status: 400, field: 'phone' },
    { name: 'unknown org', send: () => s.post('/api/v1/orgs/99999999/persons', good, admin), status: 404 },
  ]);
});

test('search and export parameters', async () => {
  const get = (p, t) => () => s.get(p, t);
  await expectNothingChanged([
    { name: 'page_size 0', send: get('/api/v1/public/orgs?page_size=0'), status: 400, field: 'page_size' },
    { name: 'page_size 101', send: get('/api/v1/public/orgs?page_size=101'), status: 400, field: 'page_size' },
    { name: 'page_size text', send: get('/api/v1/public/orgs?page_size=ten'), status: 400, field: 'page_size' },
    { name: 'page_size negative', send: get('/api/v1/public/orgs?page_size=-1'), status: 400, field: 'page_size' },
    { name: 'page 0', send: get('/api/v1/public/orgs?page=0'), status: 400, field: 'page' },
    { name: 'page huge', send: get('/api/v1/public/orgs?page=99999999999'), status: 400, field: 'page' },
    { name: 'type unknown', send: get('/api/v1/public/orgs?type=club'), status: 400, field: 'type' },
    { name: 'level unknown', send: get('/api/v1/public/orgs?level=galactic'), status: 400, field: 'level' },
    { name: 'status not public', send: get('/api/v1/public/orgs?status=applied'), status: 400, field: 'status' },
    { name: 'region unknown', send: get('/api/v1/public/orgs?region=999999'), status: 400, field: 'region' },
    { name: 'region malformed', send: get('/api/v1/public/orgs?region=15'), status: 400, field: 'region' },
    { name: 'q too long', send: get(`/api/v1/public/orgs?q=${encodeURIComponent('协'.repeat(100))}`), status: 400, field: 'q' },
    { name: 'officer page_size 101', send: get('/api/v1/orgs?page_size=101', admin), status: 400, field: 'page_size' },
    { name: 'officer page_size 0', send: get('/api/v1/orgs?page_size=0', admin), status: 400, field: 'page_size' },
    { name: 'officer status unknown', send: get('/api/v1/orgs?status=zombie', admin), status: 400, field: 'status' },
    { name: 'officer region unknown', send: get('/api/v1/orgs?region=999999', admin), status: 400, field: 'region' },
    { name: 'export format', send: get('/api/v1/export/orgs?format=pdf', admin), status: 400, field: 'format' },
    { name: 'export region', send: get('/api/v1/export/orgs?format=csv&region=999999', admin), status: 400, field: 'region' },
    { name: 'export status unknown', send: get('/api/v1/export/orgs?format=csv&status=zombie', admin), status: 400, field: 'status' },
    { name: 'export type unknown', send: get('/api/v1/export/orgs?format=csv&type=club', admin), status: 400, field: 'type' },
    { name: 'dashboard from', send: get('/api/v1/stats/dashboard?from=2025-02-30', admin), status: 400, field: 'from' },
    { name: 'dashboard region', send: get('/api/v1/stats/dashboard?region=999999', admin), status: 400, field: 'region' },
    { name: 'audit limit', send: get('/api/v1/audit?limit=0', admin), status: 400, field: 'limit' },
    { name: 'audit limit big', send: get('/api/v1/audit?limit=501', admin), status: 400, field: 'limit' },
    { name: 'as_of invalid', send: get(`/api/v1/public/orgs/${org.uscc}?as_of=2025-02-30`), status: 400, field: 'as_of' },
    { name: 'as_of before founding', send: get(`/api/v1/public/orgs/${org.uscc}?as_of=1950-01-01`), status: 404 },
    { name: 'truncated UTF-8 escape', send: get('/api/v1/public/orgs?q=%E4%B8'), status: 400, field: 'query' },
    { name: 'bad percent-escape', send: get('/api/v1/public/orgs?q=%ZZ'), status: 400, field: 'query' },
    { name: 'escape of invalid UTF-8', send: get('/api/v1/orgs?q=%FF', admin), status: 400, field: 'query' },
    { name: 'bad escape in the path', send: get('/api/v1/orgs/%ZZ', admin), status: 400, field: 'path' },
    { name: 'bad escape in a public path', send: get('/api/v1/public/orgs/%E4%B8'), status: 400, field: 'path' },
    { name: 'bad uscc', send: get('/api/v1/public/orgs/5310000050001979SA'), status: 400, field: 'uscc' },
    { name: 'org unknown', send: get('/api/v1/orgs/99999999', admin), status: 404 },
    { name: 'org key junk', send: get('/api/v1/orgs/abc', admin), status: 404 },
  ]);
});

test('an oversized body (> 1 MiB) gets 413 and changes nothing', async () => {
  const big = JSON.stringify({ ...applicationBody('152502'), business_scope: 'x'.repeat(1.5 * 1024 * 1024) });
  const cur = (await orgSnapshot(s, admin, org.uscc)).version;
  const bigChange = JSON.stringify({ version: cur, changes: { address: 'y'.repeat(1100 * 1024) } });
  await expectNothingChanged([
    { name: 'application', send: () => raw('POST', '/api/v1/applications', big, admin), status: 413, field: 'body' },
    { name: 'change', send: () => raw('POST', `/api/v1/orgs/${org.uscc}/actions/change`, bigChange, admin), status: 413, field: 'body' },
    { name: 'login', send: () => raw('POST', '/api/v1/auth/login', JSON.stringify({ username: 'admin', password: 'p'.repeat(1 << 21) })), status: 413, field: 'body' },
  ]);
  // Just under the limit is not refused for its size.
  const justUnder = JSON.stringify({ ...applicationBody('152502'), business_scope: 'x'.repeat(1000 * 1000) });
  const r = await raw('POST', '/api/v1/applications', justUnder, admin);
  assert.notEqual(r.status, 413);
});

test('a garbage or missing token is 401 on every protected endpoint', async () => {
  for (const token of [undefined, 'garbage', 'a'.repeat(64), '']) {
    for (const [m, p] of [['GET', `/api/v1/orgs/${org.uscc}`], ['GET', '/api/v1/orgs'], ['GET', '/api/v1/me'],
      ['POST', '/api/v1/applications'], ['POST', `/api/v1/orgs/${org.uscc}/actions/change`],
      ['POST', `/api/v1/orgs/${org.uscc}/persons`], ['GET', '/api/v1/stats/dashboard'], ['GET', '/api/v1/export/orgs'],
      ['GET', '/api/v1/audit']]) {
      const r = await s.request(m, p, { token, body: m === 'POST' ? {} : undefined });
      assertError(r, 401, { code: 'unauthenticated' });
    }
  }
  const r = await s.request('GET', '/api/v1/me', { headers: { authorization: 'Basic YWRtaW46YWRtaW4tcGFzc3dvcmQ=' } });
  assertError(r, 401);
});
