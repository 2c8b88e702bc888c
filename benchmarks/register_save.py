"""Saving an attendance register of 50 and 500 participants: our service against a bare bulk insert.

Our path: attendance_register_save (version check, enrolment check, bulk create/update, audit-log
entries, bulk completion re-evaluation). Bare path: AttendanceRecord.objects.bulk_create of the same
rows and nothing else. Run: .venv/bin/python benchmarks/register_save.py  (DATABASE_URL=... for PostgreSQL)
"""

from _harness import median_seconds, print_table, record, test_database


def main():
    with test_database() as connection:
        from django.db import connection as db
        from django.test.utils import CaptureQueriesContext

        from faculty_training.models import AttendanceRecord
        from faculty_training.services.attendance import attendance_register_save
        from tests.builders import build_cohort, build_content_tree, build_session

        def measure(size):
            course = build_content_tree(modules=3)["course"]
            session = build_session(course, starts_in_minutes=-60)
            people = build_cohort(course, size)
            state = {"version": 0, "status": "present"}

            def reset():
                AttendanceRecord.objects.filter(session=session).delete()
                state["status"] = "late" if state["status"] == "present" else "present"

            def ours():
                attendance_register_save(
                    session=session,
                    entries={person.pk: (state["status"], "") for person in people},
                    marked_by=None,
                    expected_version=state["version"],
                )
                state["version"] += 1

            def bare():
                AttendanceRecord.objects.bulk_create(
                    [
                        AttendanceRecord(session=session, participant=person, status=state["status"], method="register")
                        for person in people
                    ]
                )

            reset()
            with CaptureQueriesContext(db) as queries:
                ours()
            query_count = len(queries)
            ours_time = median_seconds(ours, setup=reset)
            bare_time = median_seconds(bare, setup=reset)
            record(f"register_queries_{size}_{connection.vendor}", query_count, f"{query_count} queries")
            return [
                size,
                query_count,
                f"{ours_time * 1000:.1f} ms",
                f"{bare_time * 1000:.1f} ms",
                f"{ours_time / bare_time:.1f}×",
            ]

        rows = [measure(size) for size in (50, 500)]
        print_table(
            f"Register save ({connection.vendor})",
            ["participants", "queries (ours)", "ours (median)", "bare bulk_create", "ratio"],
            rows,
        )


if __name__ == "__main__":
    main()
