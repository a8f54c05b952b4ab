// Shared helpers for the browser tests: Debian's chromium driven by playwright-core, the real socorg
// binary (tests/lib/server.mjs) serving the built console and portal from web/dist.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../lib/server.mjs';

export const SHOTS = path.join(ROOT, 'docs', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// The server reads web/dist when it starts, so the app must be built first. scripts/test.sh builds it;
// this covers running `node --test tests/e2e/` on its own.
export function ensureWebBuilt() {
  const web = path.join(ROOT, 'web');
  if (existsSync(path.join(web, 'dist', 'index.html')) && existsSync(path.join(web, 'dist', 'portal', 'index.html'))) return;
  if (!existsSync(path.join(web, 'node_modules'))) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: web, stdio: 'inherit' });
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: web, stdio: 'inherit' });
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A fresh browser context (own storage) with the page's errors collected for the test to check.
export async function newPage(browser, { width = 1366, height = 768, mobile = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, locale: 'zh-CN', deviceScaleFactor: 1, isMobile: mobile, hasTouch: mobile,
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.setDefaultTimeout(30000); // generous: CI shares 2 cores with compilers
  return page;
}

export async function shot(page, name, opts = {}) {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(opts.settle ?? 400); // let charts finish their entry animation
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: !!opts.fullPage });
}

export async function login(page, base, username, password = `${username}-password`) {
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.locator('[data-test=login-submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

// Confirms the Element Plus message box every action asks for.
export async function confirmBox(page) {
  const box = page.locator('.el-message-box').last();
  await box.waitFor({ state: 'visible' });
  const handle = await box.elementHandle();
  await box.locator('.el-button--primary').click();
  await handle.waitForElementState('hidden'); // this box; a follow-up box may already be open
  await handle.dispose();
}

export async function waitForText(locator, text, timeout = 30000) {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    last = (await locator.textContent().catch(() => '')) || '';
    if (last.includes(text)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for "${text}"; last text: "${last.trim().slice(0, 200)}"`);
}

// Element Plus puts a component's attributes on the native <input>/<textarea>, other components on
// their wrapper: this finds the text field tagged data-test=NAME either way.
export function field(scope, name) {
  return scope.locator(`input[data-test=${name}], textarea[data-test=${name}], [data-test=${name}] input, [data-test=${name}] textarea`).first();
}
