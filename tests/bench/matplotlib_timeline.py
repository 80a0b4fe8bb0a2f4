"""matplotlib_timeline.py - the timeline most users would otherwise draw.

Written for dateline's benchmark in the style of matplotlib's gallery
timeline: a horizontal axis, a stem per event with staggered heights, the
label at the top of each stem.  Reads the same events CSV as dateline.

usage: python3 matplotlib_timeline.py EVENTS.csv OUT.(svg|png|pdf)
"""
import csv
import sys
from datetime import date

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def parse(value):
    parts = [int(p) for p in value.split("T")[0].split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts)


def main(src, dst):
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    dates = [parse(r["date"]) for r in rows]
    labels = [r["label"] for r in rows]
    levels = [(-1) ** i * (1 + i % 6) for i in range(len(rows))]

    fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
    ax.vlines(dates, 0, levels, color="tab:red")
    ax.plot(dates, [0] * len(dates), "-o", color="k", markerfacecolor="w")
    for d, lvl, text in zip(dates, levels, labels):
        ax.annotate(text, xy=(d, lvl), xytext=(-3, 3 if lvl > 0 else -3),
                    textcoords="offset points", ha="right",
                    va="bottom" if lvl > 0 else "top")
    ax.yaxis.set_visible(False)
    ax.spines[["left", "top", "right"]].set_visible(False)
    ax.margins(y=0.1)
    fig.savefig(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
