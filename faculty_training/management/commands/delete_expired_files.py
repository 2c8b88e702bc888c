"""Delete generated personal files whose time is up (cron, e.g. hourly); safe to run at any time."""

from django.core.management.base import BaseCommand

from ...services.generated_files import generated_files_delete_expired


class Command(BaseCommand):
    help = "Delete expired generated files (certificate ZIPs, exports, transcripts) from the private storage."

    def handle(self, *args, **options):
        count = generated_files_delete_expired()
        self.stdout.write(f"{count} expired file(s) deleted.")
