// Typed annual-report content (#13 item 3; DOMAIN §6): filing with the typed sections (old bodies stay valid),
// field errors, the foundation spending findings (基金会管理条例 art. 29) at the 70% boundary, the officers'
// query with jurisdiction and keyset pages, the supervisory unit's opinion before the conclusion, and 约谈 records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { applicationBody, ALL_DOCUMENTS } from './helpers.mjs';

const TODAY = '2025-07-01';
let s, xlht, bj, auditor, reviewer, unit;

before(async () => {
  s = await startServer({ orgs: 60, env: { SOCORG_TODAY: TODAY } });
  [xlht, bj, auditor, reviewer, unit] = await Promise.all(['xlht', 'bj', 'auditor', 'reviewer', 'unit'].map((u) => s.login(u)));
});
after(async () => { await s?.stop(); });

async function register(overrides) {
  let o = (await s.post('/api/v1/applications', applicationBody('152502', overrides), xlht)).json;
  for (const [action, body, token] of [['consent', {}, unit], ['accept', { documents: ALL_DOCUMENTS }, xlht], ['approve', {}, xlht]]) {
    const r = await s.post(`/api/v1/orgs/${o.id}/actions/${action}`, { version: o.version, date: '2022-03-01', ...body }, token);
    assert.equal(r.status, 200, r.text);
    o = r.json;
  }
  return o;
}
const foundation = () => register({ type: 'foundation', funds: 2000000, directors: 7, individual_members: 0,
  name: `锡林浩特市年报${Math.floor(Math.random() * 1e6)}基金会` });

const finances = (income, charitable, management, total = 1_000_000_00) => ({
  public_fundraising: true, assets_fen: 5_000_000_00, liabilities_fen: 1_000_000_00, net_assets_fen: 4_000_000_00,
  income: { donations_fen: income, government_fen: 0 }, total_income_fen: income,
  total_expenditure_fen: total, charitable_expenditure_fen: charitable, management_costs_fen: management, staff_salaries_fen: 50_000_00,
});

test('typed content: filed, returned, validated with field errors; an old body stays valid', async () => {
  const o = await foundation();
  const old = await s.post(`/api/v1/orgs/${o.uscc}/annual-reports`, { year: 2022, filed_on: '2023-03-01', total_income: 100, content: { x: 1 } }, xlht);
  assert.equal(old.status, 201, old.text);
  assert.equal(old.json.finances, null);
  assert.deepEqual(old.json.findings, []);
  const bad = async (body, field) => {
    const r = await s.post(`/api/v1/orgs/${o.uscc}/annual-reports`, { year: 2023, filed_on: '2024-03-01', ...body }, xlht);
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.error.field, field, r.text);
    assert.ok(r.json.error.message && r.json.error.message_en);
  };
  await bad({ finances: { assets_fen: -1 } }, 'finances.assets_fen');
  await bad({ finances: { assets_fen: 10, liabilities_fen: 3, net_assets_fen: 8 } }, 'finances.net_assets_fen');
  await bad({ finances: { income: { donations_fen: 10, other_fen: 5 }, total_income_fen: 16 } }, 'finances.total_income_fen');
  await bad({ finances: { assets_fen: 'x' } }, 'finances.assets_fen');
  await bad({ activities: { count: 1, items: [{ name: '年会', held_on: '2024-01-02' }] } }, 'activities.items[0].held_on');
  await bad({ governance: { election_held: true } }, 'governance.election_on');
  await bad({ party: { org_kind: 'branch', members: 1 } }, 'party.members');
  await bad({ disclosure: { published: true } }, 'disclosure.where');
  // Nothing was stored by the refused requests.
  const none = (await s.get(`/api/v1/orgs/${o.uscc}/annual-reports`, xlht)).json.reports;
  assert.deepEqual(none.map((r) => r.year), [2022]);

  const body = {
    year: 2023, filed_on: '2024-03-01', finances: finances(2_000_000_00, 1_500_000_00, 80_000_00, 2_000_000_00),
    activities: { count: 3, beneficiaries: 1200, items: [{ name: '助学项目', held_on: '2023-09-01', beneficiaries: 800 }] },
    governance: { general_assemblies: 0, council_meetings: 2, board_meetings: 1, election_held: true, election_on: '2023-06-18' },
    branches_count: 0, party: { org_kind: 'branch', members: 4 }, disclosure: { published: true, where: '慈善中国' },
  };
  const r = await s.post(`/api/v1/orgs/${o.uscc}/annual-reports`, body, xlht);
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.finances.total_income_fen, 2_000_000_00);
  assert.equal(r.json.total_income, 2_000_000, 'the legacy yuan column follows the typed figure');
  assert.equal(r.json.activities.items[0].name, '助学项目');
  assert.equal(r.json.governance.election_on, '2023-06-18');
  assert.equal(r.json.content_versions, 1);
  // The 2022 report has no typed income: the 70% rule needs review, the 10% rule passes (4%).
  const byId = Object.fromEntries(r.json.findings.map((f) => [f.rule_id, f]));
  assert.equal(byId['AR-FDN-SPEND-PUBLIC'].outcome, 'needs_review');
  assert.equal(byId['AR-FDN-ADMIN-COST'].outcome, 'pass');
  assert.match(byId['AR-FDN-ADMIN-COST'].basis, /第二十九条/);
  const again = await s.post(`/api/v1/orgs/${o.uscc}/annual-reports`, body, xlht);
  assert.equal(again.json.content_versions, 2, 'refiling keeps the earlier version');
});

test('70% of the previous year\'s income: exactly 70% passes, one fen less fails; query ratio_below finds it', async () => {
  const [a, b] = [await foundation(), await foundation()];
  for (const o of [a, b])
    assert.equal((await s.post(`/api/v1/orgs/${o.uscc}/annual-reports`,
      { year: 2023, filed_on: '2024-03-01', finances: finances(1_000_000_00, 800_000_00, 10_000_00) }, xlht)).status, 201);
  const at = await s.post(`/api/v1/orgs/${a.uscc}/annual-reports`,
    { year: 2024, filed_on: '2025-03-01', finances: finances(900_000_00, 700_000_00, 100_000_00) }, xlht);
  const below = await s.post(`/api/v1/orgs/${b.uscc}/annual-reports`,
    { year: 2024, filed_on: '2025-03-01', finances: finances(900_000_00, 700_000_00 - 1, 100_000_01) }, xlht);
  const f = (r, id) => r.json.findings.find((x) => x.rule_id === id);
  assert.equal(f(at, 'AR-FDN-SPEND-PUBLIC').outcome, 'pass', at.text);
  assert.equal(f(at, 'AR-FDN-ADMIN-COST').outcome, 'pass');
  assert.equal(f(below, 'AR-FDN-SPEND-PUBLIC').outcome, 'fail');
  assert.equal(f(below, 'AR-FDN-SPEND-PUBLIC').facts.required_min, '700000.00');
  assert.equal(f(below, 'AR-FDN-ADMIN-COST').outcome, 'fail');
  assert.equal(at.json.spending_ratio_bp, 7000);
  assert.equal(below.json.spending_ratio_bp, 6999);

  const q = await s.get('/api/v1/annual-reports?year=2024&type=foundation&ratio_below=0.7', xlht);
  assert.equal(q.status, 200, q.text);
  const keys = q.json.items.map((x) => x.org.uscc);
  assert.ok(keys.includes(b.uscc) && !keys.includes(a.uscc), q.text);
  const failed = await s.get('/api/v1/annual-reports?year=2024&findings=failed', xlht);
  assert.ok(failed.json.items.some((x) => x.org.uscc === b.uscc));
  assert.ok(!failed.json.items.some((x) => x.org.uscc === a.uscc));
  const rich = await s.get(`/api/v1/annual-reports?year=2023&min_income_fen=${1_000_000_00}`, xlht);
  assert.ok(rich.json.items.some((x) => x.org.uscc === a.uscc));
  // Keyset pages: page_size 1, then after= the last report_id.
  const p1 = await s.get('/api/v1/annual-reports?type=foundation&page_size=1', xlht);
  assert.equal(p1.json.items.length, 1);
  assert.ok(p1.json.next_after);
  const p2 = await s.get(`/api/v1/annual-reports?type=foundation&page_size=1&after=${p1.json.next_after}`, xlht);
  assert.ok(p2.json.items[0].report_id > p1.json.items[0].report_id);
  // Jurisdiction: Beijing's officer sees none of 152502; the auditor reads; bad parameters name the field.
  const other = await s.get('/api/v1/annual-reports?type=foundation', bj);
  assert.equal(other.status, 200);
  assert.ok(!other.json.items.some((x) => x.org.region_code.startsWith('1525')));
  assert.equal((await s.get('/api/v1/annual-reports?region=152502', bj)).status, 403);
  assert.equal((await s.get('/api/v1/annual-reports', auditor)).status, 200);
  for (const [qs, field] of [['ratio_below=x', 'ratio_below'], ['min_income_fen=1.5', 'min_income_fen'], ['type=club', 'type'], ['findings=maybe', 'findings']]) {
    const r = await s.get(`/api/v1/annual-reports?${qs}`, xlht);
    assert.equal(r.status, 400, qs);
    assert.equal(r.json.error.field, field, qs);
  }
});

test('the conclusion needs the supervisory unit\'s opinion first (AR-OPINION-REQUIRED)', async () => {
  const o = await register({});
  assert.equal((await s.post(`/api/v1/orgs/${o.uscc}/annual-reports`, { year: 2024, filed_on: '2025-03-20' }, xlht)).status, 201);
  const early = await s.post(`/api/v1/orgs/${o.uscc}/annual-reports/2024/conclusion`, { conclusion: 'qualified' }, xlht);
  assert.equal(early.status, 422, early.text);
  assert.equal(early.json.error.code, 'opinion_required');
  assert.equal((await s.post(`/api/v1/orgs/${o.uscc}/annual-reports/2024/opinion`, { opinion: '同意报送' }, reviewer)).status, 200);
  const ok = await s.post(`/api/v1/orgs/${o.uscc}/annual-reports/2024/conclusion`, { conclusion: 'qualified' }, xlht);
  assert.equal(ok.status, 200, ok.text);
});

test('约谈: an officer records an interview; listed on the organization; audited; checked', async () => {
  const o = await register({});
  const body = { held_on: '2025-06-10', reason: '未按时报送2024年度工作报告', attendee_roles: ['legal_representative', 'secretary_general'], outcome: '责令于6月30日前报送', report_year: 2024 };
  const r = await s.post(`/api/v1/orgs/${o.uscc}/interviews`, body, xlht);
  assert.equal(r.status, 201, r.text);
  assert.deepEqual(r.json.attendee_roles, ['legal_representative', 'secretary_general']);
  assert.equal((await s.post(`/api/v1/orgs/${o.uscc}/interviews`, body, bj)).status, 403);
  assert.equal((await s.post(`/api/v1/orgs/${o.uscc}/interviews`, body, auditor)).status, 403);
  const badRole = await s.post(`/api/v1/orgs/${o.uscc}/interviews`, { ...body, attendee_roles: ['王芳'] }, xlht);
  assert.equal(badRole.json.error.field, 'attendee_roles');
  const future = await s.post(`/api/v1/orgs/${o.uscc}/interviews`, { ...body, held_on: '2025-07-02' }, xlht);
  assert.equal(future.json.error.field, 'held_on');
  assert.equal((await s.post(`/api/v1/orgs/${o.uscc}/interviews`, { ...body, outcome: '' }, xlht)).json.error.field, 'outcome');
  const list = await s.get(`/api/v1/orgs/${o.uscc}/interviews`, xlht);
  assert.equal(list.json.items.length, 1);
  assert.equal(list.json.items[0].reason, body.reason);
  const events = await s.get(`/api/v1/orgs/${o.uscc}/events`, xlht);
  if (events.status === 200) assert.ok(JSON.stringify(events.json).includes('org_interviewed'));
});
