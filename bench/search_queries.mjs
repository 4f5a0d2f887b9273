// The query half of bench/search-vs-pagefind.sh: runs a table of Vietnamese
// queries through Webtruong's js/search.js (on the index the build wrote)
// and through Pagefind's own pagefind.js (on the bundle it wrote), each with
// a cold cache, under node; prints what each returns in its top 5, whether
// that is right, and the compressed bytes each downloaded.
//
// usage: node search_queries.mjs OUR_SITE PAGEFIND_DIR CORPUS SEARCH_JS
//
// Bytes: files the tool fetched for the query (and its script), as they
// would travel: gzip -6 of plain files (JSON, JS), and the size on disk of
// Pagefind's files it compresses itself (.pf_*, the .pagefind wasm).
// Right: the ground truth is read from the corpus's Markdown with the same
// fold: every word required (the last one as a prefix unless the query ends
// with a space); a top 5 is right when every result holds every word, the
// pages with the exact phrase (several words) or the word in the title (one
// word) come first as far as there are any, and a query no page answers
// returns nothing.
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { createRequire } from 'module';
import { pathToFileURL, fileURLToPath } from 'url';

const [ours, pfDir, corpus, searchJs] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const S = require(path.resolve(searchJs));

const QUERIES = [
  'thời khóa biểu',
  'thoi khoa bieu',
  'THOI KHOA BIEU',
  'khoá',
  'doan',
  'Đoàn',
  'tuyển sinh lớp 6',
  'thời khóa xyzabc',
  'tuyen s'
];

const gz = (buf) => zlib.gzipSync(buf, { level: 6 }).length;
const kb = (n) => (n / 1024).toFixed(1);

// --- ground truth ---------------------------------------------------------------
function corpusDocs() {
  const docs = new Map(); // url -> {title: [folds], body: [folds], titleText}
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) {
        const text = fs.readFileSync(p, 'utf8');
        const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!m) continue;
        const t = /^title:\s*"?(.*?)"?\s*$/m.exec(m[1]);
        const rel = path.relative(path.join(corpus, 'content'), p).replace(/\\/g, '/');
        const url = '/' + rel.replace(/(^|\/)_index\.md$/, '$1').replace(/\.md$/, '/');
        const body = m[2].replace(/\]\([^)]*\)/g, ']');
        docs.set(url, {
          titleText: t ? t[1] : '',
          title: S.words(t ? t[1] : '').map((w) => w.fold),
          body: S.words(body).map((w) => w.fold)
        });
      }
    }
  };
  walk(path.join(corpus, 'content'));
  return docs;
}

function matcher(query) {
  const ws = S.words(query).map((w) => w.fold);
  const prefixLast = /[\p{L}\p{N}\p{M}]$/u.test(query);
  const hit = (i, f) => (prefixLast && i === ws.length - 1 ? f.startsWith(ws[i]) : f === ws[i]);
  const has = (seq, i) => seq.some((f) => hit(i, f));
  const phraseIn = (seq) => seq.some((_, p) => ws.every((__, i) => p + i < seq.length && hit(i, seq[p + i])));
  return {
    words: ws,
    all: (d) => ws.every((_, i) => has(d.title, i) || has(d.body, i)),
    phrase: (d) => phraseIn(d.title) || phraseIn(d.body),
    titled: (d) => ws.every((_, i) => has(d.title, i))
  };
}

// The corpus's pages by title: a post is published at a slug of its title,
// not at its file's name, so a result is found by its URL or else by its
// title (of pages sharing a title, one that holds every word, if any).
let byTitle = null;
function resolve(docs, url, title, m) {
  if (docs.has(url)) return docs.get(url);
  if (!byTitle) {
    byTitle = new Map();
    for (const d of docs.values()) {
      const k = d.titleText.normalize('NFC').trim();
      byTitle.set(k, [...(byTitle.get(k) || []), d]);
    }
  }
  const same = byTitle.get(String(title || '').normalize('NFC').trim()) || [];
  return same.find(m.all) || same[0];
}

function judge(query, docs, top, total, titles) {
  const m = matcher(query);
  const answering = [...docs.values()].filter(m.all);
  if (!answering.length) return { right: total === 0, why: total === 0 ? 'nothing, as it should' : `${total} results for a query no page answers` };
  if (!top.length) return { right: false, why: `nothing, but ${answering.length} pages hold every word` };
  const shown = top.map((u, i) => resolve(docs, u, titles[i], m));
  if (shown.some((d) => !d || !m.all(d))) return { right: false, why: 'a result lacks a word of the query' };
  const first = m.words.length > 1 ? m.phrase : m.titled;
  const want = Math.min(top.length, answering.filter(first).length);
  const have = shown.filter(first).length;
  const inOrder = shown.slice(0, want).every(first);
  const kind = m.words.length > 1 ? 'exact phrase' : 'in title';
  if (have < want || !inOrder) return { right: false, why: `${have} of the ${want} ${kind} pages it should put first` };
  return { right: true, why: `${answering.length} pages hold every word; ${answering.filter(first).length} ${kind}` };
}

// --- the two tools --------------------------------------------------------------
async function runOurs(query, docs) {
  let bytes = gz(fs.readFileSync(searchJs));
  const files = [];
  const s = new S.Searcher((p) => {
    const buf = fs.readFileSync(path.join(ours, 'search', p));
    bytes += gz(buf);
    files.push(p);
    return Promise.resolve(JSON.parse(buf.toString('utf8')));
  });
  const r = await s.search(query);
  const shown = await s.documents(r.results.slice(0, 10).map((x) => x.doc)); // the first page of results
  return { top: shown.slice(0, 5).map((d) => d.url), titles: shown.slice(0, 5).map((d) => d.title), total: r.total, bytes, files: files.length + 1, missing: r.missing.map((w) => w.text) };
}

let pagefind = null;
let pfLog = [];
async function runPagefind(query) {
  pfLog = [];
  if (!pagefind) {
    globalThis.fetch = async (url) => {
      const p = fileURLToPath(String(url).split('?')[0]);
      const buf = fs.readFileSync(p);
      pfLog.push(p);
      return new Response(buf, { status: 200 });
    };
  }
  // A fresh module instance per query: a cold cache.
  pagefind = await import(pathToFileURL(path.join(pfDir, 'pagefind.js')).href + '?q=' + encodeURIComponent(query));
  await pagefind.options({ basePath: pathToFileURL(pfDir).href + '/', baseUrl: '/' });
  await pagefind.init();
  const r = await pagefind.search(query);
  const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
  let bytes = gz(fs.readFileSync(path.join(pfDir, 'pagefind.js')));
  for (const p of pfLog) bytes += /\.pf_|\.pagefind$/.test(p) ? fs.statSync(p).size : gz(fs.readFileSync(p));
  return { top: data.map((d) => d.url.replace(/^.*?(\/[^:]*)$/, '$1')), titles: data.map((d) => d.meta.title), total: r.results.length, bytes, files: pfLog.length + 1 };
}

const docs = corpusDocs();
const rows = [];
for (const q of QUERIES) {
  const o = await runOurs(q, docs);
  const p = await runPagefind(q);
  rows.push({ q, o, p, oj: judge(q, docs, o.top, o.total, o.titles), pj: judge(q, docs, p.top, p.total, p.titles) });
}
const short = (u) => u.replace(/^\/tin-tuc\//, '').replace(/\/$/, '');
console.log('| query | tool | results | top 5 | right? | KB gzip (files) |');
console.log('|---|---|---|---|---|---|');
for (const { q, o, p, oj, pj } of rows) {
  const miss = o.missing.length ? ` (không tìm thấy «${o.missing.join('», «')}»)` : '';
  console.log(`| ${q} | webtruong | ${o.total}${miss} | ${o.top.map(short).join(', ')} | ${oj.right ? 'yes' : 'NO'}: ${oj.why} | ${kb(o.bytes)} (${o.files}) |`);
  console.log(`| | pagefind | ${p.total} | ${p.top.map(short).join(', ')} | ${pj.right ? 'yes' : 'NO'}: ${pj.why} | ${kb(p.bytes)} (${p.files}) |`);
}
const sum = (k, t) => rows.map((r) => r[t][k]);
const range = (a) => `${kb(Math.min(...a))}–${kb(Math.max(...a))} KB`;
console.log();
console.log(`bytes per query (gzip, cold): webtruong ${range(sum('bytes', 'o'))}, pagefind ${range(sum('bytes', 'p'))}`);
const ratios = rows.map((r) => r.o.bytes / r.p.bytes);
console.log(`ratio webtruong / pagefind: ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} (target <= 0.50)`);
console.log(`right: webtruong ${rows.filter((r) => r.oj.right).length}/${rows.length}, pagefind ${rows.filter((r) => r.pj.right).length}/${rows.length}`);
