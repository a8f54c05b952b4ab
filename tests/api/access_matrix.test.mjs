// Issue #2 item 10: role × endpoint × inside/outside jurisdiction, with the exact status each must get.
// Jurisdiction is a region subtree (issue #2 item 6); an organization account sees only itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { assertOk, searchRegister, applicationBody, registerOrg, act, makeId, consentChange } from './helpers.mjs';

// dangjian / dangjian_bj: party work departments (party_officer, #16) of 锡林郭勒盟 152500 and 北京市 110000.
const ROLES = ['admin', 'nmg', 'xlgl', 'xlht', 'bj', 'reviewer', 'auditor', 'dangjian', 'dangjian_bj', 'orgacct', 'anon'];
let s;
const tok = {};
const T = {};  // targets

before(async () => {
  s = await startServer({ orgs: 150 });
  for (const u of ['admin', 'nmg', 'xlgl', 'xlht', 'bj', 'reviewer', 'auditor', 'dangjian', 'dangjian_bj']) tok[u] = await s.login(u);
  // T1: an active organization registered in 锡林浩特市 152502.
  const county = (await searchRegister(s, tok.admin, { region: '152502', status: 'active' }))
    .filter((o) => o.region_code === '152502');
  assert.ok(county.length >= 1, 'demo has no active org in 152502');
  T.county = county[0];
  // T2: active, in 锡林郭勒盟 but not in 152502.
  T.otherCounty = (await searchRegister(s, tok.admin, { region: '152500', status: 'active' }))
    .find((o) => o.region_code !== '152502' && o.region_code !== '152500');
  assert.ok(T.otherCounty, 'demo has no active org elsewhere in 152500');
  // T3: registered by the province itself; T4: registered in 北京市朝阳区 (outside 内蒙古).
  T.province = await registerOrg(s, tok.admin, '150000');
  T.beijing = await registerOrg(s, tok.admin, '110105');
  // Applications awaiting consent, inside and outside the reviewer's region.
  T.appCounty = assertOk(await s.post('/api/v1/applications', applicationBody('152502'), tok.admin), 201);
  T.appBeijing = assertOk(await s.post('/api/v1/applications', applicationBody('110105'), tok.admin), 201);
  // An organization account for T1.
  s.cli(['user', 'add', '--username', 'orgacct', '--password', 'orgacct-password', '--role', 'org_account',
    '--org', T.county.uscc]);
  tok.orgacct = await s.login('orgacct');
  tok.anon = undefined;
});
after(async () => { await s?.stop(); });

// Runs `request(token)` for every role and compares with `want[role]`; reports every mismatch at once.
async function matrix(label, want, request) {
  const wrong = [];
  for (const role of ROLES) {
    if (want[role] === undefined) continue;
    const r = await request(tok[role], role);
    if (r.status !== want[role]) wrong.push(`${label} as ${role}: want ${want[role]}, got ${r.status} ${r.text.slice(0, 160)}`);
    else if (r.status >= 400) {
      assert.ok(r.json?.error?.code, `${label} as ${role}: error body ${r.text.slice(0, 160)}`);
    }
  }
  assert.deepEqual(wrong, []);
}

// Expected status by role, written out for each kind of target.
const officersIn = (inside, ok = 200) => Object.fromEntries(ROLES.map((r) => [r, r === 'anon' ? 401 : inside.includes(r) ? ok : 403]));

test('GET /orgs/{key}', async () => {
  // The party work department reads the register of its region (masked personal data, #13 item 10).
  await matrix('T1 county 152502', officersIn(['admin', 'nmg', 'xlgl', 'xlht', 'reviewer', 'auditor', 'dangjian', 'orgacct']),
    (t) => s.get(`/api/v1/orgs/${T.county.uscc}`, t));
  await matrix('T1 by numeric id', officersIn(['admin', 'nmg', 'xlgl', 'xlht', 'reviewer', 'auditor', 'dangjian', 'orgacct']),
    (t) => s.get(`/api/v1/orgs/${T.county.id}`, t));
  await matrix('T2 other county', officersIn(['admin', 'nmg', 'xlgl', 'reviewer', 'auditor', 'dangjian']),
    (t) => s.get(`/api/v1/orgs/${T.otherCounty.uscc}`, t));
  await matrix('T3 province', officersIn(['admin', 'nmg', 'reviewer', 'auditor']),
    (t) => s.get(`/api/v1/orgs/${T.province.uscc}`, t));
  await matrix('T4 beijing', officersIn(['admin', 'bj', 'dangjian_bj']), (t) => s.get(`/api/v1/orgs/${T.beijing.uscc}`, t));
  await matrix('application in 152502', officersIn(['admin', 'nmg', 'xlgl', 'xlht', 'reviewer', 'auditor', 'dangjian']),
    (t) => s.get(`/api/v1/orgs/${T.appCounty.id}`, t));
});

test('GET /orgs (register search) with region', async () => {
  const all = ['admin', 'nmg', 'xlgl', 'xlht', 'bj', 'reviewer', 'auditor', 'dangjian', 'dangjian_bj'];
  await matrix('no region', officersIn(all), (t) => s.get('/api/v1/orgs?page_size=5', t));
  await matrix('region 152502', officersIn(['admin', 'nmg', 'xlgl', 'xlht', 'reviewer', 'auditor', 'dangjian']),
    (t) => s.get('/api/v1/orgs?region=152502', t));
  await matrix('region 152500', officersIn(['admin', 'nmg', 'xlgl', 'reviewer', 'auditor', 'dangjian']),
    (t) => s.get('/api/v1/orgs?region=152500', t));
  await matrix('region 150000', officersIn(['admin', 'nmg', 'reviewer', 'auditor']),
    (t) => s.get('/api/v1/orgs?region=150000', t));
  await matrix('region 110000', officersIn(['admin', 'bj', 'dangjian_bj']), (t) => s.get('/api/v1/orgs?region=110000', t));
  await matrix('region 100000', officersIn(['admin']), (t) => s.get('/api/v1/orgs?region=100000', t));
});

test('register search without a region stays inside the jurisdiction', async () => {
  const region = { admin: '100000', nmg: '150000', xlgl: '152500', xlht: '152502', bj: '110000', reviewer: '150000', auditor: '150000' };
  for (const [u, root] of Object.entries(region)) {
    const r = assertOk(await s.get('/api/v1/orgs?page_size=100', tok[u]));
    const prefix = root === '100000' ? '' : root.endsWith('0000') ? root.slice(0, 2) : root.endsWith('00') ? root.slice(0, 4) : root;
    for (const it of r.items) assert.ok(it.region_code.startsWith(prefix), `${u} sees ${it.region_code}`);
    if (u === 'bj') {
      const ids = r.items.map((i) => i.id).sort();
      assert.deepEqual(ids, [T.beijing.id, T.appBeijing.id].sort(), 'bj sees exactly the two Beijing records');
    }
    if (u === 'admin') assert.ok(r.items.some((i) => i.region_code === '110105'));
  }
});

test('POST /orgs/{key}/actions/change', async () => {
  let n = 0;
  // Each attempt on the supervisory unit's consent to exactly that change (CHANGE-CONSENT).
  const change = (key) => async (t, role) => {
    const changes = { address: `锡林浩特市测试路${++n}号` };
    await consentChange(s, key, changes);
    return act(s, t, key, 'change', { changes }, { readToken: tok.admin });
  };
  await matrix('change T1', officersIn(['admin', 'nmg', 'xlgl', 'xlht']), change(T.county.uscc));
  await matrix('change T2', officersIn(['admin', 'nmg', 'xlgl']), change(T.otherCounty.uscc));
  await matrix('change T3', officersIn(['admin', 'nmg']), change(T.province.uscc));
  await matrix('change T4', officersIn(['admin', 'bj']), change(T.beijing.uscc));
});

test('POST actions: consent is the supervisory reviewer\'s; an org account files only its own election', async () => {
  const consent = (key) => (t) => act(s, t, key, 'consent', {}, { readToken: tok.admin });
  await matrix('consent outside', { reviewer: 403, nmg: 403, xlht: 403, auditor: 403, orgacct: 403, anon: 401 },
    consent(T.appBeijing.id));
  // #13 item 9: the registration authority's officers may not record the supervisory unit's consent, even
  // inside their jurisdiction (segregation of duties, DOMAIN §1).
  await matrix('consent inside, not allowed',
    { admin: 403, nmg: 403, xlgl: 403, xlht: 403, bj: 403, auditor: 403, orgacct: 403, anon: 401 },
    consent(T.appCounty.id));
  const byOfficer = await consent(T.appCounty.id)(tok.xlht);
  assert.equal(byOfficer.json.error.code, 'supervisory_unit_only');
  await matrix('consent inside', { reviewer: 200 }, consent(T.appCounty.id));
  await matrix('reviewer cannot decide', { reviewer: 403 },
    (t) => act(s, t, T.county.uscc, 'revoke', { reason: '测试' }, { readToken: tok.admin }));
  await matrix('auditor is read-only', { auditor: 403 },
    (t) => act(s, t, T.county.uscc, 'file_election', {}, { readToken: tok.admin }));
  await matrix('own election', { orgacct: 200 },
    (t) => act(s, t, T.county.uscc, 'file_election', {}, { readToken: tok.admin }));
  await matrix('other org election', { orgacct: 403 },
    (t) => act(s, t, T.otherCounty.uscc, 'file_election', {}, { readToken: tok.admin }));
  await matrix('org account cannot change its record', { orgacct: 403 },
    (t) => act(s, t, T.county.uscc, 'change', { changes: { address: '别处' } }, { readToken: tok.admin }));
  await matrix('an action without a token', { anon: 401 },
    (t) => s.post(`/api/v1/orgs/${T.county.uscc}/actions/change`, { version: 1 }, t));
});

test('POST /orgs/{key}/persons', async () => {
  let n = 100;
  const person = (key) => (t) => s.post(`/api/v1/orgs/${key}/persons`, {
    name: '张伟', id_number: makeId('152502', '19800101', String(++n)), roles: ['director'], civil_servant: false,
  }, t);
  // org accounts: see the report — DOMAIN §1 says an organization reports its leaders; not asserted for its own record.
  await matrix('person T1', { ...officersIn(['admin', 'nmg', 'xlgl', 'xlht'], 201), orgacct: undefined }, person(T.county.uscc));
  await matrix('person T2', officersIn(['admin', 'nmg', 'xlgl'], 201), person(T.otherCounty.uscc));
  await matrix('person T4', officersIn(['admin', 'bj'], 201), person(T.beijing.uscc));
});

test('POST /applications', async () => {
  const apply = (region) => (t) => s.post('/api/v1/applications', applicationBody(region), t);
  await matrix('apply 152502', officersIn(['admin', 'nmg', 'xlgl', 'xlht'], 201), apply('152502'));
  await matrix('apply 152501', officersIn(['admin', 'nmg', 'xlgl'], 201), apply('152501'));
  await matrix('apply 150000', officersIn(['admin', 'nmg'], 201), apply('150000'));
  await matrix('apply 110105', officersIn(['admin', 'bj'], 201), apply('110105'));
});

test('GET /stats/dashboard', async () => {
  const dash = (q) => (t) => s.get(`/api/v1/stats/dashboard${q}`, t);
  await matrix('dashboard own', officersIn(['admin', 'nmg', 'xlgl', 'xlht', 'bj', 'reviewer', 'auditor', 'dangjian', 'dangjian_bj']), dash(''));
  await matrix('dashboard 152502', officersIn(['admin', 'nmg', 'xlgl', 'xlht', 'reviewer', 'auditor', 'dangjian']), dash('?region=152502'));
  await matrix('dashboard 152500', officersIn(['admin', 'nmg', 'xlgl', 'reviewer', 'auditor', 'dangjian']), dash('?region=152500'));
  await matrix('dashboard 110000', officersIn(['admin', 'bj', 'dangjian_bj']), dash('?region=110000'));
});

test('GET /export/orgs', async () => {
  const exp = (q) => (t) => s.get(`/api/v1/export/orgs?format=json${q}`, t);
  await matrix('export own', officersIn(['admin', 'nmg', 'xlgl', 'xlht', 'bj', 'reviewer', 'auditor', 'dangjian', 'dangjian_bj']), exp(''));
  await matrix('export 152502', officersIn(['admin', 'nmg', 'xlgl', 'xlht', 'reviewer', 'auditor', 'dangjian']), exp('&region=152502'));
  await matrix('export 150000', officersIn(['admin', 'nmg', 'reviewer', 'auditor']), exp('&region=150000'));
  await matrix('export 110000', officersIn(['admin', 'bj', 'dangjian_bj']), exp('&region=110000'));
  // What an officer exports is what the officer may see.
  const rows = JSON.parse((await s.get('/api/v1/export/orgs?format=json', tok.xlht)).text);
  assert.ok(rows.length > 0);
  for (const r of rows) assert.equal(r.region_code, '152502');
});

test('GET /audit', async () => {
  await matrix('audit', officersIn(['admin', 'auditor']), (t) => s.get('/api/v1/audit?limit=5', t));
});

// Issue #16: the party work department (party_officer) files and reviews party data and keeps joint branches
// inside its region; the registration authority's officers and the auditor read; the organization files its
// own for review; the supervisory reviewer has no part; the public sees aggregates only.
test('party building (#16): who reads, files and reviews party data', async () => {
  const partyBody = async () => {
    const v = assertOk(await s.get(`/api/v1/orgs/${T.county.uscc}/party`, tok.admin));
    return { formal_members: 3, probationary_members: 0, transferred_in: 0, organization: { kind: 'branch', name: '党支部' },
      instructor: false, liaison: false, charter_clause: true, as_of: '2025-01-01', version: v.version };
  };
  const readers = ['admin', 'nmg', 'xlgl', 'xlht', 'auditor', 'dangjian', 'orgacct'];
  await matrix('GET party T1', officersIn(readers), (t) => s.get(`/api/v1/orgs/${T.county.uscc}/party`, t));
  await matrix('GET party T4 beijing', officersIn(['admin', 'bj', 'dangjian_bj']), (t) => s.get(`/api/v1/orgs/${T.beijing.uscc}/party`, t));
  await matrix('PUT party T1', officersIn(['dangjian', 'orgacct']),
    async (t) => s.put(`/api/v1/orgs/${T.county.uscc}/party`, await partyBody(), t));
  await matrix('PUT party T2 (another org)', officersIn(['dangjian']),
    async (t) => {
      const v = assertOk(await s.get(`/api/v1/orgs/${T.otherCounty.uscc}/party`, tok.admin));
      return s.put(`/api/v1/orgs/${T.otherCounty.uscc}/party`, { ...(await partyBody()), version: v.version }, t);
    });
  // The organization's own filing above is pending: only the party work department over it reviews it.
  await s.put(`/api/v1/orgs/${T.county.uscc}/party`, await partyBody(), tok.orgacct);
  await matrix('review T1', { ...officersIn(['dangjian']), dangjian: undefined },
    (t) => s.post(`/api/v1/orgs/${T.county.uscc}/party/review`, { decision: 'return', reason: '核对' }, t));
  await matrix('review T1 by the department', { dangjian: 200 },
    (t) => s.post(`/api/v1/orgs/${T.county.uscc}/party/review`, { decision: 'return', reason: '核对' }, t));
  const cov = ['admin', 'nmg', 'xlgl', 'auditor', 'dangjian'];
  await matrix('coverage 152500', officersIn(cov), (t) => s.get('/api/v1/party/coverage?region=152500', t));
  await matrix('coverage 110000', officersIn(['admin', 'bj', 'dangjian_bj']), (t) => s.get('/api/v1/party/coverage?region=110000', t));
  await matrix('worklist 152500', officersIn(cov), (t) => s.get('/api/v1/party/worklist?list=needs_branch&region=152500', t));
  let n = 0;
  await matrix('joint branch 152502', officersIn(['dangjian'], 201),
    (t) => s.post('/api/v1/party/joint-branches', { name: `锡林浩特市联合党支部${++n}`, region_code: '152502' }, t));
  await matrix('public coverage', Object.fromEntries(ROLES.map((r) => [r, 200])), (t) => s.get('/api/v1/public/party/coverage?region=152500', t));
});

test('public endpoints need no token', async () => {
  for (const p of ['/api/v1/public/orgs', `/api/v1/public/orgs/${T.county.uscc}`, '/api/v1/public/stats?region=150000',
    '/api/v1/check/uscc/53100000500019795A']) assertOk(await s.get(p));
});
