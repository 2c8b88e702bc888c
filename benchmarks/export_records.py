"""Exporting 10,000 and 100,000 completion records to CSV and XLSX: time and peak memory.

Ours: records_queryset (tenancy, annotations) -> record_rows -> csv_lines / xlsx_file, as the
downloads do. Bare: values_list over the same query + csv.writer / openpyxl write-only, i.e. the
database work alone, without our row building, labels and formula neutralising.
Peak memory is Python's (tracemalloc), in a second run: time is never measured with it on. Run:
    .venv/bin/python benchmarks/export_records.py [--sizes 10000 100000]
"""

import argparse
import csv
import io
import tempfile
import time
import tracemalloc

from _harness import print_table, record, test_database


def measure(function):
    """(seconds, peak MB) from two separate runs: tracemalloc slows Python code several times over and
    ours more than the bare loop (more objects per row), so it is never on while the clock runs."""
    start = time.perf_counter()
    function()
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    function()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 1_000_000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    arguments = parser.parse_args()
    with test_database() as connection:
        from openpyxl import Workbook

        from faculty_training.models import Enrollment
        from faculty_training.selectors.records import (
            COLUMNS,
            RECORD_FIELDS,
            record_rows,
            records_queryset,
            scope_for_institution,
        )
        from faculty_training.services.exports import csv_lines, xlsx_file
        from tests.builders import build_cohort, build_content_tree

        rows = []
        course = build_content_tree(modules=1)["course"]
        built = 0
        for size in sorted(arguments.sizes):
            while built < size:
                step = min(20_000, size - built)
                build_cohort(course, step)
                built += step
            institution_ids = list(
                Enrollment.objects.values_list("participant__participant_profile__institution_id", flat=True).distinct()
            )
            from faculty_training.models import Institution

            scopes = [scope_for_institution(Institution.objects.get(pk=pk)) for pk in institution_ids]
            scope = type(scopes[0])(tuple(institution_ids), "bench")

            def ours_csv(scope=scope):
                sink = 0
                for chunk in csv_lines(record_rows(records_queryset(scope)), COLUMNS):
                    sink += len(chunk)

            def bare_query(scope=scope):
                # every value the export reads, by the same query (annotations and subqueries included)
                return records_queryset(scope).values_list(*RECORD_FIELDS)

            def bare_csv():
                buffer = io.StringIO()
                writer = csv.writer(buffer)
                for row in bare_query().iterator(chunk_size=2000):
                    writer.writerow(row)
                    buffer.seek(0)
                    buffer.truncate()

            def ours_xlsx(scope=scope):
                xlsx_file(record_rows(records_queryset(scope)), COLUMNS).close()

            def bare_xlsx():
                workbook = Workbook(write_only=True)
                sheet = workbook.create_sheet()
                for row in bare_query().iterator(chunk_size=2000):
                    sheet.append([str(value) for value in row])
                with tempfile.TemporaryFile() as handle:
                    workbook.save(handle)

            for label, ours, bare in (("CSV", ours_csv, bare_csv), ("XLSX", ours_xlsx, bare_xlsx)):
                ours_time, ours_peak = measure(ours)
                bare_time, bare_peak = measure(bare)
                record(
                    f"export_{label.lower()}_{size}_{connection.vendor}",
                    ours_time / bare_time,
                    f"{ours_time / bare_time:.2f}× ({ours_time:.1f} s, peak {ours_peak:.1f} MB)",
                )
                rows.append(
                    [
                        f"{size:,}",
                        label,
                        f"{ours_time:.2f} s",
                        f"{ours_peak:.1f} MB",
                        f"{bare_time:.2f} s",
                        f"{bare_peak:.1f} MB",
                        f"{ours_time / bare_time:.2f}×",
                    ]
                )
        print_table(
            f"Records export ({connection.vendor})",
            ["records", "format", "ours", "ours peak", "bare", "bare peak", "time ratio"],
            rows,
        )


if __name__ == "__main__":
    main()
