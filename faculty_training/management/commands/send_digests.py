"""Record each coordinator's weekly digest of new completions and queue the e-mails (cron, weekly).

Idempotent within an ISO week: a second run in the same week sends nothing twice.
"""

from django.core.management.base import BaseCommand

from ...services.notifications import digests_schedule


class Command(BaseCommand):
    help = "Queue the weekly digest of new completions for every institution coordinator."

    def handle(self, *args, **options):
        created = digests_schedule()
        self.stdout.write(f"{created} digests queued.")
