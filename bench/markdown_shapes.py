#!/usr/bin/env python3
# The Markdown shapes of issue 9 (quadratic in cmark-gfm or gumbo), and
# shapes at Webtruong's limits: builds one site per shape with each given
# webtruong binary and prints a Markdown table of the CPU time (user+sys) and
# exit status of each build (docs/contracts.md quotes it).
#
#   python3 bench/markdown_shapes.py build-old/webtruong build-bench/webtruong
import os, resource, subprocess, sys, tempfile, shutil

def rep(s, n): return s * n
SHAPES = [
    ("![[]() x 50,000", rep("![[]() ", 50000)),
    ("table 5,000 columns x 22 rows", "|" + rep("a|", 5000) + "\n|" + rep("-|", 5000) + "\n" + rep("|" + rep("b|", 5000) + "\n", 20)),
    ("table row of 100,000 '|'", "a|b\n-|-\n" + rep("|", 100000) + "\n"),
    ("'- ' x 30,000 then 30,000 blank lines", rep("- ", 30000) + "x" + rep("\n", 30000)),
    ("'>' x 100,000 then 'a*' x 100,000", rep(">", 100000) + rep("a*", 100000)),
    ("'*a ' x 40,000 + '_a*_ ' x 40,000", rep("*a ", 40000) + rep("_a*_ ", 40000)),
    ("'www.a' + '.)' x 100,000", "www.a" + rep(".)", 100000)),
    ("'a@b.' x 160,000", rep("a@b.", 160000)),
    ("raw <div> x 40,000", "x\n\n" + rep("<div>", 40000) + "\n"),
    ("raw <div><b id=N></div> x 2,000 + <div>x</div> x 2,000",
     "".join("<div><b id=%d></div>" % i for i in range(2000)) + rep("<div>x</div>", 2000) + "\n"),
    ("raw <div a0=b ... a39999=b>", "<div " + " ".join("a%d=b" % i for i in range(40000)) + ">\n"),
    ("'![[]() ' x 7,500 (15,000 '[')", rep("![[]() ", 7500)),
    ("'*a ' x 10,000 + '_a*_ ' x 10,000 (40,000 runs)", rep("*a ", 10000) + rep("_a*_ ", 10000)),
    ("'- ' x 32 then blank lines to 512 KiB", rep("- ", 32) + "x" + rep("\n", 524000)),
    ("128-column table rows to 512 KiB", "|" + rep("a|", 128) + "\n|" + rep("-|", 128) + "\n" + rep("|" + rep("b|", 128) + "\n", 2000)),
    ("4-column table rows to 512 KiB", "|a|b|c|d|\n|-|-|-|-|\n" + rep("|1|2|3|4|\n", 52000)),
    ("all of the above at their limits in one 512 KiB post",
     rep("![[]() ", 7499) + "\n\n" + rep("*a ", 9999) + rep("_a*_ ", 9999) + "\n\n" + rep("a@b. ", 9000) + "\n\n" +
     "|" + rep("a|", 128) + "\n|" + rep("-|", 128) + "\n" + rep("|" + rep("b|", 128) + "\n", 600) + "\n" +
     rep("- ", 32) + "x" + rep("\n", 80000)),
    ("ordinary post of 430 KB + one raw <b> (HTML path)",
     "<b>x</b>\n\n" + rep("## Mục\n\nĐoạn văn có **đậm**, *nghiêng* và [liên kết](/tin-tuc/a/) www.vinhphuc.edu.vn.\n\n- một\n- hai\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n", 2900)),
    ("500 KB of raw HTML tables", "<table>\n" + rep("<tr><td class=\"a\">Ô</td><td><b>đậm</b></td><td><a href=\"/x/\">liên kết</a></td></tr>\n", 5500) + "</table>\n"),
    ("255 unclosed <div>, then paragraphs to 512 KiB", rep("<div>", 255) + "\n\n" + rep("x\n\n", 170000)),
    ("25 unclosed <div>, then paragraphs to 512 KiB", rep("<div>", 25) + "\n\n" + rep("x\n\n", 170000)),
    ("30 unclosed <div>, then 70,000 paragraphs (accepted)", rep("<div>", 30) + "\n\n" + rep("x\n\n", 70000)),
    ("one raw <b>, then 74,000 paragraphs (accepted)", "<b>x</b>\n\n" + rep("x\n\n", 74000)),
    ("250 unclosed <b id=N> in a paragraph, then paragraphs", "".join("<b id=%d>" % i for i in range(120)) + "\n\n" + rep("x\n\n", 1000)),
    ("ordinary post of 430 KB (text, lists, tables, links)",
     rep("## Mục\n\nĐoạn văn có **đậm**, *nghiêng* và [liên kết](/tin-tuc/a/) www.vinhphuc.edu.vn.\n\n- một\n- hai\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n", 2900)),
]

def build(binary, body):
    d = tempfile.mkdtemp(prefix="wt-shape-")
    try:
        os.makedirs(os.path.join(d, "content", "tin-tuc"))
        open(os.path.join(d, "site.yaml"), "w").write('name: "Trường THCS Thử"\n')
        open(os.path.join(d, "content", "_index.md"), "w").write('---\ntitle: "Trang chủ"\n---\n')
        open(os.path.join(d, "content", "tin-tuc", "bai.md"), "w").write('---\ntitle: "Bài"\ndate: 05/09/2025\n---\n' + body)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        try:
            r = subprocess.run(["timeout", "120", binary, "build", "-q", "-j", "1", d, "-o", os.path.join(d, "out")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            rc = r.returncode
        except Exception as e:
            rc = str(e)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return cpu, rc
    finally:
        shutil.rmtree(d, ignore_errors=True)

binaries = sys.argv[1:]
print("| shape | bytes | " + " | ".join(os.path.basename(os.path.dirname(b)) for b in binaries) + " |")
for name, body in SHAPES:
    cells = []
    for b in binaries:
        cpu, rc = build(b, body)
        cells.append("%.2f s (exit %s)" % (cpu, "timeout" if rc == 124 else rc))
    print("| %s | %d | %s |" % (name, len(body.encode()), " | ".join(cells)), flush=True)
