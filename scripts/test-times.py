#!/usr/bin/env python3
"""Per-module and per-class test times from surefire's reports (docs/benchmarks.md, "Test-time budget").

    scripts/test-times.py [MODULE_DIR ...]      default: every module that has target/surefire-reports

Prints each module's summed class time against its budget, then its classes slowest first (with their slowest
test). Run a module's suite on its own first (./mvnw -B -o -pl MODULE -am verify): on a shared machine compare
classes, not totals."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

# each module's share of the test command's 15 minutes on the shared 2-core machine, in seconds of reactor wall
# time; its summed class time should stay below it (docs/benchmarks.md, "Test-time budget")
BUDGET = {"workspace": 210, "console-desktop": 200, "console-web": 180, "runtime-bridge": 85, "cli": 60,
          "agent-gateway": 35, "visualizer": 15}

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
modules = sys.argv[1:] or sorted({os.path.relpath(os.path.dirname(os.path.dirname(d)), root)
                                   for d in glob.glob(os.path.join(root, "**", "target", "surefire-reports"),
                                                      recursive=True)})
for module in modules:
    rows = []
    for report in glob.glob(os.path.join(root, module, "target", "surefire-reports", "TEST-*.xml")):
        suite = ET.parse(report).getroot()
        cases = suite.findall("testcase")
        slowest = max(((float(c.get("time") or 0), c.get("name")) for c in cases), default=(0.0, "-"))
        rows.append((float(suite.get("time") or 0), suite.get("name").rsplit(".", 1)[-1], int(suite.get("tests")),
                     int(suite.get("failures")) + int(suite.get("errors")), int(suite.get("skipped")), slowest))
    if not rows:
        continue
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    budget = BUDGET.get(os.path.basename(module))
    print(f"{module}: {total:.0f} s in {len(rows)} classes, {sum(r[2] for r in rows)} tests, "
          f"{sum(r[3] for r in rows)} failed, {sum(r[4] for r in rows)} skipped"
          + (f" (budget {budget} s{', OVER' if total > budget else ''})" if budget else ""))
    for seconds, name, tests, failed, skipped, (case_s, case) in rows:
        if seconds >= 1:
            print(f"  {seconds:7.1f} s  {name} ({tests} tests; slowest {case} {case_s:.1f} s"
                  + (f"; {failed} FAILED" if failed else "") + (f"; {skipped} skipped" if skipped else "") + ")")
