#!/usr/bin/env python3
"""Buys COUNT servers through the panel's API (/api/v1/orders) behind the load balancer, one every SPACING seconds.

Each purchase keeps its Idempotency-Key until the panel answers it: a connection error, a 5xx or a 409 (the key still
at work) is retried with the same key, as a careful client does, so an instance dying mid-request must neither lose
the purchase nor charge it twice. Writes one JSON line per purchase to OUT and one line per attempt that failed
without an answer from the panel's logic (connection error, 5xx, 409, 429) to ERRORS ("<unix seconds> purchase <detail>").

usage: purchases.py BASE TOKEN PRODUCT PRICE EGG COUNT SPACING OUT ERRORS
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

GIVE_UP_AFTER = 600


def post(base, token, key, body):
    request = urllib.request.Request(base + "/api/v1/orders", data=json.dumps(body).encode(), method="POST", headers={
        "Authorization": "Bearer " + token, "Idempotency-Key": key, "Content-Type": "application/json",
        "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"null"), answer.headers
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode(errors="replace")[:300], refused.headers


def buy(args, index, results, errors, lock):
    base, token, product, price, egg = args[0], args[1], int(args[2]), int(args[3]), int(args[4])
    key = str(uuid.uuid4())
    body = {"productId": product, "priceId": price, "eggId": egg, "name": "cluster-%03d" % index}
    started = time.time()
    attempts = 0
    outcome = {"key": key, "index": index, "started": started}
    while True:
        attempts += 1
        try:
            status, answer, headers = post(base, token, key, body)
        except Exception as failure:  # connection refused or reset, timeout
            status, answer, headers = None, repr(failure)[:300], {}
        if status in (200, 201):
            outcome.update(serverId=answer["id"], status=status, attempts=attempts, answeredAt=time.time())
            break
        if status is not None and 400 <= status < 500 and status not in (409, 429):
            # The panel said no (e.g. no room for the plan): the purchase counts as lost, not as an error.
            outcome.update(status=status, attempts=attempts, refusal=str(answer)[:300])
            break
        with lock:
            errors.write("%.3f purchase %s %s %s\n" % (time.time(), key, status, str(answer).replace("\n", " ")[:200]))
            errors.flush()
        if time.time() - started > GIVE_UP_AFTER:
            outcome.update(status=status, attempts=attempts, gaveUp=True)
            break
        wait = 1.0
        if status == 429:
            wait = float(headers.get("Retry-After", "5"))
        time.sleep(wait)
    with lock:
        results.write(json.dumps(outcome) + "\n")
        results.flush()


def main(args):
    count, spacing = int(args[5]), float(args[6])
    lock = threading.Lock()
    threads = []
    with open(args[7], "a") as results, open(args[8], "a") as errors:
        for index in range(count):
            thread = threading.Thread(target=buy, args=(args, index, results, errors, lock))
            thread.start()
            threads.append(thread)
            time.sleep(spacing)
        for thread in threads:
            thread.join()


if __name__ == "__main__":
    if len(sys.argv) != 10:
        sys.exit(__doc__)
    main(sys.argv[1:])
