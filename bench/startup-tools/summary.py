#!/usr/bin/env python3
"""Reads the lines of bench/startup ("<layout> <JSON figures of one start>" and "load_average <value>") and prints the
medians per layout as "name: value" lines."""
import json
import statistics
import sys

FIGURES = [("started_seconds", "seconds"), ("started_cpu_seconds", "cpu_seconds"),
           ("ready_seconds", "ready_seconds"), ("first_page_ms", "first_page_ms")]

starts, loads = {}, []
for line in sys.stdin:
    name, _, rest = line.strip().partition(" ")
    if name == "load_average":
        loads.append(float(rest))
    elif rest:
        starts.setdefault(name, []).append(json.loads(rest))

for layout, runs in starts.items():
    for source, target in FIGURES:
        print(f"startup_{layout}_{target}: {statistics.median(run[source] for run in runs):g}")
# The Docker image's layout is the headline figure: the AOT cache where the JVM has one, else the CDS archive.
image_layout = "aotcache" if "aotcache" in starts else "aot"
if image_layout in starts:
    for source, target in FIGURES[:2]:
        print(f"startup_{target}: {statistics.median(run[source] for run in starts[image_layout]):g}")
print(f"startup_runs: {min(len(runs) for runs in starts.values())}")
print(f"startup_load_average_median: {statistics.median(loads):g}")
