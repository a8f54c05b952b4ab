// Shared assertions and look-ups for the API tests (not a test file: node --test runs *.test.mjs only).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

// The one error body of issue #2 item 7: {"error":{"code","message","message_en","field"}}.
export function assertError(res, status, { field, code } = {}) {
  assert.equal(res.status, status, `want ${status}, got ${res.status}: ${res.text.slice(0, 300)}`);
  assert.ok(res.json && typeof res.json === 'object', `error body is not JSON: ${res.text.slice(0, 200)}`);
  const e = res.json.error;
  assert.ok(e && typeof e === 'object', `no "error" object: ${res.text.slice(0, 200)}`);
  assert.deepEqual(Object.keys(e).sort(), ['code', 'field', 'message', 'message_en']);
  assert.equal(typeof e.code, 'string');
  assert.ok(e.code.length > 0);
  assert.equal(typeof e.message, 'string');
  assert.ok(e.message.length > 0);
  assert.equal(typeof e.message_en, 'string');
  assert.ok(e.message_en.length > 0);
  assert.ok(e.field === null || typeof e.field === 'string');
  if (field !== undefined) assert.equal(e.field, field, `field: ${res.text}`);
  if (code !== undefined) assert.equal(e.code, code, `code: ${res.text}`);
  return e;
}

export function assertOk(res, status = 200) {
  assert.equal(res.status, status, `want ${status}, got ${res.status}: ${res.text.slice(0, 300)}`);
  return res.json;
}

// The register as an officer sees it, filtered; returns the items of one page.
export async function searchRegister(s, token, params) {
  const qs = new URLSearchParams({ page_size: '100', ...params }).toString();
  return assertOk(await s.get(`/api/v1/orgs?${qs}`, token)).items;
}

// Every public record matching params (walks all pages).
export async function allPublic(s, params = {}) {
  const out = [];
  for (let page = 1; ; page++) {
    const qs = new URLSearchParams({ ...params, page: String(page), page_size: '100' }).toString();
    const r = assertOk(await s.get(`/api/v1/public/orgs?${qs}`));
    out.push(...r.items);
    if (r.items.length < 100) return { items: out, total: r.total };
  }
}

// The newest audit record's id (admin = ministry officer may read the log).
export async function auditHead(s, adminToken) {
  const r = assertOk(await s.get('/api/v1/audit?limit=1', adminToken));
  return r.items.length ? r.items[0].id : 0;
}

// What a write would change: the record's version, status, name and history length.
export async function orgSnapshot(s, adminToken, key) {
  const o = assertOk(await s.get(`/api/v1/orgs/${key}`, adminToken));
  return {
    version: o.version, status: o.status, name: o.name, history: o.history.length,
    persons: o.persons.length, findings: o.findings.length, address: o.address,
  };
}

let seq = 0;
// A name that is unique in the test run (names are unique per region).
export function uniqueName(stem = '测试协会') {
  seq += 1;
  const digits = '零一二三四五六七八九';
  const tag = String(Date.now() % 100000 * 100 + seq).split('').map((d) => digits[d]).join('');
  return `锡林浩特市${tag}${stem}`;
}

// GB 11643 resident ID with a valid check character.
export function makeId(area, birth /* YYYYMMDD */, seq3) {
  const s = area + birth + seq3;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * w[i];
  return s + '10X98765432'[sum % 11];
}

// A USCC whose position 17 and 18 are computed from DOMAIN §2.1 (for test data, not the implementation).
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function makeUscc(prefix8, orgBody8) {
  const v17 = (c) => (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55);
  const w17 = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += v17(orgBody8[i]) * w17[i];
  const r = 11 - (sum % 11);
  const c17 = r === 10 ? 'X' : r === 11 ? '0' : String(r);
  const first17 = prefix8 + orgBody8 + c17;
  const w18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let s18 = 0;
  for (let i = 0; i < 17; i++) s18 += ALPHABET.indexOf(first17[i]) * w18[i];
  return first17 + ALPHABET[(31 - (s18 % 31)) % 31];
}

export const ALL_DOCUMENTS = ['application', 'consent', 'charter', 'funds_proof', 'premises_proof', 'leaders', 'founders'];

export function applicationBody(region, overrides = {}) {
  return {
    name: uniqueName(), type: 'social_group', region_code: region, supervisory_unit: '锡林浩特市民政局',
    legal_rep: '王芳', address: '锡林浩特市团结路1号', business_scope: '行业服务', funds: 50000,
    individual_members: 60, ...overrides,
  };
}

// POST an action with the record's current version (read as `token`, default the acting token).
export async function act(s, token, key, action, body = {}, { readToken } = {}) {
  const cur = assertOk(await s.get(`/api/v1/orgs/${key}`, readToken ?? token));
  return s.post(`/api/v1/orgs/${key}/actions/${action}`, { version: cur.version, ...body }, token);
}

// Registers an organization through the whole founding workflow as `token` (an officer of the region);
// the consent is the supervisory unit's (DOMAIN §1): given by the national supervisory-unit account `unit`.
// Returns the approved record.
const unitTokens = new WeakMap();
export async function registerOrg(s, token, region, overrides = {}, { date } = {}) {
  const app = assertOk(await s.post('/api/v1/applications', applicationBody(region, overrides), token), 201);
  if (!unitTokens.has(s)) unitTokens.set(s, await s.login('unit'));
  let o = app;
  for (const [action, body] of [['consent', {}], ['accept', { documents: ALL_DOCUMENTS }], ['approve', {}]]) {
    const by = action === 'consent' ? unitTokens.get(s) : token;
    const on = date ? { date } : {};  // the steps' date (default today)
    o = assertOk(await s.post(`/api/v1/orgs/${o.id}/actions/${action}`, { version: o.version, ...on, ...body }, by));
  }
  assert.equal(o.status, 'active');
  return o;
}

// The supervisory unit's consent to a change (CHANGE-CONSENT), given by the national supervisory-unit account
// `unit` on `date` (default: the server's today) after a resolution of the same day; the officer's `change`
// then registers exactly these changes within 30 days. Returns the record after the consent (a filed community
// organization needs none: it is returned as it is).
export async function consentChange(s, key, changes, { date, resolution_on, charter_amendment } = {}) {
  if (!unitTokens.has(s)) unitTokens.set(s, await s.login('unit'));
  const unit = unitTokens.get(s);
  const cur = assertOk(await s.get(`/api/v1/orgs/${key}`, unit));
  if (cur.type === 'community') return cur;  // filed: no supervisory unit, no consent
  const body = { version: cur.version, changes, date, resolution_on: resolution_on ?? date ?? cur.today, charter_amendment };
  if (!body.resolution_on) body.resolution_on = (assertOk(await s.get('/api/v1/meta'))).today;
  return assertOk(await s.post(`/api/v1/orgs/${key}/actions/consent_change`, body, unit));
}

// Runs SQL directly against a test server's database (to simulate time passing or tampering).
export function sql(dbUrl, statement) {
  if (dbUrl.startsWith('sqlite:'))
    return execFileSync('sqlite3', [dbUrl.slice('sqlite:'.length), statement], { encoding: 'utf8' });
  return execFileSync('psql', [dbUrl, '-q', '-t', '-A', '-c', statement], { encoding: 'utf8' });
}
