#!/usr/bin/env python3
"""Starts the panel once in an empty folder (a fresh H2 database) and prints one JSON line with what start-up cost:
the seconds until Spring's "Started" line and until the readiness probe answers UP (wall clock from the spawn, and
CPU seconds of the whole process, every thread, by then), and the milliseconds the first page took afterwards.

usage: measure.py FOLDER java-argument...   (the panel's own arguments included; it must listen on --server.port=0)
"""
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

TICKS = os.sysconf("SC_CLK_TCK")
TIMEOUT_SECONDS = 180


def cpu_seconds(pid):
    """User + system time of the process so far (all its threads), from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def cpu_by_thread_kind(pid):
    """CPU seconds so far split into the JIT compilers, the garbage collector and everything else (main thread...)."""
    kinds = {"jit": 0.0, "gc": 0.0, "other": 0.0}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/comm") as comm:
                name = comm.read().strip()
            with open(f"/proc/{pid}/task/{task}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds = (int(fields[11]) + int(fields[12])) / TICKS
        if "CompilerThre" in name:
            kinds["jit"] += seconds
        elif name.startswith(("GC Thread", "G1 ", "VM Thread")) or "GC" in name:
            kinds["gc"] += seconds
        else:
            kinds["other"] += seconds
    return {kind: round(seconds, 2) for kind, seconds in kinds.items()}


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            answer.read()
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def main():
    folder, command = sys.argv[1], sys.argv[2:]
    os.makedirs(folder, exist_ok=True)
    log_path = os.path.join(folder, "panel.log")
    with open(log_path, "wb") as log:
        began = time.monotonic()
        process = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    figures = {}
    try:
        port = None
        while "started_cpu_seconds" not in figures:
            if process.poll() is not None or time.monotonic() - began > TIMEOUT_SECONDS:
                raise SystemExit(f"the panel did not start, see {log_path}")
            with open(log_path, errors="replace") as log:
                text = log.read()
            port_match = re.search(r"Tomcat started on port (\d+)", text)
            started = re.search(r"Started \S+ in [0-9.]+ seconds \(process running for ([0-9.]+)\)", text)
            if started:
                figures["started_cpu_seconds"] = round(cpu_seconds(process.pid), 2)
                figures["started_cpu_by_thread"] = cpu_by_thread_kind(process.pid)
                figures["started_seconds"] = round(time.monotonic() - began, 2)
                figures["started_jvm_uptime_seconds"] = float(started.group(1))
                port = int(port_match.group(1))
            else:
                time.sleep(0.02)
        base = f"http://127.0.0.1:{port}"
        while get(base + "/actuator/health/readiness") != 200:
            if process.poll() is not None or time.monotonic() - began > TIMEOUT_SECONDS:
                raise SystemExit(f"the panel never became ready, see {log_path}")
            time.sleep(0.02)
        figures["ready_cpu_seconds"] = round(cpu_seconds(process.pid), 2)
        figures["ready_seconds"] = round(time.monotonic() - began, 2)
        # The first visitor's page after start-up (templates, security chain and queries warm up on it).
        sent = time.monotonic()
        status = get(base + "/login")
        figures["first_page_ms"] = round((time.monotonic() - sent) * 1000)
        figures["first_page_status"] = status
        sent = time.monotonic()
        get(base + "/login")
        figures["second_page_ms"] = round((time.monotonic() - sent) * 1000)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
