// End-to-end: change registration in the console (DOMAIN §4, issue #13 item 1). The supervisory unit's reviewer
// consents to a change of address after the members' resolution; the officer then sees the consent with its
// 30-day deadline and registers exactly that change; the portal's announcements list it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { confirmBox, ensureWebBuilt, field, launch, login, newPage, shot, waitForText } from './lib.mjs';

let s; let browser; let admin;

before(async () => {
  ensureWebBuilt();
  s = await startServer({ orgs: 120, supervision: false });
  browser = await launch();
  admin = await s.login('admin');
});
after(async () => {
  await browser?.close();
  await s?.stop();
});

test('change registration: the reviewer consents, the officer registers, the change is announced', async () => {
  const list = await s.get('/api/v1/orgs?status=active&type=social_group&region=150000&page_size=1', admin);
  const org = list.json.items[0];
  assert.ok(org, 'an active social group in 内蒙古');
  const today = (await s.get('/api/v1/meta')).json.today;
  const address = '锡林浩特市变更测试路18号';

  // The supervisory unit: only it is offered the consent; the officer is not.
  const unit = await newPage(browser);
  await login(unit, s.base, 'reviewer');
  await unit.goto(`${s.base}/orgs/${org.uscc}`);
  await waitForText(unit.locator('[data-test=org-status]'), '正常');
  assert.equal(await unit.locator('[data-test=act-change]').count(), 0, 'the reviewer does not register changes');
  await unit.locator('[data-test=act-consent_change]').click();
  const udlg = unit.locator('[data-test=action-dialog]').filter({ visible: true });
  await udlg.waitFor();
  await field(udlg, 'change-address').fill(address);
  const res = field(udlg, 'resolution-on');
  await res.fill(today);
  await res.press('Enter');
  await shot(unit, 'console-consent-change');
  await udlg.locator('[data-test=action-submit]').click();
  await confirmBox(unit);
  await udlg.waitFor({ state: 'hidden' });
  assert.deepEqual(unit.errors, []);
  await unit.context().close();

  const page = await newPage(browser);
  await login(page, s.base, 'nmg');
  await page.goto(`${s.base}/orgs/${org.uscc}`);
  await waitForText(page.locator('[data-test=org-status]'), '正常');
  assert.equal(await page.locator('[data-test=act-consent_change]').count(), 0, 'the consent is not the officer\'s act');
  await page.locator('[data-test=act-change]').click();
  const dlg = page.locator('[data-test=action-dialog]').filter({ visible: true });
  await dlg.waitFor();
  await waitForText(dlg.locator('[data-test=pending-consent]'), today);
  await waitForText(dlg.locator('[data-test=consented-address]'), address);
  await shot(page, 'console-change-on-consent');
  await dlg.locator('[data-test=action-submit]').click();
  await confirmBox(page);
  await dlg.waitFor({ state: 'hidden' });
  const after = await s.get(`/api/v1/orgs/${org.uscc}`, admin);
  assert.equal(after.json.address, address);
  assert.equal(after.json.application.change_consent, undefined);
  // The officer's action list no longer offers the change: the consent is used up.
  assert.equal(await page.locator('[data-test=act-change]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  const ann = await s.get('/api/v1/public/announcements?region=150000');
  assert.ok(ann.json.items.some((a) => a.uscc === org.uscc && a.kind === 'change' && a.changes.address?.[1] === address));
});
