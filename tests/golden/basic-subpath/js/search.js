// Search of the site in the browser (layouts/search.mustache), over the
// sharded index the build writes under search/ (generator/search/, the
// format in docs/search.md). No server, no library; ES2019.
//
// Words are read as the generator reads them (generator/search/tokenizer):
// runs of letters, digits and marks; each folded (diacritics and case gone,
// đ -> d) for matching, and kept as its spelling (tone mark as a final
// digit, so "khoá" and "khóa" are one spelling) for ranking. Every word of a
// query is required; the last one also matches as a prefix while it is
// being typed. Results: the exact phrase in a title, then in the text, then
// every word in the title, then more words with exact diacritics, whole
// words, words in the title, newest first.
//
// Runs under node too (tests/unit/search/search_js_test.js): there it only
// exports its functions.
(function (factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else if (typeof document !== 'undefined') {
    api.attach(document, window);
  }
})(function () {
  'use strict';

  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  // Tone marks by code point: numbers, not strings (a string of a script
  // that starts with a slash or a backslash is read as an address).
  var TONES = { 0x301: 1, 0x341: 1, 0x300: 2, 0x340: 2, 0x309: 3, 0x303: 4, 0x323: 5 };
  var MAX_WORD_BYTES = 40; // search/tokenizer.hpp kMaxWordBytes
  var PAGE = 10; // results shown at a time

  function lowerAscii(s) {
    return s.replace(/[A-Z]+/g, function (c) {
      return c.toLowerCase();
    });
  }

  // "Đoàn" -> "doan": core/vietnamese_fold (marks dropped, đ -> d, ASCII lower-case).
  function fold(word) {
    return lowerAscii(
      word
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .replace(/\u0111/g, 'd')
        .replace(/\u0110/g, 'D')
    );
  }

  // "Khoá" -> "khoa1", "Thời" -> "thơi2": core's spelling_key.
  function spelling(word) {
    var tone = 0;
    var rest = '';
    var d = word.normalize('NFD');
    for (var i = 0; i < d.length; i++) {
      var t = TONES[d.charCodeAt(i)];
      if (t) tone = t;
      else rest += d[i];
    }
    return rest.normalize('NFC').toLowerCase() + (tone ? String(tone) : '');
  }

  // The word cut to MAX_WORD_BYTES bytes of UTF-8, never inside a code point.
  function cutWord(word) {
    var bytes = 0;
    var out = '';
    for (var ch of word) {
      var cp = ch.codePointAt(0);
      var n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + n > MAX_WORD_BYTES) break;
      bytes += n;
      out += ch;
    }
    return out;
  }

  // The words of a text: [{text, fold, spelling, accented, start, end}].
  function words(text) {
    var out = [];
    var s = String(text).normalize('NFC');
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(s)) !== null) {
      var w = cutWord(m[0]);
      var f = fold(w);
      if (!f) continue;
      var sp = spelling(w);
      out.push({ text: m[0], fold: f, spelling: sp, accented: sp !== f, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  // --- the index ----------------------------------------------------------

  // Shard prefixes are listed depth first: a prefix is split when the next
  // one extends it (search/shard_split.hpp).
  function ShardList(prefixes) {
    this.prefixes = prefixes || [];
  }
  ShardList.prototype.split = function (i) {
    var p = this.prefixes;
    return i + 1 < p.length && p[i + 1].length > p[i].length && p[i + 1].indexOf(p[i]) === 0;
  };
  ShardList.prototype.longest = function (term) {
    var best = -1;
    for (var i = 0; i < this.prefixes.length; i++) {
      var p = this.prefixes[i];
      if (term.indexOf(p) === 0 && (best < 0 || p.length > this.prefixes[best].length)) best = i;
    }
    return best;
  };
  // The shards that may hold `term` (whole) or the terms starting with it (prefix).
  ShardList.prototype.find = function (term, prefix) {
    var i = this.longest(term);
    var out = [];
    if (i >= 0 && (!this.split(i) || this.prefixes[i] === term)) out.push(i);
    if (prefix) {
      for (var j = 0; j < this.prefixes.length; j++) {
        if (j !== i && this.prefixes[j].indexOf(term) === 0) out.push(j);
      }
    }
    return out;
  };

  function deltas(list) {
    var out = new Array(list.length);
    var v = 0;
    for (var i = 0; i < list.length; i++) out[i] = v += list[i];
    return out;
  }

  // [doc, count, positions...] -> Map(doc -> [positions]) (into `into`).
  function positions(list, into) {
    var doc = 0;
    for (var i = 0; i < list.length; ) {
      doc += list[i];
      var n = list[i + 1];
      var pos = 0;
      var have = into.get(doc);
      if (!have) into.set(doc, (have = []));
      for (var k = 0; k < n; k++) have.push((pos += list[i + 2 + k]));
      i += 2 + n;
    }
    return into;
  }

  // fetchJson(path) -> Promise of the parsed JSON at the index's `path`.
  function Searcher(fetchJson) {
    this.fetchJson = fetchJson;
    this.cache = {};
    this.manifest = null;
  }

  Searcher.prototype.get = function (path) {
    if (!this.cache[path]) this.cache[path] = this.fetchJson(path);
    return this.cache[path];
  };

  Searcher.prototype.load = function () {
    var self = this;
    if (this.manifest) return Promise.resolve(this.manifest);
    return this.get('manifest.json').then(function (m) {
      self.manifest = { docs: m.n, chunk: m.c, w: new ShardList(m.w), p: new ShardList(m.p) };
      return self.manifest;
    });
  };

  // The entries of the shards of `dir` ('w/' or 'p/') that match `term`: [[key, entry]].
  Searcher.prototype.entries = function (dir, list, term, prefix) {
    var self = this;
    var shards = list.find(term, prefix);
    return Promise.all(
      shards.map(function (i) {
        return self.get(dir + i + '.json');
      })
    ).then(function (loaded) {
      var out = [];
      loaded.forEach(function (shard) {
        Object.keys(shard).forEach(function (key) {
          if (prefix ? key.indexOf(term) === 0 : key === term) out.push([key, shard[key]]);
        });
      });
      return out;
    });
  };

  // Map(doc -> {exact, whole, title}) of one query word.
  function wordDocs(word, entries) {
    var docs = new Map();
    entries.forEach(function (e) {
      var whole = e[0] === word.fold;
      var title = new Set(deltas(e[1].t || []));
      Object.keys(e[1].v).forEach(function (sp) {
        var exact = whole && word.accented && sp === word.spelling;
        deltas(e[1].v[sp]).forEach(function (d) {
          var f = docs.get(d);
          if (!f) docs.set(d, (f = { exact: false, whole: false, title: false }));
          f.exact = f.exact || exact;
          f.whole = f.whole || whole;
          f.title = f.title || title.has(d);
        });
      });
    });
    return docs;
  }

  // True when some p has p in at[0], p+1 in at[1], ... (positions of a doc).
  function chained(at) {
    if (at.some(function (a) { return !a; })) return false;
    var sets = at.map(function (a) { return new Set(a); });
    return at[0].some(function (p) {
      for (var k = 1; k < sets.length; k++) if (!sets[k].has(p + k)) return false;
      return true;
    });
  }

  function compare(a, b) {
    for (var i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i] - a.key[i];
    return a.doc - b.doc;
  }

  // Searches `query`. Resolves to {words, missing, results, total}: words
  // as read; missing, the words no page holds; results, the documents in
  // order with what they matched.
  Searcher.prototype.search = function (query) {
    var self = this;
    var ws = words(query);
    var typing = ws.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(String(query).normalize('NFC'));
    return this.load().then(function (m) {
      if (!ws.length) return { words: ws, missing: [], results: [], total: 0 };
      return Promise.all(
        ws.map(function (w, i) {
          w.prefix = typing && i === ws.length - 1;
          return self.entries('w/', m.w, w.fold, w.prefix).then(function (e) {
            return wordDocs(w, e);
          });
        })
      ).then(function (perWord) {
        var missing = ws.filter(function (w, i) {
          return perWord[i].size === 0;
        });
        if (missing.length) return { words: ws, missing: missing, results: [], total: 0 };
        var smallest = perWord.reduce(function (a, b) {
          return a.size <= b.size ? a : b;
        });
        var docs = [];
        smallest.forEach(function (_, d) {
          if (perWord.every(function (pw) { return pw.has(d); })) docs.push(d);
        });
        return self.phrases(ws, docs).then(function (phrase) {
          var results = docs.map(function (d) {
            var f = perWord.map(function (pw) { return pw.get(d); });
            var count = function (k) {
              return f.filter(function (x) { return x[k]; }).length;
            };
            var titled = count('title');
            var p = phrase.get(d) || { title: ws.length === 1 && titled === 1, body: ws.length === 1 };
            return {
              doc: d,
              phrase: p.title || p.body,
              key: [p.title ? 1 : 0, p.body ? 1 : 0, titled === ws.length ? 1 : 0, count('exact'), count('whole'), titled]
            };
          });
          results.sort(compare);
          return { words: ws, missing: [], results: results, total: results.length };
        });
      });
    });
  };

  // Map(doc -> {title, body}): where the query's words stand in a row.
  Searcher.prototype.phrases = function (ws, docs) {
    var self = this;
    var out = new Map();
    if (ws.length < 2 || !docs.length) return Promise.resolve(out);
    var wanted = new Set(docs);
    var pairs = [];
    for (var i = 0; i + 1 < ws.length; i++) {
      pairs.push(self.entries('p/', self.manifest.p, ws[i].fold + ' ' + ws[i + 1].fold, ws[i + 1].prefix));
    }
    return Promise.all(pairs).then(function (loaded) {
      ['title', 'body'].forEach(function (field) {
        var code = field === 'title' ? 't' : 'b';
        var maps = loaded.map(function (entries) {
          var map = new Map();
          entries.forEach(function (e) {
            if (e[1][code]) positions(e[1][code], map);
          });
          return map;
        });
        wanted.forEach(function (d) {
          if (chained(maps.map(function (mp) { return mp.get(d); }))) {
            var r = out.get(d) || { title: false, body: false };
            r[field] = true;
            out.set(d, r);
          }
        });
      });
      return out;
    });
  };

  // The shown fields of documents: [{doc, url, title, date, section, excerpt}].
  Searcher.prototype.documents = function (docs) {
    var self = this;
    var chunk = this.manifest.chunk;
    return Promise.all(
      docs.map(function (d) {
        return self.get('d/' + Math.floor(d / chunk) + '.json').then(function (list) {
          var e = list[d % chunk];
          return { doc: d, url: e[0], title: e[1], date: e[2], section: e[3], excerpt: e[4] };
        });
      })
    );
  };

  // `text` cut into [{text, mark}] where its words match the query's.
  function highlight(text, ws) {
    var s = String(text).normalize('NFC');
    var parts = [];
    var at = 0;
    words(s).forEach(function (w) {
      var hit = ws.some(function (q) {
        return q.prefix ? w.fold.indexOf(q.fold) === 0 : w.fold === q.fold;
      });
      if (!hit) return;
      if (w.start > at) parts.push({ text: s.slice(at, w.start), mark: false });
      parts.push({ text: s.slice(w.start, w.end), mark: true });
      at = w.end;
    });
    if (at < s.length) parts.push({ text: s.slice(at), mark: false });
    return parts;
  }

  // --- the page -------------------------------------------------------------

  function attach(doc, win) {
    var form = doc.getElementById('tim_kiem');
    var input = doc.getElementById('tu_khoa');
    var status = doc.getElementById('ket_qua_trang_thai');
    var list = doc.getElementById('ket_qua');
    var more = doc.getElementById('xem_them');
    var noJs = doc.getElementById('tim_kiem_khong_js');
    // data-index is the address of the manifest (the build writes it from
    // the site's base path); the other files are named relative to it.
    var manifest = form && form.getAttribute('data-index');
    if (!manifest || !input || !status || !list || !more || !win.fetch || !win.URL || !''.normalize) return;
    if (noJs) noJs.hidden = true;
    var base = new win.URL(manifest, doc.baseURI);
    var searcher = new Searcher(function (path) {
      return win.fetch(new win.URL(path, base).href).then(function (r) {
        if (!r.ok) throw new Error(path + ': ' + r.status);
        return r.json();
      });
    });
    var current = null;
    var shown = 0;
    var serial = 0;
    var timer = 0;

    function marked(parent, text, ws) {
      highlight(text, ws).forEach(function (p) {
        if (p.mark) {
          var m = doc.createElement('mark');
          m.textContent = p.text;
          parent.appendChild(m);
        } else {
          parent.appendChild(doc.createTextNode(p.text));
        }
      });
    }

    function item(r, ws) {
      var li = doc.createElement('li');
      var h = doc.createElement('h2');
      var a = doc.createElement('a');
      a.href = r.url;
      marked(a, r.title || r.url, ws);
      h.appendChild(a);
      li.appendChild(h);
      var meta = [r.section, r.date].filter(Boolean).join(' · ');
      if (meta) {
        var p = doc.createElement('p');
        p.className = 'search-meta';
        p.textContent = meta;
        li.appendChild(p);
      }
      if (r.excerpt) {
        var s = doc.createElement('p');
        s.className = 'search-snippet';
        marked(s, r.excerpt, ws);
        li.appendChild(s);
      }
      return li;
    }

    function showMore(n) {
      var res = current;
      var next = res.results.slice(shown, shown + PAGE).map(function (r) {
        return r.doc;
      });
      return searcher.documents(next).then(function (docs) {
        if (res !== current || n !== serial) return;
        docs.forEach(function (d) {
          list.appendChild(item(d, res.words));
        });
        shown += docs.length;
        more.hidden = shown >= res.total;
      });
    }

    function say(text) {
      status.textContent = text;
    }

    function run(q) {
      var n = ++serial;
      searcher
        .search(q)
        .then(function (res) {
          if (n !== serial) return;
          current = res;
          shown = 0;
          list.textContent = '';
          more.hidden = true;
          if (!res.words.length) return say('');
          if (res.missing.length) {
            return say(
              'Không tìm thấy ' +
                res.missing
                  .map(function (w) {
                    return '«' + w.text + '»';
                  })
                  .join(', ') +
                ' trong trang nào, nên không có kết quả (trang phải chứa đủ mọi từ).'
            );
          }
          if (!res.total) return say('Không có trang nào chứa đủ các từ đã gõ.');
          say('Tìm thấy ' + res.total.toLocaleString('vi-VN') + ' trang.');
          return showMore(n);
        })
        .catch(function () {
          if (n === serial) say('Không tải được chỉ mục tìm kiếm. Hãy thử lại sau.');
        });
    }

    function fromInput() {
      var q = input.value;
      if (win.history && win.history.replaceState) {
        var url = q.trim() ? '?q=' + encodeURIComponent(q) : win.location.pathname;
        win.history.replaceState(null, '', url);
      }
      run(q);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fromInput, 150);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      fromInput();
    });
    more.addEventListener('click', function () {
      var first = shown;
      showMore(serial).then(function () {
        var link = list.children[first] && list.children[first].querySelector('a');
        if (link) link.focus();
      });
    });
    var q = win.URLSearchParams ? new win.URLSearchParams(win.location.search).get('q') : null;
    if (q) {
      input.value = q;
      run(q);
    }
  }

  return {
    fold: fold,
    spelling: spelling,
    words: words,
    highlight: highlight,
    ShardList: ShardList,
    Searcher: Searcher,
    attach: attach
  };
});
