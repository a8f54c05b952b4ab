// Issue #2 item 7: the fixed points other tools rely on, each checked against the register's own data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { assertError, assertOk, allPublic, makeUscc } from './helpers.mjs';

let s;
let admin;
before(async () => {
  s = await startServer({ orgs: 200 });
  admin = await s.login('admin');
});
after(async () => { await s?.stop(); });

test('GET /healthz → 200', async () => {
  assertOk(await s.get('/healthz'));
});

test('login returns a bearer token that authenticates', async () => {
  const r = await s.post('/api/v1/auth/login', { username: 'xlht', password: 'xlht-password' });
  const body = assertOk(r);
  assert.equal(typeof body.token, 'string');
  assert.ok(body.token.length >= 32);
  const me = assertOk(await s.get('/api/v1/me', body.token));
  assert.equal(me.username, 'xlht');
  assert.equal(me.role, 'county_officer');
  assert.equal(me.region_code, '152502');
  assertError(await s.post('/api/v1/auth/login', { username: 'xlht', password: 'wrong-password' }), 401);
  assertError(await s.post('/api/v1/auth/login', { username: 'nobody', password: 'whatever-pass' }), 401);
});

test('public search: shape, and q matches exactly the names containing it (2-character queries)', async () => {
  const all = await allPublic(s);
  assert.ok(all.total >= 150, `demo register too small: ${all.total}`);
  assert.equal(all.items.length, all.total);
  for (const it of all.items) {
    for (const k of ['uscc', 'name', 'type', 'status']) assert.ok(k in it, `item lacks ${k}`);
    assert.ok(['active', 'deregistered', 'revoked'].includes(it.status), it.status);
    assert.match(it.uscc, /^[0-9A-HJ-NPQRTUWXY]{18}$/);
  }
  for (const q of ['社工', '慈善', '协会', '基金', '服务中心', '会']) {
    const want = all.items.filter((it) => it.name.includes(q)).length;
    const got = await allPublic(s, { q });
    assert.equal(got.total, want, `q=${q}`);
    assert.equal(got.items.length, want, `q=${q}`);
    for (const it of got.items) assert.ok(it.name.includes(q), `${it.name} does not contain ${q}`);
  }
});

test('public search: several words each must occur in the name (锡林 协会), in any order', async () => {
  const all = await allPublic(s);
  for (const q of ['锡林 协会', '协会 锡林', '锡林郭勒　基金会', '市 服务中心', '社会 会']) {
    const words = q.split(/[\s\u3000]+/).filter(Boolean);
    const want = all.items.filter((it) => words.every((w) => it.name.includes(w)));
    const got = await allPublic(s, { q });
    assert.equal(got.total, want.length, `q=${q}`);
    assert.deepEqual(got.items.map((i) => i.uscc).sort(), want.map((i) => i.uscc).sort(), `q=${q}`);
  }
  const both = await allPublic(s, { q: '锡林 协会' });
  assert.ok(both.total > 0, 'the demo register has associations in 锡林浩特/锡林郭勒');
  assert.ok(both.total < (await allPublic(s, { q: '协会' })).total, 'the second word narrows the search');
});

test('public search: traditional-character input finds simplified names (社會 → 社会)', async () => {
  for (const [trad, simp] of [['社會', '社会'], ['協會', '协会'], ['慈善基金會', '慈善基金会']]) {
    const t = assertOk(await s.get(`/api/v1/public/orgs?q=${encodeURIComponent(trad)}&page_size=100`));
    const p = assertOk(await s.get(`/api/v1/public/orgs?q=${encodeURIComponent(simp)}&page_size=100`));
    assert.ok(p.total > 0, `no demo names contain ${simp}`);
    assert.equal(t.total, p.total, `${trad} vs ${simp}`);
    assert.deepEqual(t.items.map((i) => i.uscc), p.items.map((i) => i.uscc));
  }
});

test('public search: type, status and region filters and paging', async () => {
  const all = await allPublic(s);
  for (const type of ['social_group', 'social_service_agency', 'foundation', 'community']) {
    const r = await allPublic(s, { type });
    assert.equal(r.total, all.items.filter((i) => i.type === type).length, type);
    for (const it of r.items) assert.equal(it.type, type);
  }
  const active = await allPublic(s, { status: 'active' });
  assert.equal(active.total, all.items.filter((i) => i.status === 'active').length);
  for (const region of ['152500', '152502', '150000']) {
    const r = await allPublic(s, { region });
    const prefix = region.endsWith('0000') ? region.slice(0, 2) : region.endsWith('00') ? region.slice(0, 4) : region;
    assert.equal(r.total, all.items.filter((i) => i.region_code.startsWith(prefix)).length, region);
    for (const it of r.items) assert.ok(it.region_code.startsWith(prefix), `${it.region_code} outside ${region}`);
  }
  const beijing = await allPublic(s, { region: '110000' });
  assert.equal(beijing.total, 0);
  const p1 = assertOk(await s.get('/api/v1/public/orgs?page=1&page_size=7'));
  const p2 = assertOk(await s.get('/api/v1/public/orgs?page=2&page_size=7'));
  assert.equal(p1.items.length, 7);
  assert.equal(p2.items.length, 7);
  assert.equal(p1.total, p2.total);
  const overlap = p1.items.filter((a) => p2.items.some((b) => b.uscc === a.uscc));
  assert.equal(overlap.length, 0, 'pages overlap');
});

test('public record: history, and persons by name and role only', async () => {
  const { items } = await allPublic(s, { status: 'active', region: '152502' });
  assert.ok(items.length > 0);
  const code = items[0].uscc;
  const pubRes = await s.get(`/api/v1/public/orgs/${code}`);
  const pub = assertOk(pubRes);
  assert.equal(pub.uscc, code);
  assert.ok(Array.isArray(pub.history) && pub.history.length > 0, 'no history');
  for (const h of pub.history) {
    assert.ok(h.date && h.action, JSON.stringify(h));
    assert.ok(!('actor' in h) && !('reason' in h), `public history shows who/why: ${JSON.stringify(h)}`);
  }
  assert.ok(pub.persons.length > 0);
  for (const p of pub.persons) assert.deepEqual(Object.keys(p).filter((k) => !['name', 'role', 'role_label'].includes(k)), []);
  // The officer's record of the same organization has the ID numbers, phones and addresses…
  const full = assertOk(await s.get(`/api/v1/orgs/${code}`, admin));
  const secrets = full.persons.flatMap((p) => [p.id_number, p.phone, p.address]).filter((v) => v && v.length >= 6);
  assert.ok(secrets.length > 0, 'demo persons carry no personal data to protect');
  // …and none of them appears anywhere in the public JSON (DOMAIN §21).
  for (const v of secrets) assert.ok(!pubRes.text.includes(v), `public record leaks ${v}`);
  for (const k of ['id_number', 'phone', 'findings', 'version', 'application']) assert.ok(!pubRes.text.includes(`"${k}"`), k);
  // Lower case and spaces are normalised in the path as on the check endpoint.
  assertOk(await s.get(`/api/v1/public/orgs/${code.toLowerCase()}`));
});

test('public record: unknown code 404, malformed code 400 naming uscc', async () => {
  assertError(await s.get(`/api/v1/public/orgs/${makeUscc('51152502', 'MA0ZZZZ1'.replace(/Z/g, '9'))}`), 404);
  assertError(await s.get('/api/v1/public/orgs/53100000500019795B'), 400, { field: 'uscc' });
  assertError(await s.get('/api/v1/public/orgs/123'), 400, { field: 'uscc' });
});

test('GET /check/uscc/{code}', async () => {
  for (const code of ['53100000500019795A', '51100000500002862F', '51310110501144395U', '51310110501144395u']) {
    const r = assertOk(await s.get(`/api/v1/check/uscc/${code}`));
    assert.equal(r.valid, true, code);
    assert.deepEqual(r.errors, []);
  }
  const bad = assertOk(await s.get('/api/v1/check/uscc/53100000500019795B'));
  assert.equal(bad.valid, false);
  assert.ok(bad.errors.length >= 1);
  assert.equal(bad.errors[0].position, 18);
  const letter = assertOk(await s.get('/api/v1/check/uscc/5310000050001979OA'));
  assert.equal(letter.valid, false);
  assert.equal(letter.errors[0].position, 17);
  const short = assertOk(await s.get('/api/v1/check/uscc/5310'));
  assert.equal(short.valid, false);
});

test('GET /public/stats?region= counts active organizations of the subtree', async () => {
  const all = await allPublic(s, { status: 'active' });
  for (const region of ['150000', '152500', '152502']) {
    const st = assertOk(await s.get(`/api/v1/public/stats?region=${region}`));
    for (const k of ['total', 'by_type', 'by_level', 'by_status']) assert.ok(k in st, k);
    const prefix = region.endsWith('0000') ? region.slice(0, 2) : region.endsWith('00') ? region.slice(0, 4) : region;
    const mine = all.items.filter((i) => i.region_code.startsWith(prefix));
    assert.equal(st.total, mine.length, region);
    const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
    assert.equal(sum(st.by_type), st.total);
    assert.equal(sum(st.by_level), st.total);
    for (const type of ['social_group', 'social_service_agency', 'foundation', 'community'])
      assert.equal(st.by_type[type] ?? 0, mine.filter((i) => i.type === type).length, `${region} ${type}`);
    assert.equal(st.by_status.active, st.total);
  }
  assertError(await s.get('/api/v1/public/stats?region=999999'), 400, { field: 'region' });
});

test('GET /orgs/{uscc}: 200 in jurisdiction, 403 outside, 401 without a token', async () => {
  const { items } = await allPublic(s, { status: 'active', region: '152502' });
  const code = items[0].uscc;
  const full = assertOk(await s.get(`/api/v1/orgs/${code}`, admin));
  assert.equal(full.uscc, code);
  assert.equal(typeof full.version, 'number');
  assertOk(await s.get(`/api/v1/orgs/${code}`, await s.login('xlht')));
  assertError(await s.get(`/api/v1/orgs/${code}`, await s.login('bj')), 403);
  assertError(await s.get(`/api/v1/orgs/${code}`), 401);
});

test('the OpenAPI document is served and describes the fixed points', async () => {
  const doc = assertOk(await s.get('/api/v1/openapi.json'));
  assert.match(doc.openapi, /^3\./);
  for (const p of ['/api/v1/auth/login', '/api/v1/public/orgs', '/api/v1/public/orgs/{uscc}', '/api/v1/check/uscc/{code}',
    '/api/v1/public/stats', '/api/v1/orgs/{key}']) {
    assert.ok(doc.paths[p], `openapi lacks ${p}: ${Object.keys(doc.paths).join(' ')}`);
  }
});

test('an unknown API path is a JSON 404', async () => {
  assertError(await s.get('/api/v1/no-such-thing'), 404);
});

test('search text is text: FTS syntax, SQL and odd characters never fail', async () => {
  for (const q of ['"', '""', '*', '社*', 'AND', 'OR 1=1', 'NEAR(a b)', "'; DROP TABLE orgs; --", '%', '_', '\\', '社会"组织',
    '(', '^协会', '-', '协会 OR 商会', '🙂', 'ＡＢＣ', '\u0000']) {
    const r = await s.get(`/api/v1/public/orgs?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200, `q=${JSON.stringify(q)}: ${r.status} ${r.text.slice(0, 200)}`);
    assert.ok(Array.isArray(r.json.items));
    for (const it of r.json.items) assert.ok(typeof it.name === 'string');
  }
  // Punctuation inside the query is ignored like in the index.
  const plain = assertOk(await s.get(`/api/v1/public/orgs?q=${encodeURIComponent('协会')}`));
  const punct = assertOk(await s.get(`/api/v1/public/orgs?q=${encodeURIComponent('“协会”')}`));
  assert.equal(punct.total, plain.total);
});
