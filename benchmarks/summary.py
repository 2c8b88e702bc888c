"""One table for ``make bench``: every recorded figure beside its target, with the date and machine.

Reads the JSON lines the benchmark scripts wrote (``_harness.record``, file named by BENCH_RESULTS
or the first argument). A figure that was not measured in this run says so.
Run: .venv/bin/python benchmarks/summary.py var/bench/results.jsonl
"""

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path


def _at_most(limit):
    return lambda value: value is not None and value <= limit


def _at_least(limit):
    return lambda value: value is not None and value >= limit


def _below(limit):
    return lambda value: value is not None and value < limit


def _burst(value):
    return bool(value) and value["errors"] == 0 and value["one_row_each"] and value["p99_ms"] < 1000


# (key, what, target, test)
TARGETS = [
    ("http_verify_page", "verify page, share of a bare view's throughput (wrk)", "≥ 80 %", _at_least(0.8)),
    ("course_page_5_postgresql", "course page / plain page, 5 modules (PostgreSQL)", "≤ 1.3×", _at_most(1.3)),
    ("course_page_50_postgresql", "course page / plain page, 50 modules", "≤ 1.5×", _at_most(1.5)),
    ("export_csv_100000_postgresql", "CSV export / bare loop, 100,000 records", "≤ 1.5×", _at_most(1.5)),
    ("certificate_ur_ms", "Urdu certificate PDF, median", "≤ 20 ms", _at_most(20)),
    ("certificate_batch_1000_s", "batch of 1,000 certificates into a ZIP", "≤ 10 s", _at_most(10)),
    ("register_queries_500_postgresql", "register save, 500 people: queries", "= the count for 50", None),
    ("page_dashboard", "participant dashboard, scale data, p95", "< 200 ms", _below(200)),
    ("page_course_page", "course page, scale data, p95", "< 200 ms", _below(200)),
    ("page_register", "register of a 300-person session, p95", "< 200 ms", _below(200)),
    ("page_records", "records page (administrator), first page, p95", "< 500 ms", _below(500)),
    ("page_records_filtered", "records page, filtered, p95", "< 500 ms", _below(500)),
    ("page_records_API_page", "records API page, p95", "< 500 ms", _below(500)),
    ("worker_export_records_csv", "every record as CSV through the worker", "complete", None),
    ("worker_export_records_xlsx", "every record as XLSX through the worker", "complete", None),
    ("http_export_csv", "every record as CSV, production profile (web + worker)", "complete", None),
    ("http_export_xlsx", "every record as XLSX, production profile (web + worker)", "complete", None),
    ("check_in_burst", "check-in burst, 1,500 people in 60 s", "0 errors, one row each, p99 < 1 s", _burst),
    ("check_in_shortest_window", "shortest window with 0 errors for 1,500", "≤ 10 s", _at_most(10)),
]


def machine():
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if "model name" in line
            ),
            platform.processor() or "?",
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    memory = ""
    if Path("/proc/meminfo").exists():
        kilobytes = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kilobytes / 1024 / 1024:.0f} GiB"
    postgres = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "SHOW server_version", "postgres"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{platform.node()}: {os.cpu_count()} cores ({cpu}){memory}; PostgreSQL {postgres or '?'}; load {load}"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BENCH_RESULTS", "var/bench/results.jsonl")
    figures = {}
    if Path(path).exists():
        for line in Path(path).read_text().splitlines():
            entry = json.loads(line)
            figures[entry["key"]] = entry
    print(f"\nmake bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(machine())
    rows = []
    for key, what, target, test in TARGETS:
        entry = figures.get(key)
        if entry is None:
            rows.append([what, "not measured", target, ""])
            continue
        if test is None:
            if key.startswith("register_queries"):
                small = figures.get(key.replace("_500_", "_50_"), {}).get("value")
                verdict = "met" if small == entry["value"] else "missed"
            else:
                verdict = (
                    "met" if "complete" in str(entry["shown"]) and "INCOMPLETE" not in str(entry["shown"]) else "missed"
                )
        else:
            verdict = "met" if test(entry["value"]) else "missed"
        rows.append([what, entry["shown"] or entry["value"], target, verdict])
    widths = [max(len(str(row[index])) for row in rows + [["figure", "measured", "target", ""]]) for index in range(4)]
    header = " | ".join(
        text.ljust(width) for text, width in zip(["figure", "measured", "target", ""], widths, strict=True)
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(" | ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
