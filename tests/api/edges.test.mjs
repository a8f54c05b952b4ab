// Issue #14 item 3, input edges: every oversized or garbage request gets its 4xx status and the JSON error
// before the connection closes (raw sockets), path parameters are decoded once and validated, integers
// are range-checked before narrowing, control characters in text are refused with the field, permission
// is checked before the body, and login throttling cannot lock an account's owner out. Each case checks
// the status, the error body and that nothing changed.
import { test, before, after } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import net from 'node:net';
import http from 'node:http';
import { startServer } from '../lib/server.mjs';
import { assertError, assertOk, applicationBody, auditHead } from './helpers.mjs';

const TODAY = '2025-07-01';
let s, admin, xlht, auditor, reviewer, org;

before(async () => {
  s = await startServer({ orgs: 150, env: { SOCORG_TODAY: TODAY } });
  [admin, xlht, auditor, reviewer] = await Promise.all(['admin', 'xlht', 'auditor', 'reviewer'].map((u) => s.login(u)));
  const r = assertOk(await s.get('/api/v1/orgs?region=152502&status=active&page_size=50', xlht));
  org = r.items.find((o) => o.uscc && o.type !== 'community' && o.registered_on && o.registered_on <= '2024-06-30');
  assert.ok(org, 'an active registered organization in 152502');
});
after(async () => { await s?.stop(); });

// What a refused request must leave as it was: the register's size, the audit log, the org's reports.
async function state() {
  return {
    orgs: assertOk(await s.get('/api/v1/orgs?page_size=1', admin)).total,
    audit: await auditHead(s, admin),
    reports: assertOk(await s.get(`/api/v1/orgs/${org.uscc}/annual-reports`, xlht)).reports?.length ?? null,
  };
}

// Sends `bytes` on a fresh connection (optionally a function that writes more), reads until the server
// closes, and parses the one or more responses it sent.
function rawExchange(write, { timeoutMs = 15000 } = {}) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(s.port, '127.0.0.1');
    const chunks = [];
    let done = false;
    const finish = (how) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ responses: parseResponses(Buffer.concat(chunks).toString('latin1')), how });
    };
    const timer = setTimeout(() => { done = true; sock.destroy(); reject(new Error('no close within timeout')); }, timeoutMs);
    sock.on('data', (d) => chunks.push(d));
    sock.on('end', () => finish('end'));
    sock.on('close', () => finish('close'));
    sock.on('error', () => {});  // the server may stop reading a huge body; what it answered is what counts
    sock.on('connect', () => (typeof write === 'function' ? write(sock) : sock.write(write)));
  });
}

function parseResponses(text) {
  const out = [];
  let rest = text;
  while (rest.length) {
    const head = rest.indexOf('\r\n\r\n');
    if (head < 0) break;
    const lines = rest.slice(0, head).split('\r\n');
    const status = Number(lines[0].split(' ')[1]);
    const headers = {};
    for (const l of lines.slice(1)) { const i = l.indexOf(':'); headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim(); }
    const len = Number(headers['content-length'] ?? 0);
    const body = Buffer.from(rest.slice(head + 4, head + 4 + len), 'latin1').toString('utf8');
    let json;
    try { json = JSON.parse(body); } catch { json = undefined; }
    out.push({ status, headers, text: body, json });
    rest = rest.slice(head + 4 + len);
  }
  return out;
}

const appHead = (extra = '') =>
  `POST /api/v1/applications HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${admin}\r\nContent-Type: application/json\r\n${extra}`;

async function expectRefusedOnTheWire(name, write, status, code, field) {
  const before1 = await state();
  const { responses } = await rawExchange(write);
  assert.equal(responses.length, 1, `${name}: one response before the close, got ${responses.length}`);
  const r = responses[0];
  assertError(r, status, { code, field });
  assert.equal(r.headers.connection, 'close', name);
  assert.match(r.headers['content-type'], /^application\/json/, name);
  assert.deepEqual(await state(), before1, `${name}: something changed`);
}

test('oversized and garbage requests get 413/414/431/400 with the JSON error before the connection closes', async () => {
  const MiB = 1024 * 1024;
  // A body announced by Content-Length only: refused before a byte of it is sent.
  await expectRefusedOnTheWire('announced 100 MB', appHead('Content-Length: 104857600\r\n\r\n'), 413, 'body_too_large', 'body');
  await expectRefusedOnTheWire('announced 2 MiB', appHead(`Content-Length: ${2 * MiB}\r\n\r\n`), 413, 'body_too_large', 'body');
  // A body that is really sent, larger than RESTinio's own 16 MB limit (which used to drop the connection).
  const big = Buffer.alloc(20 * MiB, 'x');
  await expectRefusedOnTheWire('sent 20 MB', (sock) => { sock.write(appHead(`Content-Length: ${big.length}\r\n\r\n`)); sock.write(big); },
    413, 'body_too_large', 'body');
  // Chunked, with no length announced.
  await expectRefusedOnTheWire('chunked 2 MiB', (sock) => {
    sock.write(appHead('Transfer-Encoding: chunked\r\n\r\n'));
    for (let i = 0; i < 4; i++) sock.write(`80000\r\n${'y'.repeat(0x80000)}\r\n`);
    sock.write('0\r\n\r\n');
  }, 413, 'body_too_large', 'body');
  // URL over 8 KB (and over RESTinio's own limit).
  for (const n of [9 * 1024, 40 * 1024])
    await expectRefusedOnTheWire(`URL ${n}`, `GET /api/v1/public/orgs?q=${'a'.repeat(n)} HTTP/1.1\r\nHost: x\r\n\r\n`, 414, 'url_too_long', 'url');
  // A 100 KB header, a header name over 1 KB, and 150 header fields.
  await expectRefusedOnTheWire('100 KB header', `GET /healthz HTTP/1.1\r\nX-Big: ${'v'.repeat(100 * 1024)}\r\n\r\n`, 431, 'header_too_large', 'headers');
  await expectRefusedOnTheWire('long header name', `GET /healthz HTTP/1.1\r\n${'N'.repeat(2000)}: 1\r\n\r\n`, 431, 'header_too_large', 'headers');
  let many = 'GET /healthz HTTP/1.1\r\n';
  for (let i = 0; i < 150; i++) many += `X-H${i}: ${i}\r\n`;
  await expectRefusedOnTheWire('150 headers', `${many}\r\n`, 431, 'too_many_headers', 'headers');
  // Not HTTP.
  for (const [name, bytes] of [
    ['garbage request line', 'HELLO WORLD\r\n\r\n'],
    ['binary', '\u0000\u0001\u0002\u0003\r\n\r\n'],
    ['bad version', 'GET / HTTP/9\r\n\r\n'],
    ['space in the target', 'GET /a b c HTTP/1.1\r\n\r\n'],
    ['header without colon', 'GET /healthz HTTP/1.1\r\nNoColonHere\r\n\r\n'],
    ['bad Content-Length', `${appHead('Content-Length: 12abc\r\n\r\n')}{}`],
    ['two Content-Lengths', `${appHead('Content-Length: 2\r\nContent-Length: 3\r\n\r\n')}{}`],
  ])
    await expectRefusedOnTheWire(name, bytes, 400, 'malformed_request', null);
});

test('a refused request after a good one on the same connection: the good one is answered first', async () => {
  const { responses } = await rawExchange((sock) => {
    sock.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    setTimeout(() => sock.write('GARBAGE\r\n\r\n'), 200);
  });
  assert.equal(responses.length, 2, JSON.stringify(responses));
  assert.equal(responses[0].status, 200);
  assert.deepEqual(responses[0].json, { status: 'ok' });
  assertError(responses[1], 400, { code: 'malformed_request' });
});

test('limits are not refused at the limit: 100 headers and a 1 MiB body are read', async () => {
  let hundred = 'GET /healthz HTTP/1.1\r\nConnection: close\r\n';
  for (let i = 0; i < 99; i++) hundred += `X-H${i}: ${i}\r\n`;
  const a = await rawExchange(`${hundred}\r\n`);
  assert.equal(a.responses[0]?.status, 200);
  const body = JSON.stringify({ username: 'x'.repeat(1024 * 1024 - 40), password: 'y' });
  assert.ok(body.length <= 1024 * 1024);
  const r = await s.request('POST', '/api/v1/auth/login', { raw: body, headers: { 'content-type': 'application/json' } });
  assert.notEqual(r.status, 413);
});

test('path parameters are percent-decoded once and validated', async () => {
  // "%20…%20" is the code with a space on each side: 20 characters, not 24 escaped ones.
  const spaced = assertOk(await s.get('/api/v1/check/uscc/%2053100000500021326d%20'));
  const plain = assertOk(await s.get('/api/v1/check/uscc/53100000500021326D'));
  assert.equal(spaced.normalized, plain.normalized);
  assert.equal(spaced.valid, plain.valid);
  const escaped = assertOk(await s.get('/api/v1/check/uscc/%35%33100000500021326D'));
  assert.deepEqual(escaped, plain, 'an escaped digit is the digit');
  // The organization found through an escaped key is the same one.
  const key = org.uscc.split('').map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
  assert.equal(assertOk(await s.get(`/api/v1/orgs/${key}`, xlht)).uscc, org.uscc);
  const before1 = await state();  // (an officer's view of a record is audited)
  // Decoded once only: %2541 is "%41", not "A".
  assertError(await s.get('/api/v1/orgs/%2541', admin), 404);
  for (const [p, field, token] of [
    ['/api/v1/check/uscc/%00', 'code'],
    ['/api/v1/check/uscc/abc%0A', 'code'],
    ['/api/v1/regions/%1F', 'code'],
    ['/api/v1/orgs/%7F', 'key', admin],
    [`/api/v1/orgs/${org.uscc}%00/annual-reports`, 'key', xlht],
  ]) {
    const r = await s.get(p, token);
    try {
      assertError(r, 400, { code: 'invalid_path_parameter', field });
    } catch (e) {
      throw new Error(`${p}: ${e.message}`);
    }
  }
  // Escapes that are not UTF-8 are refused by the router before any route (the whole path is named).
  for (const p of ['/api/v1/regions/%FF', '/api/v1/orgs/%C0%AF'])
    assertError(await s.get(p, admin), 400, { code: 'malformed_path', field: 'path' });
  assertError(await s.post(`/api/v1/orgs/${org.uscc}/annual-reports/%002024/opinion`, { opinion: 'x' }, reviewer), 400,
    { code: 'invalid_path_parameter', field: 'year' });
  // A year in the path that would wrap to 2024 as an int is no year.
  assertError(await s.post(`/api/v1/orgs/${org.uscc}/annual-reports/4294969320/conclusion`, { conclusion: 'qualified' }, xlht), 404);
  assert.deepEqual(await state(), before1);
});

test('control characters in text are refused with the field, nothing is stored', async () => {
  const o = assertOk(await s.get(`/api/v1/orgs/${org.uscc}`, xlht));
  const before1 = await state();
  const complaintsBefore = assertOk(await s.get('/api/v1/complaints?page_size=100', xlht)).items.length;
  const cases = [
    ['application name with NUL', () => s.post('/api/v1/applications', applicationBody('152502', { name: '锡林浩特市\u0000测试协会' }), admin), 'name'],
    ['application address with ESC', () => s.post('/api/v1/applications', applicationBody('152502', { address: '团结路\u001b[31m1号' }), admin), 'address'],
    ['complaint content with NUL', () => s.post('/api/v1/public/complaints', { target_name: '某某促进会', act_region: '152502', content: '收费\u0000' }), 'content'],
    ['complaint target with DEL', () => s.post('/api/v1/public/complaints', { target_name: '某某\u007f促进会', act_region: '152502', content: '收费' }), 'target_name'],
    ['change name with NUL', () => s.post(`/api/v1/orgs/${org.uscc}/actions/change`, { version: o.version, changes: { name: `${o.name}\u0000` } }, xlht), 'changes.name'],
    ['person name with NUL', () => s.post(`/api/v1/orgs/${org.uscc}/persons`, { name: '张\u0000伟', id_number: '110105194912310021', roles: ['director'] }, xlht), 'name'],
    ['step officers[0].name', () => s.post('/api/v1/illegal-cases/1/steps', { step: 'investigate', content: 'x', officers: [{ name: 'a\u0001' }] }, xlht), 'officers[0].name'],
  ];
  for (const [name, send, field] of cases) {
    const r = await send();
    assertError(r, 400, { code: 'control_character', field });
    assert.match(r.json.error.message_en, /U\+00/, name);
  }
  // Tab, line feed and carriage return are text.
  assert.equal(assertOk(await s.get('/api/v1/complaints?page_size=100', xlht)).items.length, complaintsBefore);
  assert.deepEqual(await state(), before1);
});

test('integers are range-checked before narrowing; amounts have bounds', async () => {
  const o = assertOk(await s.get(`/api/v1/orgs/${org.uscc}`, xlht));
  const before1 = await state();
  const raw = (p, text, token) => s.request('POST', p, { raw: text, token, headers: { 'content-type': 'application/json' } });
  const report = `/api/v1/orgs/${org.uscc}/annual-reports`;
  const cases = [
    // 4294969320 = 2^32 + 2024: it used to be truncated to 2024 and file a real 2024 report.
    ['year 2^32+2024', () => raw(report, '{"year":4294969320,"filed_on":"2025-05-20"}', xlht), 'year'],
    ['year 2^64-1', () => raw(report, '{"year":18446744073709551615,"filed_on":"2025-05-20"}', xlht), 'year'],
    ['year -2^63', () => raw(report, '{"year":-9223372036854775808,"filed_on":"2025-05-20"}', xlht), 'year'],
    ['negative income', () => raw(report, '{"year":2024,"filed_on":"2025-05-20","total_income":-1}', xlht), 'total_income'],
    ['negative expenditure', () => raw(report, '{"year":2024,"filed_on":"2025-05-20","total_expenditure":-5}', xlht), 'total_expenditure'],
    ['net assets -2^63', () => raw(report, '{"year":2024,"filed_on":"2025-05-20","net_assets":-9223372036854775808}', xlht), 'net_assets'],
    ['income over 10^12', () => raw(report, '{"year":2024,"filed_on":"2025-05-20","total_income":1000000000001}', xlht), 'total_income'],
    ['fine 2^63', () => raw(`/api/v1/orgs/${org.uscc}/penalties`, '{"kind":"fine","decided_on":"2025-06-01","amount":9223372036854775808,"decision_no":"X","basis":"条例"}', xlht), 'amount'],
    ['fine over 10^12', () => raw(`/api/v1/orgs/${org.uscc}/penalties`, '{"kind":"fine","decided_on":"2025-06-01","amount":1000000000001,"decision_no":"X","basis":"条例"}', xlht), 'amount'],
    // 2^32 + 60 members used to be stored as 60.
    ['members 2^32+60', () => s.post('/api/v1/applications', applicationBody('152502', { individual_members: 4294967356 }), admin), 'individual_members'],
    ['funds 2^64', () => raw('/api/v1/applications', JSON.stringify(applicationBody('152502')).replace('"funds":50000', '"funds":18446744073709551616'), admin), 'funds'],
    ['change funds 2^63', () => raw(`/api/v1/orgs/${org.uscc}/actions/change`, `{"version":${o.version},"changes":{"funds":9223372036854775808}}`, xlht), 'changes.funds'],
    ['plan permille 2^32+10', () => raw('/api/v1/inspection-plans', '{"region":"152502","year":2025,"permille":4294967306}', xlht), 'permille'],
    ['rating round year', () => raw('/api/v1/rating-rounds', '{"region":"152502","year":4294969321,"name":"x"}', xlht), 'year'],
  ];
  for (const [name, send, field] of cases) {
    const r = await send();
    try {
      assertError(r, 400, { field });
    } catch (e) {
      throw new Error(`${name}: ${e.message}`);
    }
  }
  assert.deepEqual(await state(), before1);
});

test('permission is checked before the body: an unauthorised caller learns nothing of the schema', async () => {
  const before1 = await state();
  const garbage = (p, token) => s.request('POST', p, { raw: '{"year":"not a year", "x":', token, headers: { 'content-type': 'application/json' } });
  for (const [p, token] of [
    ['/api/v1/applications', auditor],
    [`/api/v1/orgs/${org.uscc}/actions/change`, auditor],
    [`/api/v1/orgs/${org.uscc}/persons`, auditor],
    [`/api/v1/orgs/${org.uscc}/annual-reports`, auditor],
    [`/api/v1/orgs/${org.uscc}/annual-reports`, reviewer],
    [`/api/v1/orgs/${org.uscc}/penalties`, reviewer],
    [`/api/v1/orgs/${org.uscc}/annual-reports/2024/conclusion`, reviewer],
    [`/api/v1/orgs/${org.uscc}/annual-reports/2024/opinion`, xlht],
    ['/api/v1/inspection-plans', reviewer],
    ['/api/v1/illegal-cases', auditor],
    ['/api/v1/rating-rounds', reviewer],
    ['/api/v1/jobs/run', auditor],
    ['/api/v1/jobs/simulate', reviewer],
    ['/api/v1/applications', reviewer],
    [`/api/v1/orgs/${org.uscc}/actions/change`, reviewer],
    [`/api/v1/orgs/${org.uscc}/persons`, reviewer],
  ]) {
    try {
      // The supervisory unit's own acts name the segregation of duties; every other refusal is plain.
      assertError(await garbage(p, token), 403, { code: p.endsWith('/opinion') ? 'supervisory_unit_only' : 'forbidden' });
    } catch (e) {
      throw new Error(`${p}: ${e.message}`);
    }
  }
  // No token is still 401, and a permitted caller gets the schema error.
  assertError(await garbage(`/api/v1/orgs/${org.uscc}/penalties`), 401);
  assertError(await garbage(`/api/v1/orgs/${org.uscc}/penalties`, xlht), 400, { field: 'body' });
  assert.deepEqual(await state(), before1);
});

// A login from a given local address (the whole of 127/8 is loopback on Linux).
function loginFrom(localAddress, username, password) {
  return postFrom(s, localAddress, '/api/v1/auth/login', { username, password });
}

// A POST from a given source address (127.0.0.0/8 are all local), without a token.
function postFrom(server, localAddress, path, payload) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(payload);
    const req = http.request({
      host: '127.0.0.1', port: server.port, localAddress, method: 'POST', path,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => { let json; try { json = JSON.parse(text); } catch { json = undefined; } resolve({ status: res.statusCode, text, json }); });
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('login throttling is by source and account: a stranger cannot lock the owner out', async () => {
  const head = await auditHead(s, admin);
  for (let i = 0; i < 5; i++) assertError(await loginFrom('127.0.0.2', 'xlgl', 'wrong-password'), 401, { code: 'bad_credentials' });
  // The stranger's address is throttled for that account, even with the right password…
  assertError(await loginFrom('127.0.0.2', 'xlgl', 'xlgl-password'), 429, { code: 'too_many_attempts' });
  // …but the owner, from another address, signs in.
  const ok = await loginFrom('127.0.0.1', 'xlgl', 'xlgl-password');
  assert.equal(ok.status, 200, ok.text);
  assert.ok(ok.json.token);
  // And the stranger's address is not throttled for other accounts.
  assert.equal((await loginFrom('127.0.0.2', 'nmg', 'nmg-password')).status, 200);
  assert.equal(await auditHead(s, admin) - head, 2, 'two logins audited, the failures changed nothing');
});

test('anonymous public submissions are limited per source address and hour (public_submissions_per_hour)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socorg-limit-'));
  const config = path.join(dir, 'socorg.json');
  writeFileSync(config, JSON.stringify({ public_submissions_per_hour: 3 }));
  const p = await startServer({ orgs: 20, env: { SOCORG_TODAY: TODAY, SERVE_ARGS: ['--config', config] } });
  try {
    const officer = await p.login('xlht');
    const complaint = (n) => ({ target_name: `某某协会${n}`, act_region: '152502', content: '未经登记以社会组织名义活动' });
    const count = async () => assertOk(await p.get('/api/v1/complaints?region=152502&page_size=100', officer)).items.length;
    const before = await count();
    // A refused (invalid) submission does not use up the allowance.
    assertError(await postFrom(p, '127.0.0.3', '/api/v1/public/complaints', { target_name: 'x', content: 'y' }), 400, { field: 'act_region' });
    for (let i = 0; i < 3; i++) assert.equal((await postFrom(p, '127.0.0.3', '/api/v1/public/complaints', complaint(i))).status, 201);
    const head = await auditHead(p, await p.login('admin'));
    assertError(await postFrom(p, '127.0.0.3', '/api/v1/public/complaints', complaint(3)), 429, { code: 'too_many_submissions' });
    assert.equal(await count(), before + 3, 'the fourth complaint is not stored');
    assert.equal(await auditHead(p, await p.login('admin')), head + 1, 'nothing but the admin login audited');
    // Another address is not affected.
    assert.equal((await postFrom(p, '127.0.0.4', '/api/v1/public/complaints', complaint(4))).status, 201);
    // The limit is in force on the rules endpoint.
    assert.equal(assertOk(await p.get("/api/v1/rules/config", officer)).config.public_submissions_per_hour, 3);
  } finally {
    await p.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
