// Time from the login click to the rendered register charts and supervision row of the console dashboard, in Debian's chromium
// against a running server (issue #5: a 1M register renders in ≤ 1 s after login).
//   build-bench/socorg user add --db sqlite:bench/data/full-1000000.db --username bench --password bench-password-1 \
//     --role ministry_officer --region 100000
//   build-bench/socorg serve --db sqlite:bench/data/full-1000000.db --port 18090 &
//   node bench/dashboard_render.mjs http://127.0.0.1:18090 bench bench-password-1
import { launch, newPage } from '../tests/e2e/lib.mjs';

const [base = 'http://127.0.0.1:18090', user = 'bench', password = 'bench-password-1'] = process.argv.slice(2);
const browser = await launch();
for (let i = 0; i < 3; i++) {
  const page = await newPage(browser);
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill(password);
  const t0 = Date.now();
  await page.locator('[data-test=login-submit]').click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.locator('[data-test=kpi-active]').waitFor();
  await page.locator('canvas').nth(3).waitFor();
  const register = Date.now() - t0;
  const active = await page.locator('[data-test=kpi-active]').textContent();
  // The supervision row: its completion figure filled in and its charts drawn.
  await page.waitForFunction(() => {
    const e = document.querySelector('[data-test=kpi-completion]');
    return e && e.textContent.trim() !== '–';
  }, null, { timeout: 120000 });
  await page.locator('[data-test=sup-dashboard] canvas').last().waitFor();
  const completion = await page.locator('[data-test=kpi-completion]').textContent();
  console.log(`run ${i}: register charts rendered ${register} ms after the login click (active ${active.trim()}), ` +
    `supervision row ${Date.now() - t0} ms (completion ${completion.trim()})`);
  await page.context().close();
}
await browser.close();
