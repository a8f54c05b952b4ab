// End-to-end: the public portal's supervision pages in a real browser against the real binary — the credit
// lists after a ¥50,000 fine and the credit job, the banned / suspected illegal organizations after a case is
// decided, and the complaint form (client and server field errors, form kept, receipt, seen by an officer).
// Screenshots go to docs/screenshots/portal-*.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { ensureWebBuilt, field, launch, newPage, shot, waitForText } from './lib.mjs';

let s; let browser; let admin; let xlht; let xlht2; let org;
const today = () => new Date().toISOString().slice(0, 10);

before(async () => {
  ensureWebBuilt();
  s = await startServer({ orgs: 300 });
  browser = await launch();
  [admin, xlht, xlht2] = await Promise.all([s.login('admin'), s.login('xlht'), s.login('xlht2')]);
  const r = await s.get('/api/v1/orgs?region=152502&status=active&page_size=50', xlht);
  assert.equal(r.status, 200, r.text);
  org = r.json.items.find((o) => o.uscc && o.type !== 'community' && o.registered_on);
  assert.ok(org, 'an active registered organization in 锡林浩特市');
});
after(async () => {
  await browser?.close();
  await s?.stop();
});

const noOverflow = async (page) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling (overflow ${overflow}px)`);
};

test('credit lists: a ¥50,000 fine and the credit job put the organization on the serious list, shown with reason and date', async () => {
  const page = await newPage(browser);
  const serious = `${s.base}/portal/credit?list=serious&region=152502`;
  // Before: the lists are empty (no job has run) and say so.
  await page.goto(serious);
  await waitForText(page.locator('[data-test=credit-empty]'), '目前没有公示的社会组织');
  await waitForText(page.locator('[data-test=credit-total]'), '共 0 条');

  const fine = await s.post(`/api/v1/orgs/${org.uscc}/penalties`, {
    kind: 'fine', decided_on: today(), amount: 50000, decision_no: '锡民罚〔2026〕88号', basis: '社会团体登记管理条例 第三十条',
  }, xlht);
  assert.equal(fine.status, 201, fine.text);
  const run = await s.post('/api/v1/jobs/run', { jobs: 'credit' }, admin);
  assert.equal(run.status, 200, run.text);

  // The serious list of 锡林浩特市 now carries the organization: name (link), code, reason with basis, date.
  await page.goto(serious);
  const table = page.locator('[data-test=credit-table]');
  const row = table.locator('.el-table__row', { hasText: org.name }).first();
  await row.waitFor();
  const text = await row.textContent();
  assert.ok(text.includes(org.uscc), 'USCC shown');
  assert.ok(text.includes('受到5万元以上罚款处罚'), `reason shown: ${text}`);
  assert.ok(text.includes('《社会组织信用信息管理办法》'), `legal basis shown as the statute: ${text}`);
  assert.ok(!text.includes('DOMAIN'), 'no internal references on the public page');
  assert.ok(text.includes(today()), 'entry date shown');
  const api = await s.get('/api/v1/public/credit/serious?region=152502&page_size=1');
  await waitForText(page.locator('[data-test=credit-total]'), `共 ${api.json.total} 条`);
  await waitForText(page.locator('[data-test=tab-serious]'), String(api.json.total));
  await shot(page, 'portal-credit-serious');

  // The other tab: the anomaly list (organizations that missed the annual-report deadline), with paging.
  await page.locator('[data-test=tab-anomaly]').click();
  await page.waitForURL((u) => !u.search.includes('list=serious'));
  const anomaly = await s.get('/api/v1/public/credit/anomaly?region=152502&page_size=1');
  await waitForText(page.locator('[data-test=credit-total]'), `共 ${anomaly.json.total} 条`);
  await waitForText(page.locator('[data-test=credit-rule]'), '自动移出');
  // The region filter resets to all regions.
  await page.getByRole('button', { name: '重置' }).click();
  const all = await s.get('/api/v1/public/credit/anomaly?page_size=1');
  await waitForText(page.locator('[data-test=credit-total]'), `共 ${all.json.total} 条`);
  if (all.json.total > 20) await page.locator('.el-pagination').waitFor();
  await shot(page, 'portal-credit');

  // Another province has none: a clear empty state.
  await page.goto(`${s.base}/portal/credit?list=serious&region=110000`);
  await waitForText(page.locator('[data-test=credit-empty]'), '所选地区严重违法失信名单中目前没有公示的社会组织');

  // The organization's own page links its entry.
  await page.goto(serious);
  await table.locator('.el-table__row', { hasText: org.name }).first().locator('a').click();
  await page.locator('[data-test=portal-org-name]').waitFor();
  await waitForText(page.locator('[data-test=badge-credit]'), '列入严重违法失信名单');
  const entries = page.locator('[data-test=org-credit-entries]');
  await waitForText(entries, '受到5万元以上罚款处罚');
  await waitForText(entries, '严重违法失信名单');
  // The public timeline shows registered changes only: no raw supervision events (credit_listed, flag_raised).
  const timeline = await page.locator('.el-timeline').textContent();
  assert.ok(!/credit_listed|flag_raised|penalty_decided/.test(timeline), `timeline: ${timeline.slice(0, 200)}`);
  await waitForText(page.locator('.el-timeline'), '准予成立登记');
  await shot(page, 'portal-org-credit', { fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // Phone size: cards instead of a table, no horizontal scrolling.
  const phone = await newPage(browser, { width: 375, height: 812, mobile: true });
  await phone.goto(serious);
  await waitForText(phone.locator('[data-test=credit-cards]'), org.name);
  await noOverflow(phone);
  await shot(phone, 'portal-credit-phone');
  assert.deepEqual(phone.errors, []);
  await phone.context().close();
});

test('illegal organizations: empty at first, then the banned one and a suspected one are published', async () => {
  const page = await newPage(browser);
  await page.goto(`${s.base}/portal/illegal`);
  await waitForText(page.locator('[data-test=illegal-empty]'), '目前没有公布');

  const post = (p, b) => s.post(p, b, xlht);
  const banned = await post('/api/v1/illegal-cases', { target_name: '锡林浩特市国际文化艺术交流促进会', target_class: 'unregistered', act_regions: ['152502'] });
  assert.equal(banned.status, 201, banned.text);
  const approve = async (id) => {
    const r = await s.post(`/api/v1/illegal-cases/${id}/steps`, { step: 'file', content: '批准立案' }, xlht2);
    assert.equal(r.status, 200, r.text);
  };
  await approve(banned.json.id);
  for (const step of [
    { step: 'investigate', content: '现场检查', officers: [{ name: '甲', certificate_no: 'Z1' }, { name: '乙', certificate_no: 'Z2' }] },
    { step: 'report', content: '调查终结报告' },
    { step: 'legal_review', content: '法制审核通过' },
    { step: 'ban', content: '取缔', decision_no: '锡民取〔2026〕3号' },
  ]) {
    const r = await post(`/api/v1/illegal-cases/${banned.json.id}/steps`, step);
    assert.equal(r.status, 200, `${step.step}: ${r.text}`);
  }
  const suspected = await post('/api/v1/illegal-cases', {
    target_name: '中华传统养生研究总会锡林浩特分会', target_class: 'unregistered', act_regions: ['152502'], publish_as_suspected: true,
  });
  assert.equal(suspected.status, 201, suspected.text);
  const proposedOnly = await post('/api/v1/illegal-cases', {
    target_name: '某待批准立案研究会', target_class: 'unregistered', act_regions: ['152502'], publish_as_suspected: true,
  });
  assert.equal(proposedOnly.status, 201, proposedOnly.text);
  await approve(suspected.json.id);
  const notPublished = await post('/api/v1/illegal-cases', { target_name: '某未公布案件协会', target_class: 'unregistered', act_regions: ['152502'] });
  assert.equal(notPublished.status, 201, notPublished.text);

  await page.reload();
  const table = page.locator('[data-test=illegal-table]');
  const row = table.locator('.el-table__row', { hasText: '锡林浩特市国际文化艺术交流促进会' });
  await row.waitFor();
  const text = await row.textContent();
  assert.ok(text.includes('未经登记，擅自以社会组织名义进行活动'), `class: ${text}`);
  assert.ok(text.includes('已取缔') && text.includes('锡民取〔2026〕3号'), `decision: ${text}`);
  assert.ok(text.includes(today()), 'decision date');
  await waitForText(row, '锡林浩特市民政部门');
  await waitForText(table.locator('.el-table__row', { hasText: '中华传统养生研究总会锡林浩特分会' }), '涉嫌非法社会组织');
  assert.equal(await table.locator('.el-table__row', { hasText: '某未公布案件协会' }).count(), 0, 'unpublished cases stay private');
  assert.equal(await table.locator('.el-table__row', { hasText: '某待批准立案研究会' }).count(), 0, 'a case not yet approved is never published');
  await shot(page, 'portal-illegal');
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const phone = await newPage(browser, { width: 375, height: 812, mobile: true });
  await phone.goto(`${s.base}/portal/illegal`);
  await waitForText(phone.locator('[data-test=illegal-cards]'), '锡民取〔2026〕3号');
  await noOverflow(phone);
  await shot(phone, 'portal-illegal-phone');
  await phone.context().close();
});

// Picks 内蒙古自治区 / 锡林郭勒盟 / 锡林浩特市 in the lazy region cascader.
async function pickRegion(page, scope) {
  await scope.locator('.el-cascader').click();
  const panel = page.locator('.el-cascader__dropdown').last();
  for (const name of ['内蒙古自治区', '锡林郭勒盟']) {
    await panel.locator('.el-cascader-node', { hasText: name }).first().click();
  }
  await panel.locator('.el-cascader-node', { hasText: '锡林浩特市' }).first().locator('.el-radio').click();
  await page.keyboard.press('Escape');
}

test('complaint form: field errors from the client and the server keep the form; the receipt; the officer sees it', async () => {
  const page = await newPage(browser);
  await page.goto(`${s.base}/portal/complaint`);
  await waitForText(page.locator('[data-test=cp-privacy]'), '可以匿名举报');
  const target = `锡林浩特市某某国学研究会${Date.now() % 100000}`;
  await field(page, 'cp-target').fill(target);
  await field(page, 'cp-content').fill('该组织未经登记，以"研究会"名义在市区组织收费培训并颁发证书。');
  await field(page, 'cp-name').fill('王先生');
  await field(page, 'cp-contact').fill('wang@example.com');

  // 1. The region is missing: the client marks that field and keeps the rest.
  await page.locator('[data-test=cp-submit]').click();
  const regionItem = page.locator('[data-field=act_region]');
  await waitForText(regionItem.locator('.el-form-item__error'), '请选择违法行为发生地');
  assert.equal(await field(page, 'cp-target').inputValue(), target);
  assert.match(await field(page, 'cp-content').inputValue(), /颁发证书/);
  assert.equal(await field(page, 'cp-contact').inputValue(), 'wang@example.com');
  await shot(page, 'portal-complaint-error', { fullPage: true });

  // 2. The server's field error lands on its field: the request is sent without the name (as an older or
  //    tampered client would); the server answers 400 field=target_name and the form still holds everything.
  await pickRegion(page, regionItem);
  await page.route('**/api/v1/public/complaints', async (route) => {
    const body = JSON.parse(route.request().postData());
    delete body.target_name;
    await route.continue({ postData: JSON.stringify(body) });
  });
  await page.locator('[data-test=cp-submit]').click();
  await waitForText(page.locator('[data-field=target_name] .el-form-item__error'), '请填写被举报组织名称');
  await waitForText(page.locator('[data-test=complaint-error]'), '已填写的内容均已保留');
  assert.equal(await field(page, 'cp-target').inputValue(), target);
  assert.equal(await field(page, 'cp-contact').inputValue(), 'wang@example.com');
  assert.ok((await regionItem.locator('input').inputValue()).includes('锡林浩特市'), 'region kept');
  await page.unroute('**/api/v1/public/complaints');

  // 3. Submitted for real: the receipt number, which the officer API then lists.
  await field(page, 'cp-target').fill(''); // editing the field clears its error
  await field(page, 'cp-target').fill(target);
  await page.locator('[data-field=target_name] .el-form-item__error').waitFor({ state: 'detached' });
  await page.locator('[data-test=cp-submit]').click();
  const receipt = page.locator('[data-test=complaint-receipt]');
  await waitForText(receipt, '举报已受理');
  const id = Number((await page.locator('[data-test=complaint-id]').textContent()).trim());
  assert.ok(id > 0);
  await shot(page, 'portal-complaint-receipt');
  const list = await s.get('/api/v1/complaints?page_size=100', xlht);
  assert.equal(list.status, 200, list.text);
  const mine = list.json.items.find((c) => c.id === id);
  assert.ok(mine, 'the officer of 锡林浩特市 sees the complaint');
  assert.equal(mine.target_name, target);
  assert.equal(mine.act_region, '152502');
  assert.equal(mine.reporter_name, '王先生');
  assert.deepEqual(page.errors, []);
  await page.context().close();

  // Phone size: the form fits.
  const phone = await newPage(browser, { width: 375, height: 812, mobile: true });
  await phone.goto(`${s.base}/portal/complaint`);
  await field(phone, 'cp-target').waitFor();
  await noOverflow(phone);
  await shot(phone, 'portal-complaint-phone', { fullPage: true });
  await phone.context().close();
});

test('portal pages are labelled: landmarks, headings and every input named (English too)', async () => {
  const page = await newPage(browser);
  for (const p of ['credit', 'illegal', 'complaint']) {
    await page.goto(`${s.base}/portal/${p}`);
    await page.locator('main h1').waitFor();
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('main input:not([type=hidden]):not([type=radio]), main textarea')]
      .filter((el) => !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.id && document.querySelector(`label[for="${el.id}"]`))))
      .map((el) => el.outerHTML.slice(0, 120)));
    assert.deepEqual(unlabelled, [], `${p}: inputs without a label`);
    assert.equal(await page.locator('header').count(), 1);
    assert.equal(await page.locator('nav').count() >= 1, true);
  }
  await page.locator('.lang-switch').click();
  await waitForText(page.locator('main h1'), 'Report an illegal organization');
  await waitForText(page.locator('[data-test=cp-privacy]'), 'anonymously');
  await page.goto(`${s.base}/portal/credit?list=serious`);
  await waitForText(page.locator('[data-test=tab-serious]'), 'Serious dishonesty list');
  await page.locator('.lang-switch').click(); // back to Chinese for the other tests' contexts (storage is per context anyway)
  await page.context().close();
});

test('rating notices (#13): a proposed grade on public notice, an objection through the form, certificates on the public record', async () => {
  const nmg = await s.login('nmg');
  let o;
  for (const x of (await s.get('/api/v1/orgs?region=150000&status=active&page_size=100', nmg)).json.items.filter((x) => x.uscc && x.type !== 'community'))
    if ((await s.get(`/api/v1/orgs/${x.uscc}/rating-eligibility`, nmg)).json.eligible) { o = x; break; }
  assert.ok(o, 'an organization eligible for rating');
  const round = await s.post('/api/v1/rating-rounds', { name: '门户公示评估轮次' }, nmg);
  const scores = { basic: 90, governance: 300, performance: 260, social: 130, party: 90 };
  const r = await s.post(`/api/v1/rating-rounds/${round.json.id}/ratings`, { org: o.uscc, scores }, nmg);
  assert.equal(r.status, 201, r.text);
  const page = await newPage(browser);
  await page.goto(`${s.base}/portal/ratings`);
  await waitForText(page.locator('[data-test=notice-table]'), o.name);
  await waitForText(page.locator(`[data-test=notice-grade-${r.json.id}]`), '4A');
  await page.locator(`[data-test=notice-object-${r.json.id}]`).click();
  await page.locator('[data-test=objection-content]').filter({ visible: true }).fill('门户提交的异议');
  await page.locator('[data-test=objection-submit]').click();
  await waitForText(page.locator('.el-message'), '异议已受理');
  const list = await s.get(`/api/v1/ratings/${r.json.id}/objections`, nmg);
  assert.equal(list.json.items[0].content, '门户提交的异议');
  await shot(page, 'portal-rating-notices');
  // A demo organization holding a valid 3A+ grade shows its certificate number on its public page.
  let certified;
  for (const x of (await s.get('/api/v1/orgs?region=150000&status=active&page_size=100', nmg)).json.items.filter((x) => x.uscc)) {
    const sup = (await s.get(`/api/v1/public/orgs/${x.uscc}/supervision`)).json;
    if (sup.rating_certificate) { certified = { x, sup }; break; }
  }
  assert.ok(certified, 'the demo has a certified organization');
  await page.goto(`${s.base}/portal/org/${certified.x.uscc}`);
  await waitForText(page.locator('[data-test=badge-certificate]'), certified.sup.rating_certificate.number);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
