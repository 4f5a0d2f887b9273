// The default theme in a real browser (Debian's chromium): site.example and a
// site made by `webtruong new` are built into a temporary folder, then
//   - the Nu HTML Checker (vnu.jar, one JVM over every HTML file) finds no error;
//   - every page at 360 px: nothing overflows horizontally, no script error, no
//     Content-Security-Policy violation, no file that fails to load;
//   - every page at 360 px: no data table (DATA_TABLES, or any table whose cells
//     carry data-label) is wider than the screen, and one stacked into cards shows
//     each cell with its label and at least MIN_CELL px wide, its content within
//     it; a prose table without labels may scroll in its box (reported only);
//   - axe-core finds no WCAG 2.1 A/AA violation (at 360 px on a representative
//     set: every page of a layout used at most 6 times, the first, middle and last
//     of the others, and the pages named below; every page with WT_THEME_ALL_PAGES=1;
//     at 1280 px on the pages screenshotted and the data pages of that set);
//   - the home page shows fees, timetable, disclosures and procedures links
//     within the first two screens of a 360x800 phone;
//   - search: the header's box at 360 px finds pages typed without diacritics
//     (đ folded, prefixes as typed), names a word no page holds, and without
//     JavaScript leads to a page pointing to the site map;
//   - a timetable prints cleanly: no navigation, skip link, menu or form
//     controls shown, the tables within an A4 width (794 px);
//   - screenshots at 360 and 1280 px of the home page, an article, the fee
//     page and a timetable page (and the timetable printed: an A4 PDF and a
//     794 px screenshot in print media) are kept in
//     $WT_ARTIFACTS (default: a new temporary folder, printed).
// Environment: WT_BINARY (the webtruong binary), WT_SOURCE_DIR (the checkout).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, serveFolder } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const binary = process.env.WT_BINARY;
const sourceDir = process.env.WT_SOURCE_DIR;
assert.ok(binary && existsSync(binary), 'WT_BINARY names no webtruong binary');
assert.ok(sourceDir && existsSync(join(sourceDir, 'site.example', 'site.yaml')), 'WT_SOURCE_DIR holds no site.example');
const inCI = ['true', '1', 'yes'].includes(process.env.CI || '');
const allPages = ['1', 'true', 'yes'].includes(process.env.WT_THEME_ALL_PAGES || '');
const axePath = require.resolve('axe-core/axe.min.js');
const vnuJar = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PHONE = 360;
const DESKTOP = 1280;
const A4_WIDTH = 794; // 210 mm at 96 px/inch
// The classes of the layouts' data tables: on a phone each fits the screen,
// stacked into cards (style.css, "stacked tables on phones") or narrow enough
// as a table. A Markdown table is held to it once its cells carry data-label.
const DATA_TABLES = ['data-table', 'fee-table', 'fee-total-table', 'doc-table', 'schedule-table', 'tt-grid'];
const MIN_CELL = 120; // px: the narrowest readable line of a stacked table

// The pages every run checks with axe (besides those chosen per layout), and the
// ones screenshotted; paths are those of site.example unless said otherwise.
const NAMED = {
  example: ['/', '/lien-he/', '/hoi-dap-gop-y/', '/tin-tuc/trang/2/', '/to-chuc/',
    '/tin-tuc/soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2025-2026/', '/so-do-trang/'],
  fresh: ['/', '/lien-he/'],
};
const SHOTS = {
  example: {
    home: '/',
    article: '/tin-tuc/soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2025-2026/',
    fees: '/cac-khoan-thu/',
    timetable: '/thoi-khoa-bieu/lop/6a1/',
  },
  fresh: {
    home: '/',
    article: '/tin-tuc/ra-mat-cong-thong-tin-dien-tu/',
    fees: '/cac-khoan-thu/',
    timetable: '/thoi-khoa-bieu/lop/6a1/',
  },
};
// What a parent looks for first on the home page (its link, by path prefix).
const HOME_LINKS = {
  fees: '/cac-khoan-thu/',
  timetable: '/thoi-khoa-bieu/',
  disclosures: '/cong-khai/',
  procedures: '/thu-tuc-hanh-chinh/',
};

let work;
let artefacts;
let browser;
const sites = {}; // name -> { dir, server, pages: [{ path, file, kind, alias }] }

function htmlFiles(dir, base = '') {
  const out = [];
  for (const e of readdirSync(join(dir, base), { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue; // the build's own .webtruong/ cache
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...htmlFiles(dir, rel));
    else if (e.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

function describePages(dir) {
  return htmlFiles(dir).map((rel) => {
    const html = readFileSync(join(dir, rel), 'utf8');
    const body = /<body(?:\s+class="([^"]*)")?/.exec(html);
    return {
      file: join(dir, rel),
      path: '/' + rel.replace(/(^|\/)index\.html$/, '$1'),
      kind: body?.[1] || '(none)',
      alias: /<meta http-equiv="refresh"/i.test(html), // an alias: a redirect, not a page of the theme
    };
  });
}

/// The pages axe checks at 360 px: all, or per layout (body class) every page of a
/// layout used at most 6 times, else its first, middle and last; and the named ones.
function axeSelection(name) {
  const pages = sites[name].pages.filter((p) => !p.alias);
  if (allPages) return pages;
  const byKind = new Map();
  for (const p of pages) byKind.set(p.kind, [...(byKind.get(p.kind) || []), p]);
  const chosen = new Set();
  for (const list of byKind.values()) {
    if (list.length <= 6) list.forEach((p) => chosen.add(p));
    else [list[0], list[Math.floor(list.length / 2)], list[list.length - 1]].forEach((p) => chosen.add(p));
  }
  for (const path of NAMED[name]) {
    const p = pages.find((q) => q.path === path);
    if (p) chosen.add(p);
  }
  for (const path of Object.values(SHOTS[name])) {
    const p = pages.find((q) => q.path === path);
    if (p) chosen.add(p);
  }
  return pages.filter((p) => chosen.has(p));
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'wt-theme-'));
  artefacts = process.env.WT_ARTIFACTS || mkdtempSync(join(tmpdir(), 'wt-theme-artefacts-'));
  mkdirSync(artefacts, { recursive: true });
  const run = (...args) => execFileSync(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  run('build', join(sourceDir, 'site.example'), '-o', join(work, 'example'));
  run('new', join(work, 'fresh-src'), '--type', 'thcs', '--name', 'Trường THCS Nguyễn Trãi', '--province', 'Phú Thọ');
  run('build', join(work, 'fresh-src'), '-o', join(work, 'fresh'));
  for (const name of ['example', 'fresh']) {
    const dir = join(work, name);
    sites[name] = { dir, server: await serveFolder(dir), pages: describePages(dir) };
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const s of Object.values(sites)) await s.server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  console.log(`# theme artefacts (screenshots, timetable PDF, report.json): ${artefacts}`);
});

// A CSP violation shows up as a console error too, but its event says which directive.
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || ''}:${e.lineNumber || ''}`);
  });
}

/// A page of its own (one context) at `width`, whose axe-core is served from the
/// site's own origin, so that the pages' script-src 'self' lets it run.
async function pageFor(name, width) {
  const s = sites[name];
  const page = await openPage(browser, s.server.url + '/', { width, initScript: reportCspViolations });
  const axeSource = readFileSync(axePath, 'utf8');
  await page.route('**/__axe-core.min.js', (route) => route.fulfill({ body: axeSource, contentType: 'text/javascript' }));
  page.failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) page.failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on('requestfailed', (r) => {
    // net::ERR_ABORTED: a load cut short by the next navigation (the favicon, typically), not a missing file.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') page.failed.push(`${r.failure()?.errorText} ${new URL(r.url()).pathname}`);
  });
  return page;
}

async function load(page, name, path) {
  page.errors.length = 0;
  page.failed.length = 0;
  await page.goto(sites[name].server.url + path, { waitUntil: 'load' });
}

/// axe-core's WCAG 2.1 A/AA violations on the loaded page, and (in `incomplete`)
/// the nodes it could not decide (reported, not failed).
async function runAxe(page, name, incomplete = []) {
  await page.addScriptTag({ url: sites[name].server.url + '/__axe-core.min.js' });
  const result = await page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations', 'incomplete'] }),
    WCAG_TAGS
  );
  const flat = (list) =>
    list.flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        target: n.target.join(' '),
        html: n.html.slice(0, 160),
        message: (n.failureSummary || n.any?.[0]?.message || '').split('\n').slice(-1)[0].trim().slice(0, 300),
      }))
    );
  incomplete.push(...flat(result.incomplete));
  return flat(result.violations);
}

/// The elements sticking out past the right edge of the viewport that no box clips
/// or scrolls, and whose parent does not stick out unclipped too (the outermost
/// culprits). An absolutely positioned element is clipped only by boxes from its
/// containing block up: one inside a scrolling table whose box is not positioned
/// escapes it, and widens the page.
function overflowingElements(limit) {
  const describe = (el) =>
    el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map((c) => '.' + c).join('');
  const clipped = (el) => {
    let pos = getComputedStyle(el).position;
    if (pos === 'fixed') return false;
    let skipping = pos === 'absolute'; // until the containing block
    for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (skipping && s.position === 'static') continue;
      skipping = false;
      if (s.overflowX !== 'visible') return true;
      if (s.position === 'absolute') skipping = true;
      if (s.position === 'fixed') return false;
    }
    return false;
  };
  const sticksOut = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > limit + 0.5 && !clipped(el);
  };
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!sticksOut(el)) continue;
    if (el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
    const path = [];
    for (let a = el; a && a !== document.body; a = a.parentElement) path.unshift(describe(a));
    out.push(`${path.slice(-4).join(' > ')} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
  }
  return [...new Set(out)].slice(0, 5);
}

/// The tables of the page on a phone: `scrolling`, those wider than the screen
/// (scrolling in their box: the page does not scroll); `problems`, what is wrong
/// with its data tables and labelled tables: wider than the screen, or stacked
/// (displayed other than as a table) with a cell that shows no label (a cell
/// alone in its row is a note, not a column), narrower than `minCell` px or
/// whose content sticks out of it. Cells not shown (an empty one, a row filtered
/// out) are skipped. The label is the ::before content's text (before any "/").
function phoneTables({ dataClasses, minCell }) {
  const viewport = document.documentElement.clientWidth;
  const name = (t) => t.className || 'table';
  const label = (td) => (/^"((?:[^"\\]|\\.)*)"/.exec(getComputedStyle(td, '::before').content)?.[1] || '').trim();
  const scrolling = [];
  const problems = [];
  for (const t of document.querySelectorAll('table')) {
    const width = t.getBoundingClientRect().width;
    if (width > viewport + 0.5) scrolling.push(name(t));
    if (!dataClasses.some((c) => t.classList.contains(c)) && !t.querySelector('td[data-label]')) continue;
    if (width > viewport + 0.5) problems.push(`${name(t)}: ${Math.round(width)} px wide`);
    if (getComputedStyle(t).display === 'table') continue;
    for (const td of t.querySelectorAll('td')) {
      const r = td.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const where = `${name(t)} row ${td.parentElement.rowIndex + 1} «${td.textContent.trim().slice(0, 30)}»`;
      if (td.parentElement.cells.length > 1 && !label(td)) problems.push(`${where}: no label shown`);
      if (r.width < minCell) problems.push(`${where}: ${Math.round(r.width)} px wide`);
      if (td.scrollWidth > td.clientWidth + 1) problems.push(`${where}: content ${td.scrollWidth} px wide in ${td.clientWidth} px`);
    }
  }
  return { scrolling, problems: [...new Set(problems)].slice(0, 10) };
}

// One pass over every page of both sites at 360 px (memoised: several tests read it).
let phonePass;
function phoneSweep() {
  phonePass ??= (async () => {
    const result = { overflow: [], errors: [], failed: [], axe: [], axeIncomplete: [], scrollingTables: [], tables: [], pages: 0, axePages: 0, ms: 0 };
    const t0 = Date.now();
    for (const name of Object.keys(sites)) {
      const page = await pageFor(name, PHONE);
      const forAxe = new Set(axeSelection(name).map((p) => p.path));
      for (const p of sites[name].pages) {
        if (p.alias) continue;
        await load(page, name, p.path);
        result.pages++;
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE) {
          const culprits = await page.evaluate(overflowingElements, PHONE);
          result.overflow.push({ site: name, page: p.path, scrollWidth: width, culprits });
        }
        const tables = await page.evaluate(phoneTables, { dataClasses: DATA_TABLES, minCell: MIN_CELL });
        if (tables.scrolling.length) result.scrollingTables.push({ site: name, page: p.path, tables: tables.scrolling });
        if (tables.problems.length) result.tables.push({ site: name, page: p.path, problems: tables.problems });
        for (const e of page.errors) result.errors.push({ site: name, page: p.path, message: e });
        for (const f of page.failed) result.failed.push({ site: name, page: p.path, message: f });
        if (forAxe.has(p.path)) {
          result.axePages++;
          const undecided = [];
          for (const v of await runAxe(page, name, undecided)) result.axe.push({ site: name, page: p.path, width: PHONE, ...v });
          for (const v of undecided) result.axeIncomplete.push({ site: name, page: p.path, width: PHONE, ...v });
        }
      }
      await page.context().close();
    }
    result.ms = Date.now() - t0;
    return result;
  })();
  return phonePass;
}

// Screenshots at 360 and 1280 px; axe at 1280 px on the pages screenshotted and on
// the data pages of the selection (at 360 px axe cannot judge the contrast of the
// cells scrolled out of a table's region). Memoised.
let desktopPass;
function desktopSweep() {
  desktopPass ??= (async () => {
    const result = { files: [], axe: [], errors: [], axePages: 0, ms: 0 };
    const t0 = Date.now();
    for (const name of Object.keys(sites)) {
      for (const width of [PHONE, DESKTOP]) {
        const page = await pageFor(name, width);
        const shots = Object.entries(SHOTS[name]);
        const shotPaths = new Set(shots.map(([, path]) => path));
        const dataPages = width === DESKTOP ? axeSelection(name).filter((p) => p.kind.startsWith('kind-data') && !shotPaths.has(p.path)) : [];
        for (const [what, path] of [...shots, ...dataPages.map((p) => [null, p.path])]) {
          await load(page, name, path);
          if (what) {
            const file = join(artefacts, `${name}-${what}-${width}.png`);
            await page.screenshot({ path: file, fullPage: true });
            result.files.push(file);
          }
          for (const e of page.errors) result.errors.push({ site: name, page: path, width, message: e });
          if (width === DESKTOP) {
            result.axePages++;
            for (const v of await runAxe(page, name)) result.axe.push({ site: name, page: path, width, ...v });
          }
        }
        await page.context().close();
      }
    }
    result.ms = Date.now() - t0;
    return result;
  })();
  return desktopPass;
}

const report = {};
function keep(key, value) {
  report[key] = value;
  writeFileSync(join(artefacts, 'report.json'), JSON.stringify(report, null, 2));
}
const lines = (list, f) => list.map(f).join('\n');

test('the Nu HTML Checker finds no error on any page of either site', { timeout: 180000 }, (t) => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    assert.ok(!inCI, 'java is not installed, and CI must run the Nu HTML Checker (apt-get install default-jre-headless)');
    t.skip('java is not installed (apt-get install default-jre-headless)');
    return;
  }
  const files = Object.values(sites).flatMap((s) => s.pages.map((p) => p.file));
  const t0 = Date.now();
  const r = spawnSync('java', ['-Xss16m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  // vnu writes its JSON report on the standard error (the JVM may add lines before it).
  const text = r.stderr + r.stdout;
  assert.ok(text.includes('{'), `vnu printed no report (exit ${r.status}): ${text.slice(0, 500)}`);
  const out = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
  const errors = out.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      page: m.url ? '/' + relative(work, fileURLToPath(m.url.replace(/^file:(?!\/\/)/, 'file://'))) : '(none)',
      line: m.lastLine,
      message: m.message,
      extract: m.extract,
    }));
  keep('vnu', { version: out.version, files: files.length, ms: Date.now() - t0, errors });
  t.diagnostic(`vnu ${out.version}: ${files.length} files in ${Date.now() - t0} ms`);
  assert.equal(errors.length, 0, `vnu errors:\n${lines(errors, (e) => `${e.page}:${e.line}: ${e.message}`)}`);
});

test('nothing overflows horizontally at 360 px, on any page', { timeout: 300000 }, async (t) => {
  const r = await phoneSweep();
  keep('overflow', r.overflow);
  keep('tablesScrollingInside', r.scrollingTables);
  t.diagnostic(`${r.pages} pages at ${PHONE} px in ${r.ms} ms (axe on ${r.axePages} of them)`);
  if (r.scrollingTables.length) {
    t.diagnostic(`${r.scrollingTables.length} pages keep a table wider than the phone in a scrolling box, e.g. ${r.scrollingTables[0].site} ${r.scrollingTables[0].page}`);
  }
  assert.equal(
    r.overflow.length,
    0,
    `pages wider than ${PHONE} px:\n${lines(r.overflow, (o) => `${o.site} ${o.page}: ${o.scrollWidth} px; ${o.culprits.join('; ')}`)}`
  );
});

test(`on a phone the data tables fit: stacked, each cell labelled and at least ${MIN_CELL} px wide`, { timeout: 300000 }, async () => {
  const r = await phoneSweep();
  keep('phoneTables', r.tables);
  assert.equal(
    r.tables.length,
    0,
    `data tables at ${PHONE} px (wider than the screen, or stacked cells unlabelled or too narrow):\n${lines(r.tables, (p) => `${p.site} ${p.page}: ${p.problems.join('; ')}`)}`
  );
});

test('no script error, Content-Security-Policy violation or missing file, on any page', { timeout: 300000 }, async () => {
  const r = await phoneSweep();
  const s = await desktopSweep();
  keep('consoleErrors', [...r.errors, ...s.errors]);
  keep('failedRequests', r.failed);
  const all = [...r.errors, ...s.errors, ...r.failed];
  assert.equal(all.length, 0, `console errors and failed loads:\n${lines(all, (e) => `${e.site} ${e.page}: ${e.message}`)}`);
});

test('axe-core finds no WCAG 2.1 AA violation', { timeout: 300000 }, async (t) => {
  const r = await phoneSweep();
  const s = await desktopSweep();
  const all = [...r.axe, ...s.axe];
  keep('axe', all);
  keep('axeIncomplete', r.axeIncomplete);
  if (r.axeIncomplete.length) {
    const rules = [...new Set(r.axeIncomplete.map((v) => v.rule))].join(', ');
    t.diagnostic(`axe could not decide ${r.axeIncomplete.length} nodes (${rules}): see axeIncomplete in report.json`);
  }
  t.diagnostic(`axe on ${r.axePages} pages at ${PHONE} px and ${s.axePages} at ${DESKTOP} px${allPages ? ' (all pages)' : ''}`);
  assert.equal(
    all.length,
    0,
    `axe violations:\n${lines(all, (v) => `${v.site} ${v.page} @${v.width}: ${v.rule} (${v.impact}) ${v.target}: ${v.message}`)}`
  );
});

test('the home page shows fees, timetable, disclosures and procedures in the first two phone screens', async () => {
  const problems = [];
  const found = {};
  for (const name of Object.keys(sites)) {
    const page = await openPage(browser, sites[name].server.url + '/', { width: PHONE });
    const tops = await page.evaluate((targets) => {
      const out = {};
      for (const [what, prefix] of Object.entries(targets)) {
        let best = null;
        for (const a of document.querySelectorAll('a[href]')) {
          if (!new URL(a.href).pathname.startsWith(prefix)) continue;
          const r = a.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || !a.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
          const top = r.top + window.scrollY;
          if (best === null || top < best.top) best = { top: Math.round(top), text: a.textContent.trim().slice(0, 60) };
        }
        out[what] = best;
      }
      return out;
    }, HOME_LINKS);
    found[name] = tops;
    for (const [what, best] of Object.entries(tops)) {
      if (!best) problems.push(`${name}: no visible link to ${HOME_LINKS[what]} (${what})`);
      else if (best.top >= 1600) problems.push(`${name}: the first link to ${HOME_LINKS[what]} (${what}) is at ${best.top} px`);
    }
    await page.context().close();
  }
  keep('homeLinks', found);
  assert.deepEqual(problems, []);
});

/// What the results page shows once the script has answered `q` (status, hrefs, titles, marks).
async function searchResults(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('ket_qua_trang_thai')?.textContent || '';
    return /^Tìm thấy/.test(s) ? document.querySelectorAll('#ket_qua li').length > 0 : s !== '';
  }, null, { timeout: 15000 });
  return page.evaluate(() => ({
    status: document.getElementById('ket_qua_trang_thai').textContent,
    hrefs: [...document.querySelectorAll('#ket_qua li h2 a')].map((a) => new URL(a.href).pathname),
    titles: [...document.querySelectorAll('#ket_qua li h2 a')].map((a) => a.textContent),
    marks: [...document.querySelectorAll('#ket_qua mark')].map((m) => m.textContent),
    scrollWidth: document.documentElement.scrollWidth,
  }));
}
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const total = (status) => Number((/Tìm thấy ([\d.]+) trang/.exec(status) || [0, '-1'])[1].replace(/\./g, ''));

test('search works at 360 px: typed without diacritics in the header box, đ folded, a missing word named, no JavaScript falls back', { timeout: 120000 }, async () => {
  const s = sites.example;
  const page = await pageFor('example', PHONE);
  const problems = [];
  const found = {};

  // The header's box on the home page, submitted with Enter, lands on the results page.
  await load(page, 'example', '/');
  await page.fill('header input[type="search"]', 'thoi khoa bieu');
  await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=thoi/), page.press('header input[type="search"]', 'Enter')]);
  const plain = await searchResults(page);
  found.plain = plain;
  if (total(plain.status) <= 0) problems.push(`'thoi khoa bieu': ${plain.status}`);
  if (!plain.titles.length || !fold(plain.titles[0]).includes('thoi khoa bieu'))
    problems.push(`'thoi khoa bieu': the first result is «${plain.titles[0]}», not a page titled with the phrase`);
  if (!plain.marks.some((m) => fold(m) === 'khoa')) problems.push(`'thoi khoa bieu': no word marked in the results (${plain.marks.slice(0, 5)})`);
  if (plain.scrollWidth > PHONE) problems.push(`the results page is ${plain.scrollWidth} px wide at ${PHONE} px`);
  const violations = await runAxe(page, 'example');
  for (const v of violations) problems.push(`axe on the results: ${v.rule} ${v.target} ${v.message}`);

  // With diacritics and capitals: the same pages.
  await load(page, 'example', '/tim-kiem/?q=' + encodeURIComponent('THỜI KHOÁ BIỂU'));
  const upper = await searchResults(page);
  found.upper = upper;
  if (total(upper.status) !== total(plain.status)) problems.push(`'THỜI KHOÁ BIỂU' finds ${upper.status}, 'thoi khoa bieu' ${plain.status}`);

  // đ folds to d, and typing a prefix finds the word being typed.
  for (const [typed, needle] of [['doan', 'doan'], ['Đoàn', 'doan'], ['tuyen si', 'tuyen sinh']]) {
    await load(page, 'example', '/tim-kiem/');
    await page.locator('#tu_khoa').pressSequentially(typed, { delay: 20 });
    const r = await searchResults(page);
    found[typed] = { status: r.status, first: r.titles[0] };
    if (total(r.status) <= 0) problems.push(`'${typed}': ${r.status}`);
    else if (!r.titles.slice(0, 3).some((t) => fold(t).includes(needle))) {
      // the words may be in the text only: at least one mark must fold to them
      if (!r.marks.some((m) => needle.startsWith(fold(m)) || fold(m).startsWith(needle.split(' ')[0])))
        problems.push(`'${typed}': nothing marked that folds to '${needle}' (${r.marks.slice(0, 5)})`);
    }
  }
  if (found.doan && found['Đoàn'] && total(found.doan.status) !== total(found['Đoàn'].status))
    problems.push(`'doan' finds ${found.doan.status}, 'Đoàn' ${found['Đoàn'].status}`);

  // A word no page holds is named, nothing is listed, and no "more results" button shows.
  await load(page, 'example', '/tim-kiem/?q=' + encodeURIComponent('tuyển xqzvw'));
  const missing = await searchResults(page);
  found.missing = missing.status;
  if (!missing.status.includes('«xqzvw»') || missing.hrefs.length) problems.push(`'tuyển xqzvw': ${missing.status} (${missing.hrefs.length} results)`);
  if (await page.evaluate(() => document.getElementById('xem_them').checkVisibility()))
    problems.push(`'tuyển xqzvw': the button "Xem thêm kết quả" shows with no results`);

  // Results coming in move nothing already on the screen (Lighthouse's CLS).
  await load(page, 'example', '/tim-kiem/?q=thoi+khoa+bieu');
  await searchResults(page);
  const shifts = await page.evaluate(
    () =>
      new Promise((done) => {
        const seen = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) seen.push(Math.round(e.value * 1000) / 1000);
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(seen), 300);
      })
  );
  found.layoutShifts = shifts;
  if (shifts.length) problems.push(`the results page moves as its results come: layout shifts ${shifts}`);
  for (const e of page.errors) problems.push(`script error: ${e}`);
  for (const f of page.failed) problems.push(`failed to load: ${f}`);
  await page.context().close();

  // Without JavaScript the header's form still leads to the results page, which points to the site map.
  const nojs = await openPage(browser, s.server.url + '/', { width: PHONE, javaScript: false });
  await nojs.fill('header input[type="search"]', 'thoi khoa bieu');
  await Promise.all([nojs.waitForURL(/\/tim-kiem\/\?q=/), nojs.press('header input[type="search"]', 'Enter')]);
  const fallback = await nojs.evaluate(() => {
    const p = document.getElementById('tim_kiem_khong_js');
    return { shown: !!p && !p.hidden && p.checkVisibility(), link: p?.querySelector('a')?.getAttribute('href') || '' };
  });
  found.noJavaScript = fallback;
  if (!fallback.shown || !fallback.link.endsWith('/so-do-trang/')) problems.push(`without JavaScript: ${JSON.stringify(fallback)}`);
  await nojs.context().close();

  keep('search', found);
  assert.deepEqual(problems, []);
});

test('a timetable prints on A4 without navigation, and its tables fit the width', async (t) => {
  const problems = [];
  const found = {};
  for (const name of Object.keys(sites)) {
    const path = SHOTS[name].timetable;
    const page = await openPage(browser, sites[name].server.url + path, { width: A4_WIDTH });
    await page.setViewportSize({ width: A4_WIDTH, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const r = await page.evaluate(() => {
      const shown = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().height > 0;
      const describe = (el) => el.tagName.toLowerCase() + [...el.classList].map((c) => '.' + c).join('');
      const clutter = [...document.querySelectorAll('nav, .skip-link, summary, button, input, select, textarea, .site-nav, .breadcrumbs, .menu, .week-nav, .year-nav, .scroll-hint')]
        .filter(shown)
        .map(describe);
      const tables = [...document.querySelectorAll('table')].map((tb) => ({
        table: describe(tb),
        right: Math.round(tb.getBoundingClientRect().right),
        scrollWidth: tb.scrollWidth,
      }));
      return { clutter, tables, scrollWidth: document.documentElement.scrollWidth };
    });
    await page.screenshot({ path: join(artefacts, `${name}-timetable-print-${A4_WIDTH}.png`), fullPage: true });
    const pdf = join(artefacts, `${name}-timetable-A4.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    const pdfPages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
    found[name] = { ...r, pdf, pdfPages };
    t.diagnostic(`${name} ${path}: A4 PDF of ${pdfPages} page(s)`);
    if (r.clutter.length) problems.push(`${name} ${path}: shown in print: ${[...new Set(r.clutter)].join(', ')}`);
    if (r.scrollWidth > A4_WIDTH) problems.push(`${name} ${path}: page ${r.scrollWidth} px wide in print`);
    for (const tb of r.tables) {
      if (tb.right > A4_WIDTH || tb.scrollWidth > A4_WIDTH) problems.push(`${name} ${path}: ${tb.table} ends at ${tb.right} px (scrollWidth ${tb.scrollWidth})`);
    }
    await page.context().close();
  }
  keep('print', found);
  assert.deepEqual(problems, []);
});

test('screenshots at 360 and 1280 px are kept as artefacts', { timeout: 180000 }, async (t) => {
  const s = await desktopSweep();
  t.diagnostic(`${s.files.length} screenshots in ${s.ms} ms in ${artefacts}`);
  keep('screenshots', s.files);
  for (const f of s.files) assert.ok(existsSync(f), `${f} was not written`);
  assert.equal(s.files.length, Object.keys(sites).length * Object.keys(SHOTS.example).length * 2);
});
