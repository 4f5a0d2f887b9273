// js/search.js (themes/default/static/js) under node, against the index a
// real build writes: the shared word table (words.tsv, which the C++
// tokenizer is tested on too), then the query table on the fixture site
// tests/fixtures/sites/search: which pages each query finds, in order.
//
// usage: node search_js_test.js WEBTRUONG SOURCE_DIR   (ctest: "search: js ...")
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const [webtruong, source] = process.argv.slice(2);
const scriptPath = path.resolve(source, 'themes/default/static/js/search.js');
const search = require(scriptPath);

let failures = 0;
function eq(got, expected, what) {
  if (JSON.stringify(got) !== JSON.stringify(expected)) {
    failures++;
    console.error(`FAIL ${what}:\n  got      ${JSON.stringify(got)}\n  expected ${JSON.stringify(expected)}`);
  }
}

// --- 1. the word table ---------------------------------------------------------
const rows = fs
  .readFileSync(path.join(source, 'tests/unit/search/words.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && l[0] !== '#')
  .map((l) => l.split('\t'));
eq(rows.length, 38, 'rows of words.tsv');
for (const [word, fold, spelling] of rows) {
  const ws = search.words(word);
  eq(ws.map((w) => [w.fold, w.spelling]), [[fold, spelling]], `words(${JSON.stringify(word)})`);
}
eq(search.words('Thời khoá-biểu, lớp 6A1!').map((w) => w.fold), ['thoi', 'khoa', 'bieu', 'lop', '6a1'], 'words of a sentence');
eq(search.words('a'.repeat(60))[0].fold.length, 40, 'a long word is cut as the C++ tokenizer cuts it');

// --- 2. highlighting -------------------------------------------------------------
const q = search.words('thoi KHOA');
eq(
  search.highlight('Thời khoá biểu <b>', q),
  [
    { text: 'Thời', mark: true },
    { text: ' ', mark: false },
    { text: 'khoá', mark: true },
    { text: ' biểu <b>', mark: false }
  ],
  'highlight'
);
const typed = search.words('bie');
typed[0].prefix = true;
eq(search.highlight('Thời khoá biểu', typed), [{ text: 'Thời khoá ', mark: false }, { text: 'biểu', mark: true }], 'highlight of a prefix');
eq(fs.readFileSync(scriptPath, 'utf8').includes('innerHTML'), false, 'the script never writes innerHTML');

// --- 3. the index of a built site ------------------------------------------------
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wt-search-js-'));
try {
  execFileSync(webtruong, ['build', path.join(source, 'tests/fixtures/sites/search'), '-o', path.join(out, 'public'), '-q'], {
    stdio: ['ignore', 'ignore', 'inherit']
  });
  const root = path.join(out, 'public');
  const home = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  eq(/<form class="site-search" role="search"[^>]* action="\/tim-kiem\/" method="get">/.test(home), true, 'the search box of the home page');
  eq(/<input type="search" id="o_tim_kiem" name="q"/.test(home), true, 'its search input');
  const page = fs.readFileSync(path.join(root, 'tim-kiem/index.html'), 'utf8');
  eq(page.includes('data-index="/search/manifest.json"') && page.includes('<script src="/js/search.js" defer>'), true, 'the results page');

  let fetched = [];
  const searcher = new search.Searcher((p) => {
    fetched.push(p);
    return Promise.resolve(JSON.parse(fs.readFileSync(path.join(root, 'search', p), 'utf8')));
  });
  const urls = async (query) => {
    const r = await searcher.search(query);
    const docs = await searcher.documents(r.results.map((x) => x.doc));
    return { urls: docs.map((d) => d.url), missing: r.missing.map((w) => w.text), docs };
  };
  const tkb = ['/tin-tuc/tkb-moi/', '/tin-tuc/tkb-cu/', '/tin-tuc/rai-rac/'];
  const table = [
    // exact phrase in a title, then in a text (old tone placement), then the words apart (the newest post)
    ['thời khóa biểu', tkb],
    ['thoi khoa bieu', tkb],
    ['THOI KHOA BIEU', tkb],
    ['Thời khoá biểu', tkb],
    // in a title first; then exact diacritics (khóa = khoá) before "khoa"; then newest first
    ['khoá', ['/tin-tuc/tkb-moi/', '/tin-tuc/khoa-hoc/', '/tin-tuc/rai-rac/', '/tin-tuc/tkb-cu/']],
    // đ folds to d; without diacritics both in their order, with them the exact one first
    ['doan', ['/tin-tuc/doan/', '/tin-tuc/du-doan/']],
    ['Đoàn', ['/tin-tuc/doan/', '/tin-tuc/du-doan/']],
    ['đoán', ['/tin-tuc/du-doan/', '/tin-tuc/doan/']],
    // every word required; "6" as typed matches 6A1
    ['tuyển sinh lớp 6', ['/tin-tuc/tuyen-sinh/', '/tin-tuc/lop-6a1/']],
    ['tuyen s', ['/tin-tuc/tuyen-sinh/', '/tin-tuc/lop-6a1/']],
    ['tuyen s ', []], // "s" finished as a word: no page has it alone
    ['gioi thieu', ['/gioi-thieu/']]
  ];
  (async () => {
    for (const [query, expected] of table) eq((await urls(query)).urls, expected, `search(${JSON.stringify(query)})`);
    let r = await urls('xyzzy');
    eq([r.urls, r.missing], [[], ['xyzzy']], 'a word no page holds is named');
    r = await urls('thời khóa xyzzy');
    eq([r.urls, r.missing], [[], ['xyzzy']], 'a word no page holds is not dropped');
    r = await urls('tuyen s ');
    eq(r.missing, ['s'], 'a finished word no page holds');
    r = await urls('ngoặc');
    eq([r.docs[0].title, r.docs[0].date, r.docs[0].section], ['Dấu <b> & "ngoặc" trong tiêu đề', '01/09/2024', 'Tin tức'], 'title kept as text');
    r = await urls('thoi khoa bieu');
    eq([r.docs[0].date, r.docs[0].excerpt], ['10/01/2025', 'Nhà trường công bố lịch học mới, áp dụng từ tuần 20.'], 'date and excerpt');
    // A second searcher, cold: what one query fetches.
    fetched = [];
    const cold = new search.Searcher((p) => {
      fetched.push(p);
      return Promise.resolve(JSON.parse(fs.readFileSync(path.join(root, 'search', p), 'utf8')));
    });
    const res = await cold.search('Đoàn');
    await cold.documents(res.results.map((x) => x.doc));
    eq(fetched[0], 'manifest.json', 'the manifest first');
    eq(fetched.filter((f) => f.startsWith('p/')).length, 0, 'one word: no pair shards');
    fs.rmSync(out, { recursive: true, force: true });
    if (failures) {
      console.error(`${failures} failure(s)`);
      process.exit(1);
    }
    console.log('ok');
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} catch (e) {
  fs.rmSync(out, { recursive: true, force: true });
  throw e;
}
