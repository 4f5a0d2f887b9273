// The forms of Decap CMS in a real browser (Debian's chromium): a copy of
// site.example served by `webtruong serve` (its /admin/ serves the config
// made from our schemas, and Decap's own scripts from cms/node_modules), and
// decap-server (cms/package.json), the local backend, on 127.0.0.1 in fs mode
// saving into the copy. A teacher logs in, sees every section and kind of
// data, writes a news post and a fee schedule through the forms; the files
// written are what `webtruong build` and `check` accept, and the approved
// post appears in the preview. Nothing is requested off 127.0.0.1.
//
// Environment (tests/CMakeLists.txt): WT_BINARY, WT_SOURCE_DIR.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser.mjs';

const binary = process.env.WT_BINARY;
const source = process.env.WT_SOURCE_DIR;
assert.ok(binary && existsSync(binary), 'WT_BINARY names no webtruong binary');
const decapServer = join(source, 'cms', 'node_modules', 'decap-server', 'dist', 'index.js');
assert.ok(existsSync(decapServer), 'decap-server is not installed: scripts/install-deps.sh runs npm ci in cms/');

const work = mkdtempSync(join(tmpdir(), 'wt-cms-browser-'));
const site = join(work, 'site');
const children = [];
let browser;
let serveUrl;
let proxyPort;
const external = []; // requests that left 127.0.0.1
const pageErrors = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function start(cmd, args, options, log) {
  const out = openSync(join(work, log), 'w');
  const child = spawn(cmd, args, { ...options, stdio: ['ignore', out, out] });
  children.push(child);
  return child;
}

async function waitFor(check, what, ms = 20000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch {}
    if (Date.now() > until) throw new Error('timed out waiting for ' + what);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function run(args) {
  return spawnSync(binary, args, { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: '' } });
}

before(async () => {
  cpSync(join(source, 'site.example'), site, {
    recursive: true,
    filter: (p) => !p.includes(join('site.example', 'public')) && !p.includes('.webtruong-cache'),
  });
  proxyPort = await freePort();
  const servePort = await freePort();
  // decap-server reads a .env in its working folder: the empty work folder has none.
  start(process.execPath, [decapServer], {
    cwd: work,
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: site, LOG_LEVEL: 'warn' },
  }, 'decap-server.log');
  start(binary, ['serve', site, '-p', String(servePort), '--cms-proxy', `http://127.0.0.1:${proxyPort}/api/v1`], {
    env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: '' },
  }, 'serve.log');
  serveUrl = `http://127.0.0.1:${servePort}`;
  await waitFor(async () => (await fetch(serveUrl + '/')).status === 200, 'webtruong serve');
  await waitFor(async () => (await fetch(`http://127.0.0.1:${proxyPort}/api/v1`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}',
  })).status === 200, 'decap-server');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
  rmSync(work, { recursive: true, force: true });
});

async function adminPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  const page = await context.newPage();
  // Decap is 5 MB of script: on a busy 2-core CI machine it takes 15 s and more to start.
  page.setDefaultTimeout(90000);
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|blob:|data:)/.test(u)) external.push(u);
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(serveUrl + '/admin/', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  return page;
}

// Opens the form of a new entry as a teacher does: the collection in the
// side bar, then its "new" button (jumping there by the address alone can
// show an empty editor in Decap 3.16).
async function newEntry(page, collection) {
  await page.getByRole('complementary').getByRole('link', { name: collection, exact: true }).click();
  await page.getByRole('link', { name: /^Tạo bài thuộc loại/ }).click();
}

async function publish(page) {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  try {
    await page.getByRole('button', { name: 'Đã công bố', exact: true }).waitFor({ timeout: 30000 });
  } catch (e) {
    // What the form said instead (a field Decap refused), kept for the failure message.
    const shot = join(process.env.WT_ARTIFACTS || tmpdir(), 'cms-publish-failed.png');
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    const errors = await page.locator('[class*="ControlErrorsList"] li, [role="alert"]').allInnerTexts().catch(() => []);
    throw new Error(`saving failed (screenshot ${shot}): ${errors.join(' | ')}\n${e.message}`);
  }
}

test('the generated configuration loads: every section and every kind of data has its form, in Vietnamese', async () => {
  const page = await adminPage();
  const nav = page.getByRole('complementary');
  for (const name of ['Tin tức - Sự kiện', 'Thông báo', 'Trang', 'Các khoản thu theo năm học', 'Thủ tục hành chính',
    'Thời khóa biểu', 'Lịch công tác tuần']) {
    await nav.getByRole('link', { name, exact: true }).waitFor();
  }
  await page.context().close();
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(external, [], 'requests left 127.0.0.1');
});

test('a news post written in the form is a file build and check accept, and appears in the preview once approved', async () => {
  const page = await adminPage();
  await newEntry(page, 'Tin tức - Sự kiện');
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Lễ khai giảng năm học mới: Đoàn trường ra quân');
  await page.getByLabel(/^Ngày đăng/).fill('2026-12-07T08:30');
  await page.getByLabel(/^Tác giả/).fill('Nguyễn Văn An');
  await page.getByLabel(/^Trạng thái duyệt/).click();
  await page.getByRole('option', { name: 'Đã duyệt (đăng lên trang)' }).click();
  await page.getByLabel(/^Người duyệt/).fill('Trần Thị Bình (Trưởng ban biên tập)');
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('Sáng nay toàn trường dự lễ khai giảng.');
  await publish(page);

  // The file is named without diacritics (đ -> d) and holds what the form said.
  const file = join(site, 'content', 'tin-tuc', 'le-khai-giang-nam-hoc-moi-doan-truong-ra-quan.md');
  const text = await waitFor(() => existsSync(file) && readFileSync(file, 'utf8'), file);
  assert.match(text, /^---\n/);
  assert.match(text, /title: ['"]?Lễ khai giảng năm học mới: Đoàn trường ra quân/);
  assert.match(text, /date: ['"]?2026-12-07T08:30:00\+07:00/);
  assert.match(text, /status: published/);
  assert.match(text, /approved_by: Trần Thị Bình \(Trưởng ban biên tập\)/);
  assert.match(text, /Sáng nay toàn trường dự lễ khai giảng\./);
  assert.doesNotMatch(text, /summary:|image:|source:/, 'empty optional fields are left out');

  // The preview rebuilt by itself and shows the post.
  await waitFor(async () => (await fetch(serveUrl + '/tin-tuc/le-khai-giang-nam-hoc-moi-doan-truong-ra-quan/')).status === 200,
    'the post in the preview');
  await page.context().close();

  const out = join(work, 'public');
  const build = run(['build', site, '-o', out]);
  assert.equal(build.status, 0, build.stdout + build.stderr);
  assert.ok(existsSync(join(out, 'tin-tuc', 'le-khai-giang-nam-hoc-moi-doan-truong-ra-quan', 'index.html')));
  const check = run(['check', site]);
  assert.doesNotMatch(check.stdout + check.stderr, /le-khai-giang-nam-hoc-moi.*error/);
  assert.deepEqual(external, [], 'requests left 127.0.0.1');
});

test('a fee schedule written in the form passes the schema the build checks it against', async () => {
  const page = await adminPage();
  await newEntry(page, 'Các khoản thu theo năm học');
  await page.getByLabel('Năm học', { exact: true }).fill('2027-2028');
  // The list must hold at least one item (minItems 1): the new form starts with it.
  await page.getByLabel('Tên khoản thu', { exact: true }).first().waitFor();
  assert.equal(await page.getByLabel('Tên khoản thu', { exact: true }).count(), 1);
  await page.getByLabel('Tên khoản thu', { exact: true }).last().fill('Tiền ăn bán trú');
  await page.getByLabel(/^Số tiền/).last().fill('750000');
  await page.getByLabel('Đơn vị tính', { exact: true }).last().fill('tháng');
  await page.getByRole('switch', { name: /Bắt buộc/ }).last().click();
  await publish(page);
  const file = join(site, 'data', 'khoan-thu', '2027-2028.yaml');
  const text = await waitFor(() => existsSync(file) && readFileSync(file, 'utf8'), file);
  assert.match(text, /school_year: ['"]?2027-2028/);
  assert.match(text, /amount: 750000\b/);
  assert.match(text, /mandatory: true/);
  assert.doesNotMatch(text, /note:|payer:|legal_basis:/, 'empty optional fields are left out');
  await page.context().close();

  const build = run(['build', site, '-o', join(work, 'public2')]);
  assert.equal(build.status, 0, build.stdout + build.stderr);
  const check = run(['check', site]);
  assert.doesNotMatch(check.stdout + check.stderr, /khoan-thu\/2027-2028\.yaml:\d+:\d+: error/);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(external, [], 'requests left 127.0.0.1');
});
