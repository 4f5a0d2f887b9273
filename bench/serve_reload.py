#!/usr/bin/env python3
"""Edit-to-reload latency of `webtruong serve` (bench/serve-reload.sh runs it).

Starts `webtruong serve --port 0 SITE`, then EDITS times: opens the reload
event stream, appends a sentence to POST, and measures the time from the
write to the "event: reload" line on the stream (the watcher's debounce, the
rebuild, the push). Prints each figure, the median, the minimum and the
maximum in milliseconds, the server's CPU time (user + system, all its threads) from the write to
the event, and the server's own rebuild lines.

usage: serve_reload.py WEBTRUONG SITE POST EDITS JOBS
"""
import os, re, socket, statistics, subprocess, sys, threading, time


def open_stream(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=60)
    s.sendall(b"GET /_webtruong/events HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % port)
    f = s.makefile("rb")
    while True:  # headers, then the first "retry:" event
        line = f.readline()
        if not line:
            raise SystemExit("serve-reload: the stream ended before it began")
        if line.startswith(b"retry:"):
            return s, f


def wait_reload(f):
    while True:
        line = f.readline()
        if not line:
            raise SystemExit("serve-reload: the stream ended without a reload")
        if line.startswith(b"event: reload"):
            return


def cpu_ms(pid):
    """CPU time (user + system) the process used so far, in milliseconds."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def main():
    webtruong, site, post, edits, jobs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    t = time.monotonic()
    proc = subprocess.Popen([webtruong, "serve", site, "--port", "0", "-j", jobs, "--lang", "en"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = []
    threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()
    first = proc.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", first)
    if not m:
        proc.kill()
        raise SystemExit("serve-reload: webtruong serve did not start: " + first + "".join(log))
    port = int(m.group(1))
    print("first build and start: %.2f s" % (time.monotonic() - t))
    figures, cpu = [], []
    try:
        for i in range(edits):
            time.sleep(0.3)  # let the previous rebuild settle
            s, f = open_stream(port)
            c0 = cpu_ms(proc.pid)
            with open(post, "a", encoding="utf-8") as out:
                t0 = time.monotonic()
                out.write("\nCâu thêm lần %d để đo thời gian tải lại.\n" % i)
            wait_reload(f)
            figures.append((time.monotonic() - t0) * 1000)
            cpu.append(cpu_ms(proc.pid) - c0)
            s.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print("edit-to-reload (ms):", " ".join("%.0f" % x for x in figures))
    print("median %.0f ms, min %.0f ms, max %.0f ms over %d edits; the server's CPU time until the event: median %.0f ms"
          % (statistics.median(figures), min(figures), max(figures), len(figures), statistics.median(cpu)))
    rebuilt = [l.strip() for l in log if "rebuilt in" in l]
    for l in rebuilt[-3:]:
        print("  server: " + l)


main()
