// The portal's own pages and its one search over all members in a real
// browser (Debian's chromium): the fixture portal tests/fixtures/portals/basic
// (its broken member repaired) is built with `webtruong portal build`, its
// www/ served on 127.0.0.1, then
//   - the Nu HTML Checker finds no error on any of the portal's own pages;
//   - at 360 px the home page's header box, typed without diacritics, lands on
//     the results page listing a member's post (which opens) and a school
//     on its own host; nothing overflows; axe-core finds no WCAG 2.1 A/AA
//     violation on the results page; no script error or CSP violation;
//   - without JavaScript the box still leads to the results page, which
//     points to the directory of schools.
// Environment: WT_BINARY (the webtruong binary), WT_SOURCE_DIR (the checkout).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launchChromium, openPage, serveFolder } from './browser.mjs';

const require = createRequire(import.meta.url);
const binary = process.env.WT_BINARY;
const sourceDir = process.env.WT_SOURCE_DIR;
assert.ok(binary && existsSync(binary), 'WT_BINARY names no webtruong binary');
assert.ok(sourceDir && existsSync(join(sourceDir, 'tests/fixtures/portals/basic/portal.yaml')), 'WT_SOURCE_DIR holds no fixture portal');
const inCI = ['true', '1', 'yes'].includes(process.env.CI || '');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const vnuJar = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const PHONE = 360;
// The portal's own pages (portal/portal_pages.hpp), under www/.
const OWN_PAGES = ['index.html', 'tin-tuc/index.html', 'truong-hoc/index.html', 'bang-theo-doi/index.html', 'tim-kiem/index.html', '404.html'];

let work;
let server;
let browser;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'wt-portal-browser-'));
  const portal = join(work, 'portal');
  cpSync(join(sourceDir, 'tests/fixtures/portals/basic'), portal, { recursive: true });
  writeFileSync(join(portal, 'members/th-hong/content/tin-tuc/loi.md'), '---\ntitle: Tin đúng\ndate: 28/02/2026\n---\nĐã sửa.\n');
  execFileSync(binary, ['portal', 'build', portal, '-o', join(work, 'out')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SOURCE_DATE_EPOCH: '1781481600' },
  });
  server = await serveFolder(join(work, 'out', 'www'));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function phonePage(javaScript = true) {
  const page = await openPage(browser, server.url + '/', {
    width: PHONE,
    javaScript,
    initScript: () =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`)),
  });
  await page.route('**/__axe-core.min.js', (route) => route.fulfill({ body: axeSource, contentType: 'text/javascript' }));
  return page;
}

/// What the results page shows once the script has answered.
async function results(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('ket_qua_trang_thai')?.textContent || '';
    return /^Tìm thấy/.test(s) ? document.querySelectorAll('#ket_qua li').length > 0 : s !== '';
  }, null, { timeout: 15000 });
  return page.evaluate(() => ({
    status: document.getElementById('ket_qua_trang_thai').textContent,
    hrefs: [...document.querySelectorAll('#ket_qua li h2 a')].map((a) => a.href),
    meta: [...document.querySelectorAll('#ket_qua li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
    scrollWidth: document.documentElement.scrollWidth,
  }));
}

test('the Nu HTML Checker finds no error on the portal\'s own pages', { timeout: 120000 }, (t) => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    assert.ok(!inCI, 'java is not installed, and CI must run the Nu HTML Checker (apt-get install default-jre-headless)');
    t.skip('java is not installed');
    return;
  }
  const files = OWN_PAGES.map((p) => join(work, 'out', 'www', p));
  const r = spawnSync('java', ['-Xss16m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const text = r.stderr + r.stdout;
  assert.ok(text.includes('{'), `vnu printed no report (exit ${r.status}): ${text.slice(0, 500)}`);
  const out = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
  const errors = out.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  assert.deepEqual(errors.map((m) => `${m.url}:${m.lastLine}: ${m.message}`), []);
});

test('search over all members at 360 px: typed without diacritics in the header box, results open, axe clean', { timeout: 120000 }, async () => {
  const page = await phonePage();
  const problems = [];
  await page.fill('header input[type="search"]', 'khai giang');
  await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=khai/), page.press('header input[type="search"]', 'Enter')]);
  const found = await results(page);
  assert.equal(found.hrefs[0], server.url + '/thcs-a/tin-tuc/le-khai-giang-nam-hoc-2025-2026/', found.status);
  assert.match(found.meta[0], /Trường THCS A · Tin tức/);
  assert.ok(found.scrollWidth <= PHONE, `the results page is ${found.scrollWidth} px wide`);
  await page.addScriptTag({ url: server.url + '/__axe-core.min.js' });
  const axe = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of axe.violations) problems.push(`axe: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  // The result opens the member's page, published under the portal's host.
  await page.locator('#ket_qua li h2 a').first().click();
  await page.waitForURL(/\/thcs-a\/tin-tuc\/le-khai-giang/);
  assert.match(await page.locator('h1').first().textContent(), /Lễ khai giảng năm học 2025-2026/);

  // A school on its own host, by its name without diacritics.
  await page.goto(server.url + '/tim-kiem/?q=' + encodeURIComponent('mam non b'), { waitUntil: 'load' });
  const school = await results(page);
  assert.equal(school.hrefs[0], 'https://mnb.example.edu.vn/');
  assert.match(school.meta[0], /Danh bạ trường học/);
  // A word no page holds is named.
  await page.goto(server.url + '/tim-kiem/?q=' + encodeURIComponent('khai giảng xqzvw'), { waitUntil: 'load' });
  const none = await results(page);
  if (!none.status.includes('«xqzvw»') || none.hrefs.length) problems.push(`'khai giảng xqzvw': ${none.status}`);
  for (const e of page.errors) problems.push(`script error: ${e}`);
  await page.context().close();
  assert.deepEqual(problems, []);
});

test('without JavaScript the box leads to the results page, which points to the directory', { timeout: 60000 }, async () => {
  const page = await phonePage(false);
  await page.fill('header input[type="search"]', 'khai giang');
  await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.press('header input[type="search"]', 'Enter')]);
  const fallback = await page.evaluate(() => {
    const p = document.getElementById('tim_kiem_khong_js');
    return { shown: !!p && p.checkVisibility(), links: [...(p?.querySelectorAll('a') || [])].map((a) => a.getAttribute('href')) };
  });
  assert.deepEqual(fallback, { shown: true, links: ['/truong-hoc/', '/tin-tuc/'] });
  await page.context().close();
});
