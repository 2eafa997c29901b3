#!/usr/bin/env python3
"""Drives the `handlingsplan watch` binary: edit-to-output latency and resident memory.

usage: watch_process.py BINARY PLAN_DIR EDITS [AREA_FILE]

Starts `BINARY watch PLAN_DIR -o TMP`, waits for the first build, then
EDITS times changes one field (the first `tid = "` in AREA_FILE, by
default the plan's first area file, written in place as most editors
do) and times from just before the write until `watch` prints that the
outputs are written. Prints each edit's latency and the process's
resident memory (VmRSS) after it, then the median latency. Works on a
copy: the plan folder is copied to a temporary folder first.
"""
import os, shutil, statistics, subprocess, sys, tempfile, time


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    binary, plan, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
    tmp = tempfile.mkdtemp()
    region = os.path.join(tmp, "region")
    shutil.copytree(os.path.dirname(os.path.abspath(plan)), region)
    plan = os.path.join(region, os.path.basename(os.path.abspath(plan)))
    areas = os.path.join(plan, "omraden")
    area = sys.argv[4] if len(sys.argv) > 4 else os.path.join(areas, sorted(os.listdir(areas))[0])
    area = os.path.join(areas, os.path.basename(area))
    original = open(area, encoding="utf-8").read()
    env = dict(os.environ, HANDLINGSPLAN_LANG="en")
    child = subprocess.Popen([binary, "watch", plan, "-o", os.path.join(tmp, "out")],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        line = child.stdout.readline()
        print("first build:", line.strip(), f"RSS {rss_mib(child.pid):.0f} MiB")
        latencies = []
        for i in range(1, edits + 1):
            time.sleep(0.3)
            text = original.replace('tid = "', f'tid = "Vecka {i}, ', 1)
            started = time.perf_counter()
            with open(area, "w", encoding="utf-8") as f:
                f.write(text)
            line = child.stdout.readline()
            ms = (time.perf_counter() - started) * 1000
            latencies.append(ms)
            print(f"edit {i}: {ms:.1f} ms, RSS {rss_mib(child.pid):.0f} MiB  | {line.strip()}")
        print(f"median edit-to-output latency: {statistics.median(latencies):.1f} ms")
    finally:
        child.kill()
        child.wait()
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
