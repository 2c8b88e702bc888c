"""Decide completion again where time changed it; meant for cron, every few minutes.

When a session starts it becomes held without anyone marking anything: that can complete
enrolments (everything else was done) or hold them back. Enrolments never decided under the
current rule (after an upgrade) are decided as well. Test attempts whose time ran out (a time
limit, or the test's closing) and that nobody submitted are submitted and scored first, as at their
deadline. Idempotent; ``--all`` decides every course.
"""

from django.core.management.base import BaseCommand, CommandError

from ...models import CoursePage
from ...services.assessments import attempts_submit_expired
from ...services.completion import CompletionRefreshError, completion_evaluate_courses, completion_refresh_due


class Command(BaseCommand):
    help = (
        "Submit test attempts past their deadline, and decide completion again for courses whose sessions began "
        "(run from cron, e.g. every 5 minutes)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Decide every enrolment of every course again.")

    def handle(self, *args, all=False, **options):
        expired = attempts_submit_expired()
        self.stdout.write(f"{expired} test attempts past their deadline submitted.")
        if all:
            course_ids = list(CoursePage.objects.values_list("pk", flat=True))
            completion_evaluate_courses(course_ids)
            self.stdout.write(f"Completion decided again in {len(course_ids)} courses.")
            return
        try:
            count = completion_refresh_due()
        except CompletionRefreshError as error:
            raise CommandError(str(error)) from error  # cron reports it; every other course was decided
        self.stdout.write(f"{count} sessions began since the last run; completion decided again.")
