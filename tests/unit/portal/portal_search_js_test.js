// The portal's one search over all members, as js/search.js reads it under
// node: the fixture portal tests/fixtures/portals/basic (its broken member
// repaired) built with `webtruong portal build`, then a table of queries
// against www/search/: schools found by name without diacritics, pages of
// members on a path and on their own host, a school's name with a topic,
// and a word no page holds named.
//
// usage: node portal_search_js_test.js WEBTRUONG SOURCE_DIR   (ctest: "portal: js/search.js ...")
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const [webtruong, source] = process.argv.slice(2);
const search = require(path.resolve(source, 'themes/default/static/js/search.js'));

let failures = 0;
function eq(got, expected, what) {
  if (JSON.stringify(got) !== JSON.stringify(expected)) {
    failures++;
    console.error(`FAIL ${what}:\n  got      ${JSON.stringify(got)}\n  expected ${JSON.stringify(expected)}`);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wt-portal-search-js-'));
const finish = () => fs.rmSync(tmp, { recursive: true, force: true });
try {
  const portal = path.join(tmp, 'portal');
  fs.cpSync(path.join(source, 'tests/fixtures/portals/basic'), portal, { recursive: true });
  fs.writeFileSync(path.join(portal, 'members/th-hong/content/tin-tuc/loi.md'),
    '---\ntitle: Tin đúng\ndate: 28/02/2026\n---\nĐã sửa.\n');
  execFileSync(webtruong, ['portal', 'build', portal, '-o', path.join(tmp, 'out')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SOURCE_DATE_EPOCH: '1781481600' }
  });
  const root = path.join(tmp, 'out', 'www');
  const home = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  eq(/<form class="site-search" role="search"[^>]* action="\/tim-kiem\/" method="get">/.test(home), true, 'the search box of the portal home');
  const page = fs.readFileSync(path.join(root, 'tim-kiem/index.html'), 'utf8');
  eq(page.includes('data-index="/search/manifest.json"') && page.includes('<script src="/js/search.js" defer>'), true, 'the results page');

  const searcher = new search.Searcher((p) =>
    Promise.resolve(JSON.parse(fs.readFileSync(path.join(root, 'search', p), 'utf8'))));
  const found = async (query) => {
    const r = await searcher.search(query);
    const docs = await searcher.documents(r.results.map((x) => x.doc));
    return { urls: docs.map((d) => d.url), missing: r.missing.map((w) => w.text), docs };
  };
  (async () => {
    // A school by its name, typed without diacritics: its entry first.
    let r = await found('mam non b');
    eq(r.urls[0], 'https://mnb.example.edu.vn/', 'a school on its own host, by name');
    eq(r.docs[0].section, 'Danh bạ trường học', 'shown as a directory entry');
    r = await found('Trường THCS A');
    eq(r.urls[0], '/thcs-a/', 'a school under a path, by name');
    // Schools of a commune (its name is in their entries).
    r = await found('tam duong');
    eq(r.urls.slice(0, 2).sort(), ['/th-hong/', 'https://mnb.example.edu.vn/'], 'the schools of xã Tam Dương');
    // Pages of every member, with their school in the section.
    r = await found('thuc don');
    eq(r.urls, ['https://mnb.example.edu.vn/tin-tuc/thuc-don-tuan/'], 'a page of a member on its own host');
    eq(r.docs[0].section, 'Trường Mầm non B · Tin tức', 'its school and section');
    r = await found('khai giang');
    eq(r.urls, ['/thcs-a/tin-tuc/le-khai-giang-nam-hoc-2025-2026/'], 'a page of a member under a path');
    eq(r.docs[0].excerpt, 'Nhà trường khai giảng năm học mới.', 'its excerpt');
    // A topic with a school's name: only that school's pages.
    r = await found('tin tuc thcs a');
    eq(r.urls.length > 0 && r.urls.every((u) => u.startsWith('/thcs-a/')), true, 'a topic and a school');
    // Every word required; a word no page holds is named.
    r = await found('khai giang xyzzy');
    eq([r.urls, r.missing], [[], ['xyzzy']], 'a word no page holds');
    // Drafts are in no member's index.
    r = await found('ban nhap');
    eq(r.urls, [], 'a draft is not found');
    finish();
    if (failures) {
      console.error(`${failures} failure(s)`);
      process.exit(1);
    }
    console.log('ok');
  })().catch((e) => {
    console.error(e);
    finish();
    process.exit(1);
  });
} catch (e) {
  finish();
  throw e;
}
