"""A course page with 5 and with 50 modules and sessions: queries and time per request.

Compared in the same run with a plain Wagtail page (a page whose template shows one rich-text
field, here a programme index without programmes) carrying the same amount of text. Run: .venv/bin/python benchmarks/course_page.py
"""

from _harness import median_seconds, print_table, record, test_database


def main():
    with test_database() as connection:
        from django.db import connection as db
        from django.test import Client
        from django.utils import translation

        from tests.builders import build_content_tree, build_course, build_module, build_program_index, build_session

        tree = build_content_tree(modules=5)
        courses = {5: tree["course"]}
        large = build_course(tree["programme"])
        for _ in range(50):
            build_module(large)
        courses[50] = large
        for size, course in courses.items():
            for hour in range(size):
                build_session(course, starts_in_minutes=60 * 24 * (hour + 1))
        client = Client()
        rows = []
        for size, course in courses.items():
            with translation.override("ur"):
                url = course.get_url()
            html = client.get(url).content.decode()
            assert course.title_ur in html, "the course page did not render"
            plain = build_program_index(tree["home"], intro_ur="<p>" + "ا" * len(html) + "</p>")
            with translation.override("ur"):
                plain_url = plain.get_url()
            assert client.get(plain_url).status_code == 200
            queries = []
            with db.execute_wrapper(
                lambda execute, sql, params, many, context, log=queries: (
                    log.append(sql) or execute(sql, params, many, context)
                )
            ):
                client.get(url)
            ours = median_seconds(lambda url=url: client.get(url), repeat=25)
            bare = median_seconds(lambda plain_url=plain_url: client.get(plain_url), repeat=25)
            record(
                f"course_page_{size}_{connection.vendor}", ours / bare, f"{ours / bare:.2f}× ({len(queries)} queries)"
            )
            rows.append([size, len(queries), f"{ours * 1000:.1f} ms", f"{bare * 1000:.1f} ms", f"{ours / bare:.2f}×"])
        print_table(
            f"Course page in Urdu ({connection.vendor})",
            ["modules and sessions", "queries", "course page", "plain page, same text", "ratio"],
            rows,
        )


if __name__ == "__main__":
    main()
