"""Whether anyone is working the task queue: work waiting longer than a worker would leave it."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.utils import timezone

from ..conf import app_settings


@dataclass(frozen=True)
class QueueState:
    waiting: int  # tasks ready to run but not taken for longer than the threshold
    oldest: datetime | None

    @property
    def is_stalled(self):
        return self.waiting > 0


def queue_state(now=None):
    """Ready tasks of the database queue that no worker took within QUEUE_STALLED_AFTER_SECONDS."""
    if not apps.is_installed("django_tasks_db"):
        return QueueState(0, None)
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    limit = now - timedelta(seconds=app_settings.QUEUE_STALLED_AFTER_SECONDS)
    waiting = DBTaskResult.objects.ready().filter(enqueued_at__lt=limit)
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    return QueueState(waiting.count(), oldest)
