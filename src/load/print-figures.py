#!/usr/bin/env python3
"""Prints the load test's figures from Gatling's report (js/stats.json) and the server samples (CPU, heap)."""
import csv, json, os, sys

report, samples, users = sys.argv[1], sys.argv[2], sys.argv[3]
import html, re
# Gatling 3.14 writes its statistics table into index.html: one row per group (a user action) and per request.
with open(os.path.join(report, "index.html"), encoding="utf-8") as f:
    page = f.read()
rows = {}
for m in re.finditer(r'<tr id="([^"]+)" data-parent="([^"]+)">(.*?)</tr>', page, re.S):
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', m.group(3)).group(1))
    cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', m.group(3)))
    num = lambda c: float(cells[c].replace(",", "")) if cells.get(c, "-") not in ("-", "") else 0.0
    rows[m.group(1)] = (m.group(2), (name, int(num("2")), int(num("4")), num("6"), int(num("8")), int(num("10")), int(num("11"))))
actions = [r for parent, r in rows.values() if parent == "ROOT"]
total = re.search(r'<tr id="ROOT"[^>]*>(.*?)</tr>', page, re.S)
if total is None:
    # the "All Requests" row is the table header's first body row in some versions
    total = re.search(r'id="stats-table-ROOT".*?</tr>', page, re.S)
cells = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', total.group(0)))
allreq = ("all HTTP requests", int(float(cells["2"].replace(",", ""))), int(float(cells["4"].replace(",", ""))), float(cells["6"]),
          int(float(cells["8"])), int(float(cells["10"])), int(float(cells["11"])))
print()
print(f"Frit Valg load test, {users} concurrent citizens (report: {report}/index.html)")
print(f"{'user action':38} {'count':>7} {'errors':>6} {'per s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
for name, total, ko, rps, p50, p95, p99 in sorted(actions):
    flag = "" if p95 <= 250 else "  > 250"
    print(f"{name:38} {total:7d} {ko:6d} {rps:7.1f} {p50:7d} {p95:7d} {p99:7d}{flag}")
name, count, ko, rps, p50, p95, p99 = allreq
print(f"{name:38} {count:7d} {ko:6d} {rps:7.1f} {p50:7d} {p95:7d} {p99:7d}")
actions_per_s = sum(a[3] for a in actions)
print(f"throughput: {actions_per_s:.1f} user actions/s, {rps:.1f} HTTP requests/s; errors: {ko}")
print(f"every action p95 <= 250 ms: {all(a[5] <= 250 for a in actions)}; no errors: {ko == 0}")
if os.path.exists(samples):
    with open(samples) as f:
        rows = list(csv.DictReader(f))
    if rows:
        cpu = [int(r["cpu_percent"]) for r in rows if r["cpu_percent"]]
        heap = [int(r["heap_used_mb"]) for r in rows if r["heap_used_mb"]]
        load = [float(r["load1"]) for r in rows if r["load1"]]
        print(f"server CPU (% of one core): mean {sum(cpu) / len(cpu):.0f}, max {max(cpu)}; "
              f"heap used: max {max(heap) if heap else '?'} MB, last {heap[-1] if heap else '?'} MB; "
              f"machine load average (1 min) during the run: mean {sum(load) / len(load):.1f}, max {max(load):.1f}")
