"""Record due session reminders and queue their e-mails; meant for cron, every few minutes.

Idempotent: a reminder is recorded once per session start and recipient, so running it twice
sends nothing twice. It also re-queues e-mails a lost task or a failed mail server left unsent.
"""

from django.core.management.base import BaseCommand

from ...services.notifications import reminders_schedule, undelivered_requeue
from ...services.surveys import survey_reminders_schedule


class Command(BaseCommand):
    help = (
        "Queue reminders a day and an hour before sessions, and of open surveys not yet answered "
        "(run from cron, e.g. every 10 minutes)."
    )

    def handle(self, *args, **options):
        created = reminders_schedule() + survey_reminders_schedule()
        requeued = undelivered_requeue()
        self.stdout.write(f"{created} reminders queued, {requeued} earlier e-mails queued again.")
