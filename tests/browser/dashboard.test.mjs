// The portal's compliance dashboard in a real browser (Debian's chromium):
// sorting, filters, the flagged differences, no page scroll at 360 px, and the
// table without JavaScript. The page is the fixture portal's, written by
// dashboard_fixture_page into $WT_DASHBOARD_DIR (ctest runs it first).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, openPage, serveFolder } from './browser.mjs';

const dir = process.env.WT_DASHBOARD_DIR;
assert.ok(dir && existsSync(join(dir, 'bang-theo-doi', 'index.html')), 'WT_DASHBOARD_DIR holds no dashboard page');

let server;
let browser;
let shared; // one page for the tests with JavaScript: each loads the dashboard afresh (cheaper than a new context)
before(async () => {
  server = await serveFolder(dir);
  browser = await launchChromium();
  shared = await openPage(browser, server.url + '/bang-theo-doi/');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const url = () => server.url + '/bang-theo-doi/';
/// The shared page with the dashboard loaded afresh at `width` CSS pixels.
async function fresh(width = 1280) {
  await shared.setViewportSize({ width, height: 800 });
  await shared.goto(url(), { waitUntil: 'load' });
  shared.errors.length = 0;
  return shared;
}
const shownNames = (page) =>
  page.locator('#bang_theo_doi tbody tr:not([hidden]) th[scope="row"]').evaluateAll((ths) =>
    ths.map((th) => th.textContent.trim())
  );
const sortButton = (page, label) =>
  page.locator('#bang_theo_doi thead th').filter({ hasText: label }).first().getByRole('button');

const DUONG_XA = 'Trường THCS Dương Xá';
const DONG_ANH = 'Trường THCS Đông Anh';
const HOA_BINH = 'Trường THCS Hoà Bình';
const LE_LOI = 'Trường THPT Lê Lợi';
const DONG_DA = 'Trường Tiểu học Đống Đa <script>alert("x")</script>';
const ANH_DUONG = 'Trường Mầm non Ánh Dương';

test('sorts names by Vietnamese collation (Đ after D, before H), then the other way', async () => {
  const page = await fresh();
  assert.deepEqual(await shownNames(page), [DUONG_XA, HOA_BINH, DONG_DA, ANH_DUONG, LE_LOI, DONG_ANH]);
  await sortButton(page, 'Trường').click();
  assert.deepEqual(await shownNames(page), [ANH_DUONG, DUONG_XA, DONG_ANH, HOA_BINH, LE_LOI, DONG_DA]);
  assert.equal(await page.locator('#bang_theo_doi thead th').first().getAttribute('aria-sort'), 'ascending');
  await sortButton(page, 'Trường').click();
  assert.deepEqual(await shownNames(page), [DONG_DA, LE_LOI, HOA_BINH, DONG_ANH, DUONG_XA, ANH_DUONG]);
  assert.equal(await page.locator('#bang_theo_doi thead th').first().getAttribute('aria-sort'), 'descending');
  assert.match(await page.locator('#bang_theo_doi caption').textContent(), /sắp xếp theo Trường \(Z đến A\)$/);
  assert.deepEqual(page.errors, []);
});

test('sorts numbers as numbers, largest first; a failed build last', async () => {
  const page = await fresh();
  const posts = sortButton(page, 'Bài trong năm học');
  await posts.click();
  // 140, 98, 70, 60, 40, then the member without figures (as text, "98" would come before "140").
  assert.deepEqual(await shownNames(page), [LE_LOI, DUONG_XA, DONG_ANH, HOA_BINH, DONG_DA, ANH_DUONG]);
  const th = page.locator('#bang_theo_doi thead th').filter({ hasText: 'Bài trong năm học' });
  assert.equal(await th.getAttribute('aria-sort'), 'descending');
  // Only one column is sorted at a time.
  assert.equal(await page.locator('#bang_theo_doi thead th[aria-sort]').count(), 1);
});

test('filters by commune, by text without diacritics, by type and by problems', async () => {
  const page = await fresh();
  const form = page.locator('#loc_bang_theo_doi');
  assert.ok(await form.isVisible(), 'the filters appear when the script runs');

  await page.getByLabel('Xã/phường').selectOption('Xã Gia Lâm');
  assert.deepEqual(await shownNames(page), [DUONG_XA, ANH_DUONG]);
  await page.waitForFunction(
    () => document.getElementById('so_truong').textContent === 'Đang hiển thị 2 trên tổng số 6 trường.'
  );
  await page.getByLabel('Xã/phường').selectOption('');

  await page.getByLabel('Tìm trường').fill('dong da');
  assert.deepEqual(await shownNames(page), [DONG_DA]);
  await page.getByLabel('Tìm trường').fill('THCS DONG ANH');
  assert.deepEqual(await shownNames(page), [DONG_ANH]);
  await page.getByLabel('Tìm trường').fill('Đông Anh');
  assert.deepEqual(await shownNames(page), [DONG_ANH]);
  await page.getByLabel('Tìm trường').fill('');

  await page.getByLabel('Loại trường').selectOption('thcs');
  assert.deepEqual(await shownNames(page), [DUONG_XA, HOA_BINH, DONG_ANH]);
  await page.getByLabel('Chỉ trường có vấn đề').check();
  assert.deepEqual(await shownNames(page), [DUONG_XA]);
  await page.getByLabel('Loại trường').selectOption('');
  assert.deepEqual(await shownNames(page), [DUONG_XA, DONG_DA, ANH_DUONG, LE_LOI]);
  assert.deepEqual(page.errors, []);
});

test('reads the flagged differences beside the audit', async () => {
  const page = await fresh();
  const row = page.locator('#truong-thcs-duong-xa');
  const diffs = await row.locator('.dash-diff').allTextContents();
  assert.deepEqual(
    diffs.map((d) => d.replace(/\s+/g, ' ').trim()),
    [
      '⚠ “Lãnh đạo”: đạt khi kiểm tra, đánh giá trực tuyến không tìm thấy',
      '⚠ “Thời khóa biểu”: đánh giá trực tuyến tìm thấy, kiểm tra báo thiếu',
    ]
  );
  // The flag is not colour alone: the words are there, the mark is hidden from screen readers.
  assert.equal(await row.locator('.dash-flag').first().getAttribute('aria-hidden'), 'true');
  const leLoi = (await page.locator('#truong-thpt-le-loi .dash-diff').allTextContents()).join(' | ');
  assert.match(leLoi, /Đánh giá trực tuyến đã cũ: 73 ngày trước \(quá 30 ngày\)/);
  // The summary counts them.
  const summary = page.locator('.dash-count').filter({ hasText: 'Khác biệt với đánh giá trực tuyến' });
  assert.equal((await summary.locator('dd').textContent()).trim(), '3');
});

test('no horizontal scroll of the page at 360 px: the table scrolls in its own focusable region', async () => {
  const page = await fresh(360);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  assert.ok(widths.page <= widths.viewport, `page is ${widths.page}px wide in a ${widths.viewport}px viewport`);
  assert.ok(widths.body <= widths.viewport, `body is ${widths.body}px wide in a ${widths.viewport}px viewport`);
  const region = page.locator('.dash-scroll');
  assert.equal(await region.getAttribute('role'), 'region');
  const inner = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  assert.ok(inner.scroll > inner.client, 'the table is wider than its region at 360 px');
  // Reached with the keyboard, with a visible focus ring.
  await region.focus();
  const outline = await region.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  assert.notEqual(outline.split(' ')[0], 'none');
  assert.notEqual(outline.split(' ')[1], '0px');
});

test('without JavaScript the table is the page: every row, no filters, no sort buttons', async () => {
  const page = await openPage(browser, url(), { javaScript: false });
  assert.deepEqual(await shownNames(page), [DUONG_XA, HOA_BINH, DONG_DA, ANH_DUONG, LE_LOI, DONG_ANH]);
  assert.equal(await page.locator('#loc_bang_theo_doi').isVisible(), false);
  assert.equal(await page.locator('#bang_theo_doi thead button').count(), 0);
  assert.equal(await page.locator('#bang_theo_doi thead th[scope="col"]').count(), 19);
  assert.match(await page.locator('#truong-thcs-duong-xa').textContent(), /đánh giá trực tuyến không tìm thấy/);
});

test('sorts names in Vietnamese order without Intl too (older browsers)', async () => {
  // Last of the tests on the shared page: the script stays for its later loads.
  await shared.addInitScript(() => {
    delete window.Intl;
  });
  const page = await fresh();
  assert.equal(await page.evaluate(() => typeof window.Intl), 'undefined');
  await sortButton(page, 'Trường').click();
  assert.deepEqual(await shownNames(page), [ANH_DUONG, DUONG_XA, DONG_ANH, HOA_BINH, LE_LOI, DONG_DA]);
  assert.deepEqual(page.errors, []);
});
