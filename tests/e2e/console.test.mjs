// End-to-end: an officer's day in the console and what the public then sees on the portal, in a real
// browser (Debian chromium) against the real binary. Screenshots of the main screens go to docs/screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { confirmBox, ensureWebBuilt, field, launch, login, newPage, shot, waitForText } from './lib.mjs';

let s; let browser; let admin;

before(async () => {
  ensureWebBuilt();
  s = await startServer({ orgs: 300 });
  browser = await launch();
  admin = await s.login('admin');
});
after(async () => {
  await browser?.close();
  await s?.stop();
});

test('login page refuses a wrong password, then logs in to the dashboard', async () => {
  const page = await newPage(browser);
  // Compressed JavaScript actually transferred, as the server sends it (gzip), up to the dashboard.
  let jsBytes = 0;
  page.on('response', async (r) => {
    if (!r.url().endsWith('.js')) return;
    const h = await r.allHeaders();
    jsBytes += Number(h['content-length'] || 0);
  });
  await page.goto(`${s.base}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel('用户名').fill('nmg');
  await page.getByLabel('密码').fill('wrong-password');
  await page.locator('[data-test=login-submit]').click();
  await page.getByRole('alert').first().waitFor();
  await shot(page, 'console-login-error');
  await page.getByLabel('密码').fill('nmg-password');
  const t0 = Date.now();
  await page.locator('[data-test=login-submit]').click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.locator('[data-test=kpi-active]').waitFor();
  await page.locator('canvas').nth(3).waitFor();
  console.log(`dashboard rendered ${Date.now() - t0} ms after the login click`);
  console.log(`JavaScript transferred up to the dashboard: ${(jsBytes / 1024).toFixed(1)} KiB (gzip)`);
  assert.ok(jsBytes > 0 && jsBytes <= 1024 * 1024, `first load ${jsBytes} bytes of compressed JavaScript`);
  const who = await page.locator('[data-test=who]').textContent();
  assert.match(who, /nmg/);
  assert.match(who, /内蒙古/);
  const active = Number((await page.locator('[data-test=kpi-active]').textContent()).replace(/\D/g, ''));
  assert.ok(active > 0, 'the dashboard counts active organizations');
  await shot(page, 'console-dashboard', { settle: 1200, fullPage: true });

  // Drill down into the first sub-region through its link under the chart.
  const link = page.locator('.region-links button').first();
  const name = (await link.textContent()).replace(/\s*\(\d+\)\s*$/, '').trim();
  await link.click();
  await page.waitForURL(/region=\d{6}/);
  await waitForText(page.locator('.crumbs'), name);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('register: a 2-character Chinese query, filters, paging and export', async () => {
  const page = await newPage(browser);
  await login(page, s.base, 'nmg');
  await page.goto(`${s.base}/orgs`);
  await field(page, 'reg-q').fill('协会');
  await page.locator('[data-test=reg-search]').click();
  await page.waitForURL(/q=/);
  await waitForText(page.locator('[data-test=reg-total]'), '共');
  await page.locator('[data-test=reg-table] .org-link').first().waitFor();
  const names = await page.locator('[data-test=reg-table] .org-link').allTextContents();
  assert.ok(names.length > 0, 'the 2-character query finds organizations');
  for (const n of names) assert.ok(n.includes('协会'), `${n} contains 协会`);
  const api = await s.get(`/api/v1/orgs?q=${encodeURIComponent('协会')}&page_size=1`, admin);
  await waitForText(page.locator('[data-test=reg-total]'), String(api.json.total));
  await shot(page, 'console-register');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-test=export-xlsx]').click(),
  ]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('organization page: profile, history with as-of date, persons with 联审 findings', async () => {
  const page = await newPage(browser);
  await login(page, s.base, 'nmg');
  await page.goto(`${s.base}/orgs?status=active`);
  const first = page.locator('[data-test=reg-table] .org-link').first();
  const name = (await first.textContent()).trim();
  await first.click();
  await page.waitForURL(/\/orgs\/[0-9A-Z]+/);
  await waitForText(page.locator('[data-test=org-name]'), name);
  await waitForText(page.locator('[data-test=org-status]'), '正常');
  await shot(page, 'console-org-profile');

  await page.getByRole('tab', { name: '历史沿革' }).click();
  await page.locator('.el-timeline-item').first().waitFor();
  await shot(page, 'console-org-history');

  // "As of" a date before registration: the server says it did not exist yet; as of today it shows.
  const asOf = field(page, 'as-of');
  await asOf.fill('2000-01-01');
  await asOf.press('Enter');
  await waitForText(page.locator('.asof'), '尚未登记');
  await asOf.fill(new Date().toISOString().slice(0, 10));
  await asOf.press('Enter');
  await waitForText(page.locator('.asof'), '正在显示');

  // 一前一备: the pre-review before the election is recorded and listed with the persons.
  await page.locator('[data-test=act-pre-review]').click();
  const pre = page.locator('[data-test=person-dialog]').filter({ hasText: '事前审查' });
  await field(pre, 'person-name').fill('李青松');
  await field(pre, 'person-id').fill('11010519491231002X');
  await pre.locator('[data-test=person-roles]').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '秘书长' }).first().click();
  await page.keyboard.press('Escape');
  await pre.locator('[data-test=person-submit]').click();
  await confirmBox(page);
  await pre.locator('[data-test=person-result]').waitFor();
  await pre.locator('.el-dialog__footer button', { hasText: '关闭' }).click();
  await page.getByRole('tab', { name: /负责人/ }).click();
  await waitForText(page.locator('[data-test=leader-reviews]'), '事前审查');
  await shot(page, 'console-leader-reviews');

  // A responsible person over the age limit: the joint review shows the failed rule.
  await page.locator('[data-test=act-person]').click();
  const dlg = page.locator('[data-test=person-dialog]').filter({ hasText: '负责人备案与联审' });
  await field(dlg, 'person-name').fill('王长青');
  await field(dlg, 'person-id').fill('11010519491231002X');
  await dlg.locator('[data-test=person-roles]').click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: '会长' }).first().click();
  await page.keyboard.press('Escape');
  await dlg.locator('[data-test=person-submit]').click();
  await confirmBox(page);
  await dlg.locator('[data-test=person-result]').waitFor();
  await dlg.locator('[data-test=findings]').waitFor();
  assert.match(await dlg.locator('[data-test=findings]').textContent(), /未通过|需人工审核|通过/);
  await shot(page, 'console-person-review');
  await dlg.locator('.el-dialog__footer button', { hasText: '关闭' }).click();
  await waitForText(page.locator('[data-test=persons]'), '王长青');
  assert.match(await page.locator('[data-test=persons]').textContent(), /换届备案|变更备案/);
  // The dashboard counts the pre-reviews and filings of this year.
  await page.goto(`${s.base}/`);
  await page.locator('[data-test=leader-counts] [data-test=lc-pre]').waitFor();
  assert.ok(Number(await page.locator('[data-test=lc-pre]').textContent()) >= 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('founding application: consent, accept with 容缺, supply, approve in the UI; then on the portal', async () => {
  const nmg = await s.login('nmg');
  const created = await s.post('/api/v1/applications', {
    name: '锡林浩特市青年志愿者协会', type: 'social_group', region_code: '152502', supervisory_unit: '锡林浩特市团委',
    legal_rep: '张明', address: '锡林浩特市团结大街1号', business_scope: '组织青年志愿服务', funds: 50000,
    individual_members: 60,
  }, nmg);
  assert.equal(created.status, 201, created.text);
  const id = created.json.id;

  // The consent is the supervisory unit's (DOMAIN §1): its reviewer gives it; the officer is not offered it.
  const unit = await newPage(browser);
  await login(unit, s.base, 'reviewer');
  await unit.goto(`${s.base}/orgs/${id}`);
  await waitForText(unit.locator('[data-test=org-status]'), '已申请');
  await unit.locator('[data-test=act-consent]').click();
  const unitDlg = unit.locator('[data-test=action-dialog]').filter({ visible: true });
  await unitDlg.waitFor();
  await unitDlg.locator('[data-test=action-submit]').click();
  await confirmBox(unit);
  await unitDlg.waitFor({ state: 'hidden' });
  await waitForText(unit.locator('[data-test=org-status]'), '主管单位已同意');
  assert.deepEqual(unit.errors, []);
  await unit.context().close();

  const page = await newPage(browser);
  await login(page, s.base, 'xlgl');
  await page.goto(`${s.base}/orgs/${id}`);
  await waitForText(page.locator('[data-test=org-status]'), '主管单位已同意');

  const act = async (action, fill) => {
    await page.locator(`[data-test=act-${action}]`).click();
    const dlg = page.locator('[data-test=action-dialog]').filter({ visible: true });
    await dlg.waitFor();
    if (fill) await fill(dlg);
    await dlg.locator('[data-test=action-submit]').click();
    await confirmBox(page);
    await dlg.waitFor({ state: 'hidden' });
  };

  await act('accept', async (dlg) => {
    // Proof of funds is missing: accept under 容缺 and supply it later.
    const row = dlg.locator('[data-doc=funds_proof]');
    await row.locator('.el-radio', { hasText: '容缺' }).click();
    await shot(page, 'console-accept-checklist');
  });
  await waitForText(page.locator('[data-test=org-status]'), '审查中');

  // Approving with a deferred document outstanding is refused by the server, shown in the dialog,
  // and the filled form stays.
  await page.locator('[data-test=act-approve]').click();
  let dlg = page.locator('[data-test=action-dialog]').filter({ visible: true });
  await field(dlg, 'action-reason').fill('材料齐全后准予登记');
  await dlg.locator('[data-test=action-submit]').click();
  await confirmBox(page);
  await waitForText(dlg.locator('[data-test=action-error]'), '容缺');
  assert.equal(await field(dlg, 'action-reason').inputValue(), '材料齐全后准予登记');
  await shot(page, 'console-approve-refused-outstanding');
  await dlg.locator('.el-dialog__headerbtn').click();

  await act('supply_documents');
  await page.getByRole('tab', { name: '申请与材料' }).click();
  await waitForText(page.locator('[data-test=checklist]'), '已提交');

  await act('approve');
  await waitForText(page.locator('[data-test=org-status]'), '正常');
  const uscc = (await page.locator('[data-test=org-uscc]').textContent()).trim();
  assert.match(uscc, /^51152502[0-9A-Z]{10}$/);
  await shot(page, 'console-approved');
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // The public sees it: portal search by a 2-character query, the organization page, code verification.
  const pub = await newPage(browser);
  await pub.goto(`${s.base}/portal/`);
  await field(pub, 'portal-q').fill('志愿');
  await pub.locator('[data-test=portal-search]').click();
  await pub.locator('[data-test=portal-results] a', { hasText: '锡林浩特市青年志愿者协会' }).click();
  await waitForText(pub.locator('[data-test=portal-org-name]'), '锡林浩特市青年志愿者协会');
  await waitForText(pub.locator('[data-test=portal-org-status]'), '正常');
  await waitForText(pub.locator('[data-test=badge-reports]'), '年度报告'); // 暂无数据 until the supervision module reports
  await shot(pub, 'portal-org');

  await pub.goto(`${s.base}/portal/verify`);
  await field(pub, 'verify-code').fill(uscc);
  await pub.locator('[data-test=verify-submit]').click();
  await waitForText(pub.locator('[data-test=verify-result]'), '锡林浩特市青年志愿者协会');
  await shot(pub, 'portal-verify');
  const bad = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
  await field(pub, 'verify-code').fill(bad);
  await pub.locator('[data-test=verify-submit]').click();
  await waitForText(pub.locator('[data-test=verify-result]'), '代码无效');
  assert.deepEqual(pub.errors, []);
  await pub.context().close();
});

test('a stale version (409) offers a reload and keeps the filled form', async () => {
  const page = await newPage(browser);
  await login(page, s.base, 'nmg');
  // A filed community organization: the officer edits its fields directly (a registered organization's
  // change follows the supervisory unit's consent, tests/e2e/lifecycle.test.mjs).
  const list = await s.get('/api/v1/orgs?status=active&type=community&region=152500&page_size=1', admin);
  const org = list.json.items[0];
  await page.goto(`${s.base}/orgs/${org.uscc}`);
  await waitForText(page.locator('[data-test=org-status]'), '正常');
  await page.locator('[data-test=act-change]').click();
  const dlg = page.locator('[data-test=action-dialog]').filter({ visible: true });
  await field(dlg, 'change-address').fill('锡林浩特市新华街88号');
  // Someone else changes the organization meanwhile.
  const cur = await s.get(`/api/v1/orgs/${org.uscc}`, admin);
  const other = await s.post(`/api/v1/orgs/${org.uscc}/actions/change`, { version: cur.json.version, changes: { business_scope: '另一位经办人修改的业务范围' } }, admin);
  assert.equal(other.status, 200, other.text);
  await dlg.locator('[data-test=action-submit]').click();
  await confirmBox(page);
  const box = page.locator('.el-message-box').last();
  await waitForText(box, '已被他人修改');
  await shot(page, 'console-stale-version');
  await box.locator('.el-button--primary').click(); // reload, keep my input
  await page.locator('[data-test=action-dialog]').filter({ visible: true }).waitFor();
  assert.equal(await field(dlg, 'change-address').inputValue(), '锡林浩特市新华街88号');
  await dlg.locator('[data-test=action-submit]').click();
  await confirmBox(page);
  await dlg.waitFor({ state: 'hidden' });
  const after = await s.get(`/api/v1/orgs/${org.uscc}`, admin);
  assert.equal(after.json.address, '锡林浩特市新华街88号');
  assert.equal(after.json.business_scope, '另一位经办人修改的业务范围');
  await page.context().close();
});

test('outside jurisdiction: a county officer and another province are refused', async () => {
  // An organization of another banner than 锡林浩特市 (152502).
  const list = await s.get('/api/v1/orgs?status=active&region=150100&page_size=1', admin);
  const org = list.json.items[0];
  assert.ok(org, 'demo data has an organization in 呼和浩特市');

  const page = await newPage(browser);
  await login(page, s.base, 'xlht');
  await page.goto(`${s.base}/orgs/${org.uscc}`);
  await page.locator('[data-test=org-error]').waitFor();
  assert.match(await page.locator('[data-test=org-error]').textContent(), /无权|管辖|权限/);
  await shot(page, 'console-outside-jurisdiction');
  await page.context().close();

  const bj = await newPage(browser);
  await login(bj, s.base, 'bj');
  await bj.goto(`${s.base}/orgs/${org.uscc}`);
  await bj.locator('[data-test=org-error]').waitFor();
  assert.match(await bj.locator('[data-test=org-error]').textContent(), /无权|管辖|权限/);
  // The register of bj does not list 内蒙古 organizations either.
  await bj.goto(`${s.base}/orgs?q=${encodeURIComponent(org.name.slice(-4))}`);
  await waitForText(bj.locator('[data-test=reg-total]'), '共 0 条');
  await bj.context().close();
});

test('portal: search, statistics and the complaint form, at phone size', async () => {
  const page = await newPage(browser, { width: 390, height: 844, mobile: true });
  await page.goto(`${s.base}/portal`);
  await field(page, 'portal-q').fill('协会');
  await page.locator('[data-test=portal-search]').click();
  await page.locator('[data-test=portal-results] li').first().waitFor();
  await waitForText(page.locator('[data-test=portal-total]'), '共找到');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
  await shot(page, 'portal-search-phone');
  await page.locator('[data-test=portal-results] li a').first().click();
  await page.locator('[data-test=portal-org-name]').waitFor();
  await shot(page, 'portal-org-phone', { fullPage: true });

  await page.goto(`${s.base}/portal/stats`);
  await page.locator('[data-test=stats-total]').waitFor();
  assert.ok(Number((await page.locator('[data-test=stats-total]').textContent()).replace(/\D/g, '')) > 0);
  await page.context().close();

  const desk = await newPage(browser);
  await desk.goto(`${s.base}/portal/stats`);
  await desk.locator('canvas').first().waitFor();
  await shot(desk, 'portal-stats', { settle: 1200 });
  await desk.goto(`${s.base}/portal/complaint`);
  await field(desk, 'cp-target').waitFor(); // the complaint form (tests/e2e/portal.test.mjs covers its submit)
  await shot(desk, 'portal-complaint');
  await desk.goto(`${s.base}/portal/`);
  await field(desk, 'portal-q').fill('慈善');
  await desk.locator('[data-test=portal-search]').click();
  await waitForText(desk.locator('[data-test=portal-total]'), '共找到');
  await shot(desk, 'portal-search');
  assert.deepEqual(desk.errors, []);
  await desk.context().close();
});

test('English switch', async () => {
  const page = await newPage(browser);
  await login(page, s.base, 'nmg');
  await page.locator('.lang-switch').click();
  await waitForText(page.locator('#dash-title'), 'Jurisdiction overview');
  await page.goto(`${s.base}/orgs`);
  await waitForText(page.locator('#reg-title'), 'Register');
  await shot(page, 'console-register-en');
  await page.context().close();
});
