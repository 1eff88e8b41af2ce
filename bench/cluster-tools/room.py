#!/usr/bin/env python3
"""Makes room on the emulator's first node for the purchases of a run (the data set fills it to the brim), and prints
the Pterodactyl user id of BUYER (the data set makes its customers' users in the emulator but links none of them).

usage: room.py EMULATOR_URL APPLICATION_KEY SERVERS BUYER_EMAIL
"""
import json
import sys
import urllib.parse
import urllib.request


def call(method, url, key, body=None):
    request = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + key, "Accept": "application/json",
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        text = answer.read()
        return json.loads(text) if text else None


def main(url, key, servers, buyer):
    node = call("GET", url + "/api/application/nodes/1", key)["attributes"]
    used = node["allocated_resources"]
    call("PATCH", url + "/api/application/nodes/1", key, {"memory": max(node["memory"], used["memory"]) + 2048 * servers,
                                                          "disk": max(node["disk"], used["disk"]) + 10240 * servers})
    allocation = call("GET", url + "/api/application/nodes/1/allocations?per_page=1", key)["data"][0]["attributes"]
    first = 40000
    call("POST", url + "/api/application/nodes/1/allocations", key,
         {"ip": allocation["ip"], "ports": ["%d-%d" % (first, first + servers + 99)]})
    users = call("GET", url + "/api/application/users?filter%5Bemail%5D=" + urllib.parse.quote(buyer), key)["data"]
    print(users[0]["attributes"]["id"])


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
