#!/usr/bin/env python3
"""Checks what a bench/cluster run left behind and prints one "name: value" line per figure.

Reads the run's folder: purchases.jsonl and errors.log (purchases.py), haproxy.log, panel-*.log (every start of
every instance), windows.txt ("<start> <end> <label>" in unix seconds: when errors are expected), emulator.url and
emulator.key; the database through psql (PSQL: the command line that reaches it).

usage: checks.py RUN_FOLDER GRACE_SECONDS
"""
import datetime
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import urllib.error
import urllib.request

LOCKED = re.compile(r"^(\S+)\s.*Locked '([^']+)', lock will be held at most until (\S+)")
FINISHED = re.compile(r"^(\S+)\s.*Task finished, lock '([^']+)' (?:will be released at (\S+)|released)")
LOG_LINE = re.compile(r"^(\d{4}-\d\d-\d\dT\S+)\s+(ERROR|WARN|INFO|DEBUG|TRACE)\s")


def moment(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def sql(query):
    out = subprocess.run(shlex.split(os.environ["PSQL"]) + ["-At", "-F", "|", "-c", query], check=True,
                         capture_output=True, text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def emulator_servers(run):
    """Every server the emulator holds (the data set's servers need their egg for this list to answer)."""
    url = open(os.path.join(run, "emulator.url")).read().strip()
    key = open(os.path.join(run, "emulator.key")).read().strip()
    servers, page = [], 1
    while True:
        request = urllib.request.Request("%s/api/application/servers?per_page=100&page=%d" % (url, page),
                                         headers={"Authorization": "Bearer " + key, "Accept": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            body = json.load(answer)
        servers += [item["attributes"] for item in body["data"]]
        pagination = body["meta"]["pagination"]
        if pagination["current_page"] >= pagination["total_pages"]:
            return servers
        page += 1


def windows(run, grace):
    spans = []
    path = os.path.join(run, "windows.txt")
    if os.path.exists(path):
        for line in open(path):
            start, end, label = line.split(maxsplit=2)
            spans.append((float(start), float(end) + grace, label.strip()))
    return spans


def inside(when, spans):
    return any(start <= when <= end for start, end, _ in spans)


def errors_outside(run, spans):
    """5xx answers at the load balancer, failed purchase attempts and ERROR lines of any instance, outside the windows."""
    outside = {"http": 0, "purchase": 0, "log": 0}
    inside_count = 0
    examples = []
    for line in open(os.path.join(run, "haproxy.log"), errors="replace"):
        parts = line.split()
        if len(parts) < 2 or not parts[0].replace(".", "").isdigit():
            continue
        status = int(parts[1]) if parts[1].lstrip("-").isdigit() else -1
        # When the answer went out: a slow request accepted just before a window may fail inside it.
        ended = float(parts[0]) + (float(parts[5]) / 1000 if len(parts) > 5 and parts[5].isdigit() else 0)
        if status >= 500 or status < 0:
            if inside(ended, spans):
                inside_count += 1
            else:
                outside["http"] += 1
                examples.append(line.strip())
    errors_log = os.path.join(run, "errors.log")
    if os.path.exists(errors_log):
        for line in open(errors_log, errors="replace"):
            if inside(float(line.split()[0]), spans):
                inside_count += 1
            else:
                outside["purchase"] += 1
                examples.append(line.strip())
    for log in sorted(glob.glob(os.path.join(run, "panel-*.log"))):
        for line in open(log, errors="replace"):
            match = LOG_LINE.match(line)
            if match and match.group(2) == "ERROR":
                if inside(moment(match.group(1)), spans):
                    inside_count += 1
                else:
                    outside["log"] += 1
                    examples.append(os.path.basename(log) + ": " + line.strip()[:300])
    return outside, inside_count, examples


def job_runs(run):
    """Every run of a ShedLock-guarded job on any instance, and how many started while another run still held the lock."""
    runs = {}
    for log in sorted(glob.glob(os.path.join(run, "panel-*.log"))):
        open_runs = {}
        for line in open(log, errors="replace"):
            locked = LOCKED.match(line)
            if locked:
                started, name, at_most = moment(locked.group(1)), locked.group(2), moment(locked.group(3))
                entry = {"start": started, "release": at_most, "log": os.path.basename(log)}
                runs.setdefault(name, []).append(entry)
                open_runs[name] = entry
                continue
            finished = FINISHED.match(line)
            if finished and finished.group(2) in open_runs:
                entry = open_runs.pop(finished.group(2))
                ended = moment(finished.group(1))
                entry["release"] = max(ended, moment(finished.group(3))) if finished.group(3) else ended
    overlaps = 0
    details = []
    for name, entries in sorted(runs.items()):
        entries.sort(key=lambda entry: entry["start"])
        for before, after in zip(entries, entries[1:]):
            if after["start"] < before["release"] - 0.05:
                overlaps += 1
                details.append("%s: %s at %.1f while %s held it until %.1f" % (
                    name, after["log"], after["start"], before["log"], before["release"]))
        instances = sorted({entry["log"].split(".")[0] for entry in entries})
        details.append("%s ran %d times on %s" % (name, len(entries), ",".join(instances)))
    return runs, overlaps, details


def main(run, grace):
    purchases = [json.loads(line) for line in open(os.path.join(run, "purchases.jsonl"))]
    keys = ",".join("'api:%s'" % p["key"] for p in purchases) or "''"
    orders = {row[0]: row[1:] for row in sql(
        "SELECT o.idempotency_key, o.id, o.server_id, g.state, "
        "(SELECT COUNT(*) FROM wallet_entry e WHERE e.reference_type = 'order' AND e.reference_id = CAST(o.id AS VARCHAR(40))) "
        "FROM server_order o JOIN game_server g ON g.id = o.server_id WHERE o.idempotency_key IN (%s)" % keys)}
    lost, double, uncharged, not_active = [], [], [], {}
    for purchase in purchases:
        order = orders.get("api:" + purchase["key"])
        if order is None or "serverId" not in purchase:
            lost.append(purchase)
            continue
        _, server_id, state, charges = order
        if int(charges) > 1:
            double.append(purchase)
        if int(charges) == 0:
            uncharged.append(purchase)
        if state != "ACTIVE" or int(server_id) != purchase["serverId"]:
            lost.append(purchase)
            not_active[state] = not_active.get(state, 0) + 1

    ledgers = sql("SELECT w.user_id FROM wallet w WHERE w.balance <> COALESCE((SELECT SUM(e.amount) FROM wallet_entry e "
                  "WHERE e.user_id = w.user_id), 0) OR w.balance <> COALESCE((SELECT e.balance_after FROM wallet_entry e "
                  "WHERE e.user_id = w.user_id ORDER BY e.id DESC LIMIT 1), 0)")

    live = sql("SELECT id, pterodactyl_server_id, state FROM game_server WHERE state NOT IN ('DELETED', 'DETACHED', 'FAILED')")
    referenced = {int(row[1]) for row in live if row[1]}
    try:
        in_emulator = emulator_servers(run)
    except urllib.error.HTTPError as failed:
        # A data set whose servers lack their egg breaks the list; say so rather than guess.
        print("the emulator's server list failed (%s): orphans cannot be counted" % failed, file=sys.stderr)
        in_emulator = None
    if in_emulator is None:
        in_emulator = [{"id": int(row[1])} for row in live if row[1]]
        print("cluster_orphan_servers_unknown: 1")
    emulator_ids = {server["id"] for server in in_emulator}
    by_external = {}
    for server in in_emulator:
        if server.get("external_id"):
            by_external.setdefault(server["external_id"], []).append(server["id"])
    orphans = [server["id"] for server in in_emulator if server["id"] not in referenced]
    doubled = sum(len(ids) - 1 for ids in by_external.values() if len(ids) > 1)
    missing = [row[0] for row in live if row[1] and int(row[1]) not in emulator_ids
               and row[2] not in ("PENDING", "PROVISIONING", "DELETING")]

    spans = windows(run, grace)
    outside, inside_count, examples = errors_outside(run, spans)
    runs, overlaps, details = job_runs(run)

    print("cluster_purchases: %d" % len(purchases))
    print("cluster_purchases_answered: %d" % sum(1 for p in purchases if "serverId" in p))
    print("cluster_purchase_retries: %d" % sum(p.get("attempts", 1) - 1 for p in purchases))
    print("cluster_lost_orders: %d" % len(lost))
    print("cluster_double_charges: %d" % len(double))
    print("cluster_uncharged_orders: %d" % len(uncharged))
    print("cluster_ledger_mismatches: %d" % len(ledgers))
    print("cluster_orphan_servers: %d" % (len(orphans) + doubled + len(missing)))
    print("cluster_emulator_servers: %d" % len(in_emulator))
    print("cluster_errors_outside_restart: %d" % sum(outside.values()))
    print("cluster_errors_inside_restart: %d" % inside_count)
    print("cluster_job_runs: %d" % sum(len(entries) for entries in runs.values()))
    print("cluster_job_double_runs: %d" % overlaps)
    detail = sys.stderr
    if not_active:
        print("  orders not ACTIVE at the end: %s" % not_active, file=detail)
    for purchase in lost[:10]:
        print("  lost: %s" % json.dumps(purchase), file=detail)
    if orphans or doubled or missing:
        print("  orphans in the emulator %s, doubled %d, missing from the emulator %s" % (orphans[:10], doubled, missing[:10]),
              file=detail)
    print("  errors outside the windows: %s" % outside, file=detail)
    for example in examples[:15]:
        print("    " + example, file=detail)
    for line in details:
        print("  job " + line, file=detail)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], float(sys.argv[2]))
