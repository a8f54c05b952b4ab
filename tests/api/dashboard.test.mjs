// The dashboard's figures (served from the in-memory statistics of app/stats_cube.h) against the register
// itself: the JSON export and each organization's history. A write is reflected at once on a register
// this small.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { ALL_DOCUMENTS, applicationBody, assertOk, uniqueName } from './helpers.mjs';

let s;
let admin;
before(async () => {
  s = await startServer({ orgs: 150, env: { SOCORG_TODAY: '2026-06-30' } });
  admin = await s.login('admin');
});
after(async () => { await s?.stop(); });

test('counts, drill-down and overdue elections equal the exported register', async () => {
  for (const region of ['150000', '152500', '152502']) {
    const d = assertOk(await s.get(`/api/v1/stats/dashboard?region=${region}`, admin));
    const rows = JSON.parse((await s.get(`/api/v1/export/orgs?format=json&region=${region}`, admin)).text);
    const active = rows.filter((r) => r.status === 'active');
    assert.equal(d.total, active.length, `${region} active`);
    const byType = {};
    for (const r of active) byType[r.type] = (byType[r.type] || 0) + 1;
    assert.deepEqual(d.by_type, byType, `${region} by type`);
    const byStatus = {};
    for (const r of rows) byStatus[r.status] = (byStatus[r.status] || 0) + 1;
    assert.deepEqual(d.by_status_all, byStatus, `${region} by status`);
    const childSum = d.by_region.reduce((n, c) => n + c.active, 0);
    const inChildren = active.filter((r) => r.region_code !== region).length;
    assert.equal(childSum, inChildren, `${region} drill-down`);
    // The officer record says per organization whether its term election is overdue (domain/lifecycle).
    let overdue = 0;
    for (const r of active) if (assertOk(await s.get(`/api/v1/orgs/${r.uscc}`, admin)).election === 'overdue') overdue++;
    assert.equal(d.elections_overdue, overdue, `${region} overdue elections`);
    assert.match(d.computed_at, /^\d{4}-\d{2}-\d{2}T/);
  }
});

test('registrations per month equal the approvals in the histories, and a new approval counts at once', async () => {
  const region = '152502';
  const q = `region=${region}&from=2021-07-01&to=2026-06-30`;
  const d = assertOk(await s.get(`/api/v1/stats/dashboard?${q}`, admin));
  const rows = JSON.parse((await s.get(`/api/v1/export/orgs?format=json&region=${region}`, admin)).text);
  let expected = 0;
  for (const r of rows) {
    const org = assertOk(await s.get(`/api/v1/orgs/${r.uscc || r.id}`, admin));
    for (const h of org.history) {
      if (['approve', 'file_community', 'import'].includes(h.action) && h.date >= '2021-07-01' && h.date <= '2026-06-30') expected++;
    }
  }
  const got = d.by_month.reduce((n, m) => n + m.registrations, 0);
  assert.equal(got, expected);
  assert.ok(d.by_month.every((m) => /^\d{4}-\d{2}$/.test(m.month) && m.month >= '2021-07' && m.month <= '2026-06'));

  const before = assertOk(await s.get(`/api/v1/public/stats?region=${region}`));
  const dBefore = assertOk(await s.get(`/api/v1/stats/dashboard?${q}`, admin));
  const xlht = await s.login('xlht');
  const reviewer = await s.login('reviewer');
  const app = assertOk(await s.post('/api/v1/applications', applicationBody(region, {
    name: `${uniqueName('')}统计测试协会`, date: '2026-05-01', individual_members: 60, funds: 50000,
  }), xlht), 201);
  let o = assertOk(await s.post(`/api/v1/orgs/${app.id}/actions/consent`, { version: app.version, date: '2026-05-05' }, reviewer));
  o = assertOk(await s.post(`/api/v1/orgs/${app.id}/actions/accept`, { version: o.version, date: '2026-05-10', documents: ALL_DOCUMENTS }, xlht));
  o = assertOk(await s.post(`/api/v1/orgs/${app.id}/actions/approve`, { version: o.version, date: '2026-06-01' }, xlht));
  assert.equal(o.status, 'active');
  const dAfter = assertOk(await s.get(`/api/v1/stats/dashboard?${q}`, admin));
  const june = (x) => x.by_month.find((m) => m.month === '2026-06')?.registrations ?? 0;
  assert.equal(june(dAfter), june(dBefore) + 1, 'the approval is in June at once');
  assert.equal(dAfter.processing.decided, dBefore.processing.decided + 1, 'one more founding decision with its processing time');
  const after = assertOk(await s.get(`/api/v1/public/stats?region=${region}`));
  assert.equal(after.total, before.total + 1, 'the approval is counted at once');
});
