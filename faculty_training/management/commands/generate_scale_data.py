"""Fill a (throwaway) database with the programme at its real size, for benchmarks.

``generate_scale_data`` makes 195 institutions, 30,000 faculty, 200 courses, 2,000 sessions,
150,000 enrolments, about a million attendance rows and the certificates of every completed
enrolment (faculty_training.demo.scale); ``--scale 0.1`` makes a tenth of it. The same ``--seed``
gives the same data. It refuses to run twice on one database and with production settings.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from ...demo.scale import PASSWORD, USERNAME_PREFIX, ScaleData, scale_data_exists


class Command(BaseCommand):
    help = "Generate the scale data set (30,000 faculty, ~1,000,000 attendance rows at --scale 1) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="Fraction of the real size (default 1).")
        parser.add_argument("--seed", type=int, default=2026, help="Random seed: the same seed, the same data.")

    def handle(self, *args, scale, seed, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "generate_scale_data is for development databases and refuses to run with these settings."
            )
        if not 0 < scale <= 2:
            raise CommandError("--scale must be above 0 and at most 2.")
        if scale_data_exists():
            raise CommandError("This database already holds scale data; generate it into a fresh database.")
        log = self.stdout.write if options["verbosity"] > 1 else None
        with translation.override("en"):
            report = ScaleData(scale=scale, seed=seed, log=log).run()
        self.stdout.write(self.style.SUCCESS(f"Scale data (scale {scale}, seed {seed}) in {report['seconds']} s:"))
        for key, value in report.items():
            if key != "seconds":
                self.stdout.write(f"  {key}: {value}")
        self.stdout.write(f"Logins {USERNAME_PREFIX}00001 … share the password {PASSWORD}.")
