"""python manage.py issue_certificates --course ID [--dry-run]"""

from django.core.management.base import BaseCommand, CommandError

from faculty_training.models import CoursePage
from faculty_training.services.certificates import certificates_issue_for_course


class Command(BaseCommand):
    help = "Issue the missing certificates of a course's completed enrolments (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--course", type=int, required=True, help="Id of the course page.")
        parser.add_argument("--dry-run", action="store_true", help="List who would get a certificate; write nothing.")

    def handle(self, *args, course, dry_run, **options):
        course_page = CoursePage.objects.filter(pk=course).first()
        if course_page is None:
            raise CommandError(f"There is no course with id {course}.")
        issued, skipped = certificates_issue_for_course(course=course_page, dry_run=dry_run)
        if dry_run:
            for enrollment in issued:
                self.stdout.write(f"would issue: {enrollment.participant.participant_profile.latin_name}")
            self.stdout.write(
                self.style.SUCCESS(f"{len(issued)} certificate(s) would be issued (dry run, nothing written).")
            )
            return
        for certificate in issued:
            self.stdout.write(f"issued {certificate.serial}: {certificate.snapshot['holder']['latin_name']}")
        self.stdout.write(self.style.SUCCESS(f"{len(issued)} certificate(s) issued for {course_page.title}."))
