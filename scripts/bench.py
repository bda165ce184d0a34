#!/usr/bin/env python3
"""Raincheck beside a blank Tauri 2 window, on this machine: cold start to
interactive, memory after 10 s idle, idle CPU, binary and .deb sizes. Prints a
Markdown table of medians. Run through scripts/bench.sh (inside the desktop
session), not by hand."""

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
IDLE_SECONDS = 10
CPU_SECONDS = 120  # long enough to include a round of the reminder loop
TICKS = os.sysconf("SC_CLK_TCK")


def children_of(pid):
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                kids.append(int(entry.name))
    return kids


def tree(pid):
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo.extend(children_of(current))
    return pids


def memory_kb(pids):
    pss = rss = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss += int(line.split()[1])
        except OSError:
            pass
    return pss, rss


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / TICKS


def stop(process):
    for pid in reversed(tree(process.pid)):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    process.wait()


def measure(command, mark_variable, extra_args, extra_env=None, with_cpu=True):
    """One warm-up run (not counted: it makes the log and its key), then RUNS
    starts on the same data, as a user's every-day start."""
    starts, pss, rss, cpu = [], [], [], None
    data = tempfile.TemporaryDirectory()
    for run in range(-1, RUNS):
        with tempfile.TemporaryDirectory() as scratch:
            mark = Path(scratch) / "mark"
            env = dict(os.environ, **(extra_env or {}), **{mark_variable: str(mark)})
            began = time.perf_counter()
            process = subprocess.Popen([command, *extra_args(data.name)], env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while not mark.exists():
                if time.perf_counter() - began > 60:
                    stop(process)
                    sys.exit(f"{command} was not interactive within 60 s")
                time.sleep(0.002)
            if run < 0:
                time.sleep(3)
                stop(process)
                continue
            starts.append(time.perf_counter() - began)
            time.sleep(IDLE_SECONDS)
            p, r = memory_kb(tree(process.pid))
            pss.append(p)
            rss.append(r)
            if with_cpu and run == RUNS - 1:
                before = cpu_seconds(tree(process.pid))
                time.sleep(CPU_SECONDS)
                cpu = (cpu_seconds(tree(process.pid)) - before) / CPU_SECONDS * 100
            stop(process)
    data.cleanup()
    return {
        "start": statistics.median(starts),
        "pss": statistics.median(pss) / 1024,
        "rss": statistics.median(rss) / 1024,
        "cpu": cpu,
    }


def main():
    app, app_deb, blank, blank_deb = sys.argv[1:5]
    ours = measure(app, "RAINCHECK_STARTUP_MARK", lambda d: ["--data-dir", d])
    # Raincheck turns WebKit's GPU compositing off (src-tauri/webview.rs); the
    # blank window keeps WebKit's defaults. The same blank with it off, for scale
    # (measured before the blank's two idle minutes: in one run, the starts right
    # after them took over a second each; the cause was not found).
    floor_off = measure(blank, "BENCH_READY_MARK", lambda d: [],
                        {"WEBKIT_DISABLE_COMPOSITING_MODE": "1"}, with_cpu=False)
    floor = measure(blank, "BENCH_READY_MARK", lambda d: [])
    size = lambda path: os.path.getsize(path) / 1024 / 1024
    rows = [
        ("cold start to interactive (s)", "start", "{:.2f}"),
        ("memory after 10 s idle, PSS (MB)", "pss", "{:.0f}"),
        ("memory after 10 s idle, RSS (MB)", "rss", "{:.0f}"),
        (f"idle CPU over {CPU_SECONDS} s (%)", "cpu", "{:.2f}"),
    ]
    sizes = [
        ("release binary (MiB)", size(app), size(blank), "{:.1f}"),
        (".deb (MiB)", size(app_deb), size(blank_deb), "{:.2f}"),
    ]
    ratio = lambda mine, theirs: f"{mine / theirs:.2f}×" if theirs else "—"
    shown = lambda form, value: "—" if value is None else form.format(value)
    print(f"Raincheck beside a blank Tauri 2 window: medians of {RUNS} starts after a warm-up; "
          "memory is the app with its WebKit processes. The last two columns are the blank "
          "window with WebKit's GPU compositing off, as Raincheck runs.\n")
    print("| figure | Raincheck | blank window | ratio | blank, compositing off | ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, key, form in rows:
        mine, theirs, theirs_off = ours[key], floor[key], floor_off[key]
        off_ratio = ratio(mine, theirs_off) if theirs_off is not None else "—"
        print(f"| {name} | {form.format(mine)} | {form.format(theirs)} | {ratio(mine, theirs)} "
              f"| {shown(form, theirs_off)} | {off_ratio} |")
    for name, mine, theirs, form in sizes:
        print(f"| {name} | {form.format(mine)} | {form.format(theirs)} | {ratio(mine, theirs)} | — | — |")

if __name__ == "__main__":
    main()
