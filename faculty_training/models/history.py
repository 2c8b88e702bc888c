"""The audit log of training sessions, readable by the facilitators of each session only.

Wagtail's generic ``ModelLogEntry`` lets anyone with any permission on a model read the log of
every instance of it, in the site history report, its CSV/XLSX export and the filters. Session
entries name participants and their attendance, and facilitators hold the model-wide "view"
permission to reach their own sessions. So sessions log to this model instead (registered with
``register_log_actions`` in wagtail_hooks.py), whose ``viewable_by_user`` is the one place that
decides, with the rule of ``TrainingSession.objects.managed_by``: programme administrators read
every session's log; a facilitator reads the log of the sessions they facilitate; nobody else
reads any.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

from .. import roles


class SessionLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(session_id=instance.pk)
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(session_id=instance.pk)

    def viewable_by_user(self, user):
        from .sessions import TrainingSession

        if roles.is_programme_administrator(user):
            return self.all()  # also the log of deleted sessions
        return self.filter(session_id__in=TrainingSession.objects.managed_by(user).values("pk"))


class SessionLogEntry(BaseLogEntry):
    # No database constraint: the log outlives a deleted session, as Wagtail's page log does.
    session = models.ForeignKey(
        "faculty_training.TrainingSession",
        verbose_name=_("training session"),
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )

    objects = SessionLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("session log entry")
        verbose_name_plural = _("session log entries")

    def __str__(self):
        return f"SessionLogEntry {self.pk}: {self.action!r} on session {self.session_id}"

    @property
    def object_id(self):
        return self.session_id
