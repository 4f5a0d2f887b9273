#!/usr/bin/env python3
"""Summarise the timed runs of bench/build-vs-hugo.sh.

usage: summarize.py WEBTRUONG_TIMES HUGO_TIMES [--wall-target 0.30] [--mem-target 0.20]

Each file holds one line per run, as written by
`/usr/bin/time -f '%e %M %U %S'`: wall seconds, peak RSS in KiB, user and
system CPU seconds. Prints the per-run figures, the medians, the ratios
webtruong/hugo against their targets ("MISSED" when above), and the CPU
utilisation (user+sys)/wall. Always exits 0 unless a file is unreadable.
"""
import argparse, os, statistics, sys


def load(path):
    runs = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            # GNU time prefixes "Command exited with non-zero status N" lines
            # on failure; the script stops before that, but skip them anyway.
            if len(parts) != 4:
                continue
            wall, rss, user, sys_ = parts
            runs.append((float(wall), int(rss), float(user), float(sys_)))
    if not runs:
        raise SystemExit(f"summarize: no timed runs in {path}")
    return runs


def summary(runs):
    wall = statistics.median(r[0] for r in runs)
    rss = statistics.median(r[1] for r in runs)
    # utilisation per run, then the median (a ratio of medians could mix runs)
    cpu = statistics.median((r[2] + r[3]) / r[0] if r[0] > 0 else 0.0 for r in runs)
    return wall, rss, cpu


def mib(kib):
    return kib / 1024.0


def verdict(ratio, target):
    return f"(target <= {target:.2f})" + ("" if ratio <= target else "  MISSED")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("webtruong")
    ap.add_argument("hugo")
    ap.add_argument("--wall-target", type=float, default=0.30)
    ap.add_argument("--mem-target", type=float, default=0.20)
    ap.add_argument("--jobs", default="2")
    a = ap.parse_args()
    W, H = load(a.webtruong), load(a.hugo)

    print("runs (wall s, peak MiB, user+sys s):")
    for name, runs in (("webtruong", W), ("hugo", H)):
        cells = "  ".join(f"{r[0]:.3f}/{mib(r[1]):.0f}/{r[2] + r[3]:.2f}" for r in runs)
        print(f"  {name:<9}  {cells}")

    ww, wr, wc = summary(W)
    hw, hr, hc = summary(H)
    n = len(W)
    print(f"medians of {n} run{'s' if n != 1 else ''} each:")
    wall_ratio = ww / hw if hw > 0 else float("inf")
    mem_ratio = wr / hr if hr > 0 else float("inf")
    print(f"wall: webtruong {ww:.3f} s, hugo {hw:.3f} s, ratio {wall_ratio:.2f} "
          + verdict(wall_ratio, a.wall_target))
    print(f"peak memory: webtruong {mib(wr):.0f} MiB, hugo {mib(hr):.0f} MiB, "
          f"ratio {mem_ratio:.2f} " + verdict(mem_ratio, a.mem_target))
    print(f"cpu utilisation (user+sys / wall): webtruong {wc:.2f} with -j {a.jobs}, "
          f"hugo {hc:.2f} ({os.cpu_count()} cores here; {float(os.cpu_count() or 1):.2f} = all busy throughout)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
