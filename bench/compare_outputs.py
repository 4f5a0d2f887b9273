#!/usr/bin/env python3
"""Compare what Webtruong and Hugo built from the same benchmark corpus.

usage: compare_outputs.py --webtruong DIR --hugo DIR --pages N [--paginate 20]

Counts, in each output folder:
  - post pages        tin-tuc/<slug>/index.html (not the pagination folder:
                      Hugo's page/, our trang/)
  - news list pages   tin-tuc/ plus tin-tuc/page/N (Hugo) or tin-tuc/trang/N
                      (ours); Hugo's page/1 is only a redirect to tin-tuc/, so
                      page numbers are counted once each
  - taxonomy terms    Hugo categories/*/ and tags/*/, ours chuyen-muc/*/ and
                      the/*/, with their pages (term page + its pagination)
  - feeds             Hugo index.xml, ours rss.xml and atom.xml (present,
                      non-empty, well-formed XML)
  - sitemap           <url> entries of sitemap.xml (following a sitemap index
                      to its local files)
Prints a table; exits 1 if the post counts or the news list page counts
differ, or a feed or the sitemap is missing; 0 otherwise (other differences
are reported, not failed).
"""
import argparse, math, os, sys
import xml.etree.ElementTree as ET
from urllib.parse import urlparse, unquote

SM_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def subdirs(path, exclude):
    try:
        names = os.listdir(path)
    except FileNotFoundError:
        return []
    return sorted(n for n in names
                  if n != exclude and os.path.isdir(os.path.join(path, n)))


def list_pages(path, pager):
    """Pages of a paginated list at `path`: its index.html is page 1, plus
    pager/N/index.html for every N (page 1 counted once)."""
    numbers = set()
    if os.path.isfile(os.path.join(path, "index.html")):
        numbers.add(1)
    for n in subdirs(os.path.join(path, pager), None):
        if n.isdigit() and os.path.isfile(os.path.join(path, pager, n, "index.html")):
            numbers.add(int(n))
    return len(numbers)


def count_posts(out, section, pager):
    base = os.path.join(out, section)
    return sum(1 for d in subdirs(base, pager)
               if os.path.isfile(os.path.join(base, d, "index.html")))


def count_terms(out, taxonomy, pager):
    base = os.path.join(out, taxonomy)
    terms = [d for d in subdirs(base, pager)
             if os.path.isfile(os.path.join(base, d, "index.html"))]
    return len(terms), sum(list_pages(os.path.join(base, t), pager) for t in terms)


def check_feed(out, name):
    """'ok', 'missing', 'empty' or 'bad XML'."""
    p = os.path.join(out, name)
    if not os.path.isfile(p):
        return "missing"
    if os.path.getsize(p) == 0:
        return "empty"
    try:
        ET.parse(p)
    except ET.ParseError:
        return "bad XML"
    return "ok"


def count_sitemap(out, name="sitemap.xml", depth=0):
    """Number of <url> entries, or None if the sitemap is missing/unreadable."""
    p = os.path.join(out, name)
    if not os.path.isfile(p):
        return None
    try:
        root = ET.parse(p).getroot()
    except ET.ParseError:
        return None
    if root.tag == SM_NS + "urlset" or root.tag == "urlset":
        return len(root.findall(SM_NS + "url")) + len(root.findall("url"))
    if (root.tag in (SM_NS + "sitemapindex", "sitemapindex")) and depth < 2:
        total = 0
        for loc in root.iter():
            if loc.tag in (SM_NS + "loc", "loc") and loc.text:
                local = unquote(urlparse(loc.text.strip()).path).lstrip("/")
                n = count_sitemap(out, local, depth + 1)
                if n is None:
                    return None
                total += n
        return total
    return None


def count_html(out):
    return sum(1 for _, _, files in os.walk(out) for f in files if f.endswith(".html"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--webtruong", required=True)
    ap.add_argument("--hugo", required=True)
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--paginate", type=int, default=20)
    a = ap.parse_args()
    W, H = a.webtruong, a.hugo

    failures, notes = [], []
    rows = []  # (label, webtruong, hugo, status)

    def row(label, w, h, must_match=False, expected=None):
        status = "same" if w == h else "differ"
        if w != h and must_match:
            status = "DIFFER (fail)"
            failures.append(f"{label}: webtruong {w}, hugo {h}")
        if expected is not None:
            for who, v in (("webtruong", w), ("hugo", h)):
                if v != expected:
                    notes.append(f"{label}: {who} has {v}, the corpus implies {expected}")
        rows.append((label, str(w), str(h), status))

    row("post pages (tin-tuc/<slug>/)",
        count_posts(W, "tin-tuc", "trang"), count_posts(H, "tin-tuc", "page"),
        must_match=True, expected=a.pages)
    row("news list pages (tin-tuc + pagination)",
        list_pages(os.path.join(W, "tin-tuc"), "trang"),
        list_pages(os.path.join(H, "tin-tuc"), "page"),
        must_match=True, expected=max(1, math.ceil(a.pages / a.paginate)))
    wc, wcp = count_terms(W, "chuyen-muc", "trang")
    hc, hcp = count_terms(H, "categories", "page")
    wt, wtp = count_terms(W, "the", "trang")
    ht, htp = count_terms(H, "tags", "page")
    row("category terms (chuyen-muc | categories)", wc, hc)
    row("  their pages incl. pagination", wcp, hcp)
    row("tag terms (the | tags)", wt, ht)
    row("  their pages incl. pagination", wtp, htp)

    w_feeds = {n: check_feed(W, n) for n in ("rss.xml", "atom.xml")}
    h_feeds = {n: check_feed(H, n) for n in ("index.xml",)}
    fmt = lambda d: ", ".join(f"{n} {s}" for n, s in d.items())
    feeds_ok = all(s != "missing" and s != "empty" for s in list(w_feeds.values()) + list(h_feeds.values()))
    rows.append(("feeds", fmt(w_feeds), fmt(h_feeds), "ok" if feeds_ok else "MISSING (fail)"))
    for who, d in (("webtruong", w_feeds), ("hugo", h_feeds)):
        for n, s in d.items():
            if s in ("missing", "empty"):
                failures.append(f"{who}: feed {n} {s}")
            elif s != "ok":
                notes.append(f"{who}: feed {n} is {s}")

    ws, hs = count_sitemap(W), count_sitemap(H)
    sm_ok = ws is not None and hs is not None
    rows.append(("sitemap.xml <url> entries",
                 "missing" if ws is None else str(ws),
                 "missing" if hs is None else str(hs),
                 ("same" if ws == hs else "differ") if sm_ok else "MISSING (fail)"))
    if ws is None:
        failures.append("webtruong: sitemap.xml missing or unreadable")
    if hs is None:
        failures.append("hugo: sitemap.xml missing or unreadable")
    rows.append(("all .html files (context only)", str(count_html(W)), str(count_html(H)), ""))

    w1 = max(len(r[0]) for r in rows)
    w2 = max(len("webtruong"), max(len(r[1]) for r in rows))
    w3 = max(len("hugo"), max(len(r[2]) for r in rows))
    print(f"{'':<{w1}}  {'webtruong':>{w2}}  {'hugo':>{w3}}")
    for label, w, h, s in rows:
        print(f"{label:<{w1}}  {w:>{w2}}  {h:>{w3}}  {s}")
    for n in notes:
        print(f"note: {n}")
    if failures:
        for f in failures:
            print(f"FAIL: {f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
