"""Notifications: recorded when something happens, e-mailed later by the task worker.

``notify`` records one Notification per recipient (its key makes a repeat a no-op) and, once the
transaction commits, queues ``deliver_notifications_task`` on the notification task backend. The
worker renders each message in the recipient's language and time zone (plain text and HTML,
right-to-left for Urdu) and sends it with Django's mail settings. Nothing here sends mail inside a
web request: a request only records and enqueues.

The same composed message gives the dashboard its list, in the viewer's language.
"""

import hashlib
import html
import json
import logging
import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import conditional_escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import l10n
from ..conf import app_settings, language_codes
from ..models import (
    Certificate,
    Enrollment,
    InstitutionCoordinator,
    ParticipantProfile,
    TrainingSession,
)
from ..models.notifications import Notification, NotificationPreference

logger = logging.getLogger(__name__)

Kind = Notification.Kind
Status = Notification.EmailStatus

#: kind -> the preference that switches its e-mail off; None: always sent (it changes a record).
CATEGORY = {
    Kind.ENROLMENT_CONFIRMED: "enrolment",
    Kind.REMINDER_DAY: "reminders",
    Kind.REMINDER_HOUR: "reminders",
    Kind.SESSION_CHANGED: "session_updates",
    Kind.SESSION_CANCELLED: "session_updates",
    Kind.CERTIFICATE_ISSUED: "certificates",
    Kind.CERTIFICATE_REVOKED: None,
    Kind.CERTIFICATE_UNDER_REVIEW: None,
    Kind.CERTIFICATE_CONFIRMED: None,
    Kind.COORDINATOR_DIGEST: "digest",
    Kind.SURVEY_REMINDER: "evaluation_reminders",
}
CATEGORIES = ("enrolment", "reminders", "evaluation_reminders", "session_updates", "certificates", "digest")
HOUR_LEAD, DAY_LEAD = timedelta(hours=1), timedelta(hours=24)  # reminders: an hour and a day before
MAX_ATTEMPTS = 5
UNSUBSCRIBE_SALT = "faculty_training.notifications.unsubscribe"
RTL_LANGUAGES = {"ur", "ar", "fa", "he"}
TRACKED_SESSION_FIELDS = ("starts_at", "ends_at", "time_zone", "venue", "online_link", "mode", "status")


# --- recording ------------------------------------------------------------------------------


def _enqueue(ids):
    if not ids:
        return
    from ..tasks import deliver_notifications_task

    backend = app_settings.NOTIFICATION_TASK_BACKEND
    for start in range(0, len(ids), 100):
        chunk = ids[start : start + 100]
        transaction.on_commit(lambda chunk=chunk: deliver_notifications_task.using(backend=backend).enqueue(chunk))


def _opted_out(user_ids, kind):
    category = CATEGORY[kind]
    if category is None:
        return set()
    return set(
        NotificationPreference.objects.filter(user_id__in=user_ids, **{category: False}).values_list(
            "user_id", flat=True
        )
    )


def notify(recipients, kind, key, data):
    """Record ``kind`` for each recipient once per ``key``, and queue the e-mails. Returns new rows."""
    user_ids = {getattr(user, "pk", user) for user in recipients}
    if not user_ids:
        return []
    existing = set(
        Notification.objects.filter(key=key, recipient_id__in=user_ids).values_list("recipient_id", flat=True)
    )
    opted_out = _opted_out(user_ids - existing, kind)
    rows = [
        Notification(
            recipient_id=user_id,
            kind=kind,
            key=key,
            data=data,
            email_status=Status.SKIPPED if user_id in opted_out else Status.PENDING,
            email_note="opted out" if user_id in opted_out else "",
        )
        for user_id in sorted(user_ids - existing)
    ]
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    created = list(
        Notification.objects.filter(key=key, recipient_id__in=[row.recipient_id for row in rows]).order_by("pk")
    )
    _enqueue([row.pk for row in created if row.email_status == Status.PENDING])
    return created


def _course_participants(course_id):
    return list(
        Enrollment.objects.filter(course_id=course_id)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .values_list("participant_id", flat=True)
    )


def notify_enrolment(enrollment):
    notify(
        [enrollment.participant_id],
        Kind.ENROLMENT_CONFIRMED,
        f"enrolment:{enrollment.pk}:{int(enrollment.enrolled_at.timestamp())}",
        {"enrollment": enrollment.pk},
    )


def notify_certificate(certificate, kind, occasion=""):
    """Tell the holder; ``occasion`` tells apart events that can happen more than once (reviews)."""
    key = f"{kind}:{certificate.pk}" + (f":{occasion}" if occasion else "")
    notify([certificate.participant_id], kind, key, {"certificate": certificate.pk})


def _comparable(values):
    """Tracked values as JSON: instants in UTC, so 10:00+05:00 from a form equals 05:00Z from the database."""
    return {
        name: value.astimezone(UTC).isoformat() if isinstance(value, datetime) else value
        for name, value in values.items()
    }


def _session_values(session):
    return _comparable({name: getattr(session, name) for name in TRACKED_SESSION_FIELDS})


def session_snapshot(session_id):
    """The tracked fields of a saved session, before an edit (None for a new session)."""
    row = TrainingSession.objects.filter(pk=session_id).values(*TRACKED_SESSION_FIELDS).first()
    return None if row is None else _comparable(row)


def notify_session_change(session, before):
    """After a session was saved: tell its participants if it was cancelled or its time or place changed."""
    if before is None:
        return
    after = _session_values(session)
    if after == before or session.ends_at <= timezone.now():
        return
    was_cancelled = before["status"] == TrainingSession.Status.CANCELLED
    if session.is_cancelled and was_cancelled:
        return
    kind = Kind.SESSION_CANCELLED if session.is_cancelled else Kind.SESSION_CHANGED
    change = hashlib.sha256(json.dumps([before, after], sort_keys=True).encode()).hexdigest()[:16]
    stamp = timezone.now().strftime("%Y%m%d%H%M%S")
    notify(
        _course_participants(session.course_id),
        kind,
        f"{kind}:{session.pk}:{change}:{stamp}",
        {"session": session.pk, "before": before},
    )


def reminders_schedule(now=None):
    """Record the reminders due at ``now``: a day before and an hour before each session.

    A session between 1 and 24 hours away gets the day reminder, one under an hour away the hour
    reminder. Keys name the session and its start, so a second run sends nothing twice and a
    moved session is reminded of again. Returns the number of new notifications.
    """
    now = now or timezone.now()
    sessions = TrainingSession.objects.filter(
        status=TrainingSession.Status.SCHEDULED, starts_at__gt=now, starts_at__lte=now + DAY_LEAD
    ).order_by("starts_at")
    created = 0
    for session in sessions:
        kind = Kind.REMINDER_HOUR if session.starts_at - now <= HOUR_LEAD else Kind.REMINDER_DAY
        key = f"{kind}:{session.pk}:{int(session.starts_at.timestamp())}"
        created += len(notify(_course_participants(session.course_id), kind, key, {"session": session.pk}))
    return created


def digests_schedule(now=None):
    """Record each coordinator's weekly digest of the last seven days' completions (once per ISO week)."""
    now = now or timezone.now()
    since = now - timedelta(days=7)
    year, week, _weekday = now.isocalendar()
    created = 0
    from ..models import ParticipantProfile
    from ..selectors.records import records_queryset, scope_for_institution

    for coordinator in InstitutionCoordinator.objects.select_related("institution").order_by("pk"):
        # The records selector decides whose completions count for the institution (confirmed members).
        completions = list(
            records_queryset(scope_for_institution(coordinator.institution))
            .filter(status=Enrollment.Status.COMPLETED, completed_at__gte=since, completed_at__lt=now)
            .order_by("completed_at")
            .values_list("pk", flat=True)
        )
        waiting = (
            ParticipantProfile.objects.waiting_for_confirmation().filter(institution=coordinator.institution).count()
        )
        if not completions and not waiting:
            continue
        created += len(
            notify(
                [coordinator.user_id],
                Kind.COORDINATOR_DIGEST,
                f"digest:{coordinator.institution_id}:{year}-W{week:02d}",
                {
                    "institution": coordinator.institution_id,
                    "since": since.isoformat(),
                    "until": now.isoformat(),
                    "enrollments": completions[:200],
                    "count": len(completions),
                    "waiting": waiting,
                },
            )
        )
    return created


def undelivered_requeue(now=None, *, older_than=timedelta(minutes=10)):
    """Queue again what a lost task or a failed mail server left unsent. Returns how many."""
    now = now or timezone.now()
    ids = list(
        Notification.objects.filter(
            email_status__in=[Status.PENDING, Status.FAILED],
            email_attempts__lt=MAX_ATTEMPTS,
            created_at__lt=now - older_than,
        ).values_list("pk", flat=True)
    )
    _enqueue(ids)
    return len(ids)


# --- composing --------------------------------------------------------------------------------


@dataclass
class Message:
    subject: str
    lines: list = field(default_factory=list)  # safe HTML fragments
    details: list = field(default_factory=list)  # (label, value): text or safe HTML
    action_label: str = ""
    action_url: str = ""
    attachments: list = field(default_factory=list)  # (filename, bytes, mimetype)

    @property
    def text_lines(self):
        return [html.unescape(strip_tags(line)) for line in self.lines]

    @property
    def text_details(self):
        return [(html.unescape(strip_tags(label)), html.unescape(strip_tags(value))) for label, value in self.details]


def _verbatim(value):
    """A name, code or title kept as written (not translated), isolated in bidirectional text."""
    return format_html('<bdi translate="no">{}</bdi>', value)


def _isolated(value):
    """Translated content (a course or session title) isolated in bidirectional text."""
    return format_html("<bdi>{}</bdi>", value)


def _fill(template, **values):
    escaped = {name: value if isinstance(value, int) else conditional_escape(value) for name, value in values.items()}
    return mark_safe(conditional_escape(template) % escaped)  # noqa: S308 - every part is escaped above


def _site_url(path):
    return app_settings.SITE_URL.rstrip("/") + path


def _reverse(name, *args):
    return _site_url(reverse(name, args=args))


def _page_url(page):
    url = page.get_url()
    if not url:
        return ""
    return url if url.startswith("http") else _site_url(url)


def _when(start, end, zone):
    """The day and hours in ``zone``, with the zone named in the reader's language (CLDR)."""
    return format_html("{} ({})", l10n.format_time_range(start, end, zone=zone), l10n.zone_name(zone, at=start))


def _session_details(session, zone):
    details = [(_("When (your time)"), _when(session.starts_at, session.ends_at, zone))]
    if session.zone.key != zone.key:
        details.append((_("When (local time of the session)"), _when(session.starts_at, session.ends_at, session.zone)))
    details.append((_("Mode"), conditional_escape(session.get_mode_display())))
    if session.venue:
        details.append((_("Venue"), _verbatim(session.venue)))
    if session.online_link:
        details.append((_("Online link"), _verbatim(session.online_link)))
    return details


def _compose_enrolment(notification, objects, zone, for_email):
    enrollment = objects["enrollment"].get(notification.data.get("enrollment"))
    if enrollment is None:
        return None
    course = enrollment.course
    title = course.title
    message = Message(subject=_("You are enrolled in %(course)s") % {"course": title})
    message.lines.append(_fill(_("Your enrolment in %(course)s is confirmed."), course=_isolated(title)))
    if for_email:
        sessions = list(course.sessions.exclude(status=TrainingSession.Status.CANCELLED).order_by("starts_at"))
        if sessions:
            from .calendars import calendar_for_sessions

            message.lines.append(conditional_escape(_("The course's sessions are attached as a calendar file.")))
            for session in sessions:
                message.details.append((_isolated(session.title), _when(session.starts_at, session.ends_at, zone)))
            ics = calendar_for_sessions(sessions, name=title, include_links=True, base_url=app_settings.SITE_URL)
            message.attachments.append(("sessions.ics", ics, "text/calendar"))
        else:
            message.lines.append(conditional_escape(_("No sessions are scheduled for this course yet.")))
    message.action_label, message.action_url = _("Open the course"), _page_url(course)
    return message


def _compose_reminder(notification, objects, zone, for_email):
    session = objects["session"].get(notification.data.get("session"))
    if session is None:
        return None
    values = {"session": session.title, "course": session.course.title}
    if notification.kind == Kind.REMINDER_HOUR:
        subject = _("Reminder: %(session)s starts within the hour") % values
        line = _("%(session)s of the course %(course)s starts within the hour.")
    else:
        subject = _("Reminder: %(session)s starts in less than a day") % values
        line = _("%(session)s of the course %(course)s starts in less than a day.")
    message = Message(subject=subject, details=_session_details(session, zone) if for_email else [])
    message.lines.append(_fill(line, session=_isolated(session.title), course=_isolated(session.course.title)))
    message.action_label, message.action_url = _("Open the course"), _page_url(session.course)
    return message


def _compose_session_change(notification, objects, zone, for_email):
    session = objects["session"].get(notification.data.get("session"))
    if session is None:
        return None
    values = {"session": session.title}
    names = {"session": _isolated(session.title), "course": _isolated(session.course.title)}
    if notification.kind == Kind.SESSION_CANCELLED:
        message = Message(subject=_("Cancelled: %(session)s") % values)
        message.lines.append(_fill(_("%(session)s of the course %(course)s has been cancelled."), **names))
        if session.cancellation_reason:
            message.details.append((_("Reason"), _verbatim(session.cancellation_reason)))
    else:
        message = Message(subject=_("Changed: %(session)s") % values)
        message.lines.append(_fill(_("%(session)s of the course %(course)s has changed. Here it is now:"), **names))
        if for_email:
            message.details = _session_details(session, zone)
            before = notification.data.get("before") or {}
            if before.get("starts_at") and before["starts_at"] != session.starts_at.astimezone(UTC).isoformat():
                old_start, old_end = (
                    datetime.fromisoformat(before["starts_at"]),
                    datetime.fromisoformat(before["ends_at"]),
                )
                message.details.append((_("Before the change"), _when(old_start, old_end, zone)))
    message.action_label, message.action_url = _("Open the course"), _page_url(session.course)
    return message


def _compose_certificate(notification, objects, zone, for_email):
    certificate = objects["certificate"].get(notification.data.get("certificate"))
    if certificate is None:
        return None
    titles = certificate.snapshot.get("course", {}).get("title", {})
    course_title = titles.get(translation.get_language()) or certificate.course.title
    names = {"course": _isolated(course_title), "serial": _verbatim(certificate.serial)}
    verify_url = _reverse("faculty_training_verify:result", certificate.verification_code)
    if notification.kind == Kind.CERTIFICATE_UNDER_REVIEW:
        message = Message(subject=_("Your certificate %(serial)s is under review") % {"serial": certificate.serial})
        message.lines.append(
            _fill(
                _(
                    "Your record in the course %(course)s changed, and it no longer meets the course's completion "
                    "requirements. Your certificate %(serial)s is under review until a programme administrator decides."
                ),
                **names,
            )
        )
        message.lines.append(
            conditional_escape(_("If you think your record is wrong, contact the facilitator of the course."))
        )
        message.action_label, message.action_url = _("Open my training"), _reverse("faculty_training:dashboard")
    elif notification.kind == Kind.CERTIFICATE_CONFIRMED:
        message = Message(subject=_("Your certificate %(serial)s is valid") % {"serial": certificate.serial})
        message.lines.append(
            _fill(
                _("The review of your certificate %(serial)s for the course %(course)s is over: it is valid."), **names
            )
        )
        message.action_label, message.action_url = _("Verification page"), verify_url
    elif notification.kind == Kind.CERTIFICATE_REVOKED:
        message = Message(subject=_("Your certificate %(serial)s has been revoked") % {"serial": certificate.serial})
        message.lines.append(
            _fill(_("Your certificate %(serial)s for the course %(course)s has been revoked."), **names)
        )
        message.lines.append(conditional_escape(_("Its verification page now shows it as revoked.")))
        message.details.append((_("Reason"), conditional_escape(certificate.get_revocation_reason_display())))
        message.action_label, message.action_url = _("Verification page"), verify_url
    else:
        message = Message(subject=_("Your certificate for %(course)s") % {"course": course_title})
        message.lines.append(_fill(_("Congratulations! Your certificate for the course %(course)s is ready."), **names))
        message.details.append((_("Serial"), _verbatim(certificate.serial)))
        message.details.append((_("Verification code"), _verbatim(certificate.verification_code)))
        message.details.append((_("Anyone can check it here"), _verbatim(verify_url)))
        message.action_label, message.action_url = _("Download the PDF"), _reverse("faculty_training:dashboard")
    return message


def _compose_digest(notification, objects, zone, for_email):
    institution = objects["institution"].get(notification.data.get("institution"))
    if institution is None:
        return None
    count = notification.data.get("count", 0)
    message = Message(
        subject=ngettext(
            "Weekly digest: %(count)d new completion",
            "Weekly digest: %(count)d new completions",
            count,
        )
        % {"count": count}
    )
    message.lines.append(
        _fill(
            ngettext(
                "Faculty of %(institution)s completed %(count)d course in the last seven days.",
                "Faculty of %(institution)s completed %(count)d courses in the last seven days.",
                count,
            ),
            count=count,
            institution=_isolated(institution.name),
        )
    )
    if for_email:
        enrollments = Enrollment.objects.filter(pk__in=notification.data.get("enrollments", [])).select_related(
            "course", "participant__participant_profile"
        )
        for enrollment in enrollments.order_by("completed_at"):
            profile = getattr(enrollment.participant, "participant_profile", None)
            name = profile.latin_name if profile else enrollment.participant.get_username()
            when = l10n.format_date(enrollment.completed_at.astimezone(zone))
            message.details.append((_verbatim(name), format_html("{} · {}", _isolated(enrollment.course.title), when)))
    waiting = notification.data.get("waiting", 0)
    if waiting:
        message.lines.append(
            conditional_escape(
                ngettext(
                    "%(count)d person waits for you to confirm that they are your faculty.",
                    "%(count)d people wait for you to confirm that they are your faculty.",
                    waiting,
                )
                % {"count": waiting}
            )
        )
    message.action_label, message.action_url = _("Open the records"), _reverse("faculty_training_records:index")
    return message


def _compose_survey_reminder(notification, objects, zone, for_email):
    # Says only that a survey waits: never anything answered (answers may be anonymous).
    course_survey = objects["course_survey"].get(notification.data.get("course_survey"))
    if course_survey is None:
        return None
    values = {"survey": course_survey.template.title, "course": course_survey.course.title}
    message = Message(subject=_("Please answer the survey %(survey)s") % values)
    message.lines.append(
        _fill(
            _("The survey %(survey)s of the course %(course)s waits for your answers."),
            survey=_isolated(values["survey"]),
            course=_isolated(values["course"]),
        )
    )
    if course_survey.is_anonymous:
        message.lines.append(conditional_escape(_("It is anonymous: your answers are stored without your name.")))
    message.action_label = _("Answer the survey")
    message.action_url = _reverse("faculty_training:survey", course_survey.pk)
    return message


COMPOSERS = {
    Kind.ENROLMENT_CONFIRMED: _compose_enrolment,
    Kind.REMINDER_DAY: _compose_reminder,
    Kind.REMINDER_HOUR: _compose_reminder,
    Kind.SESSION_CHANGED: _compose_session_change,
    Kind.SESSION_CANCELLED: _compose_session_change,
    Kind.CERTIFICATE_ISSUED: _compose_certificate,
    Kind.CERTIFICATE_REVOKED: _compose_certificate,
    Kind.CERTIFICATE_UNDER_REVIEW: _compose_certificate,
    Kind.CERTIFICATE_CONFIRMED: _compose_certificate,
    Kind.COORDINATOR_DIGEST: _compose_digest,
    Kind.SURVEY_REMINDER: _compose_survey_reminder,
}


def load_objects(notifications):
    """The sessions, enrolments, certificates and institutions the notifications name, in four queries."""
    from ..models import CourseSurvey, Institution

    wanted = {"session": set(), "enrollment": set(), "certificate": set(), "institution": set(), "course_survey": set()}
    for notification in notifications:
        for name, ids in wanted.items():
            if notification.data.get(name) is not None:
                ids.add(notification.data[name])
    return {
        "session": TrainingSession.objects.select_related("course").in_bulk(wanted["session"])
        if wanted["session"]
        else {},
        "enrollment": Enrollment.objects.select_related("course").in_bulk(wanted["enrollment"])
        if wanted["enrollment"]
        else {},
        "certificate": Certificate.objects.select_related("course").in_bulk(wanted["certificate"])
        if wanted["certificate"]
        else {},
        "institution": Institution.objects.in_bulk(wanted["institution"]) if wanted["institution"] else {},
        "course_survey": CourseSurvey.objects.select_related("template", "course").in_bulk(wanted["course_survey"])
        if wanted["course_survey"]
        else {},
    }


def compose(notification, objects, *, zone=None, for_email=False):
    """The message in the active language; None if what it was about no longer exists."""
    zone = zone or timezone.get_current_timezone()
    return COMPOSERS[notification.kind](notification, objects, zone, for_email)


def dashboard_notifications(user, limit=8):
    """The latest notifications of ``user`` with their messages, in the active language and zone."""
    notifications = list(Notification.objects.filter(recipient=user)[:limit])
    objects = load_objects(notifications)
    rows = []
    for notification in notifications:
        message = compose(notification, objects)
        if message is not None:
            rows.append({"notification": notification, "message": message})
    return rows


def notifications_mark_read(user):
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())


# --- recipients, preferences, unsubscribing ----------------------------------------------------


@dataclass
class Recipient:
    email: str
    language: str
    zone: zoneinfo.ZoneInfo
    name: str


def recipient_for(user, default_language=None):
    """Where, in which language and time zone, and to whom by name, a message goes.

    The language is the one the person chose (profile, or e-mail preferences); else ``default_language``
    (e.g. the page's, for a message answering a request), else the site's.
    """
    languages = language_codes()
    profile = ParticipantProfile.objects.filter(user=user).select_related("institution").first()
    preference = NotificationPreference.objects.filter(user=user).first()
    if profile is not None:
        language, zone = profile.preferred_language, profile.effective_time_zone
        name = profile.native_name if profile.native_name and language != "en" else profile.latin_name
    else:
        language = (
            preference.language if preference and preference.language else default_language or settings.LANGUAGE_CODE
        )
        coordinator = InstitutionCoordinator.objects.filter(user=user).select_related("institution").first()
        zone_name = (
            app_settings.COUNTRY_TIME_ZONES.get(coordinator.institution.country, settings.TIME_ZONE)
            if coordinator
            else settings.TIME_ZONE
        )
        zone = zoneinfo.ZoneInfo(zone_name)
        name = user.get_full_name() or user.get_username()
    if language not in languages:
        language = settings.LANGUAGE_CODE
    return Recipient(email=user.email, language=language, zone=zone, name=name)


def preference_for(user):
    preference = NotificationPreference.objects.filter(user=user).first()
    return preference or NotificationPreference(user=user)


def preference_save(*, user, **choices):
    preference = preference_for(user)
    for name, value in choices.items():
        if name in CATEGORIES or name == "language":
            setattr(preference, name, value)
    preference.save()
    return preference


def category_label(category):
    """What a category of e-mails is called, in the active language (the preference's label)."""
    return NotificationPreference._meta.get_field(category).verbose_name


def unsubscribe_token(user, category):
    return signing.dumps([user.pk, category], salt=UNSUBSCRIBE_SALT)


def unsubscribe_token_read(token):
    """(user id, category) from a token, or None if it was not made by us."""
    try:
        user_id, category = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if category not in CATEGORIES:
        return None
    return user_id, category


def unsubscribe(user_id, category):
    """Switch ``category`` off for the user; None if the account no longer exists."""
    from django.contrib.auth import get_user_model

    if not get_user_model().objects.filter(pk=user_id).exists():
        return None
    preference, _created = NotificationPreference.objects.get_or_create(user_id=user_id)
    setattr(preference, category, False)
    preference.save(update_fields=[category, "updated_at"])
    return preference


# --- sending (the task worker) ----------------------------------------------------------------


def render_email(notification, recipient):
    """(subject, text, html, attachments, headers) in the recipient's language and zone; or None."""
    with translation.override(recipient.language), timezone.override(recipient.zone):
        objects = load_objects([notification])
        message = compose(notification, objects, zone=recipient.zone, for_email=True)
        if message is None:
            return None
        category = CATEGORY[notification.kind]
        unsubscribe_url = ""
        headers = {}
        if category is not None:
            unsubscribe_url = _reverse(
                "faculty_training:unsubscribe", unsubscribe_token(notification.recipient, category)
            )
            headers = {
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
        context = {
            "message": message,
            "language": recipient.language,
            "direction": "rtl" if recipient.language in RTL_LANGUAGES else "ltr",
            "greeting": _fill(_("Dear %(name)s,"), name=_verbatim(recipient.name)),
            "text_greeting": _("Dear %(name)s,") % {"name": recipient.name},
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": _reverse("faculty_training:notifications"),
            # Mail programs that load web fonts show Nastaliq; the rest use the reader's Urdu font.
            "urdu_font_url": _site_url(static("faculty_training/fonts/NotoNastaliqUrdu-Regular.woff2")),
        }
        text = render_to_string("faculty_training/email/notification.txt", context)
        body = render_to_string("faculty_training/email/notification.html", context)
    subject = " ".join(message.subject.split())
    return subject, text, body, message.attachments, headers


def _deliver(notification):
    recipient = recipient_for(notification.recipient)
    category = CATEGORY[notification.kind]
    if category is not None and not getattr(preference_for(notification.recipient), category):
        return Status.SKIPPED, "opted out"
    if not recipient.email:
        return Status.SKIPPED, "no e-mail address"
    if not notification.recipient.is_active:
        return Status.SKIPPED, "account deactivated"
    rendered = render_email(notification, recipient)
    if rendered is None:
        return Status.SKIPPED, "subject no longer exists"
    subject, text, body, attachments, headers = rendered
    email = EmailMultiAlternatives(subject, text, to=[recipient.email], headers=headers)
    email.attach_alternative(body, "text/html")
    for attachment in attachments:
        email.attach(*attachment)
    email.send()
    return Status.SENT, ""


def notifications_deliver(ids):
    """Send the pending e-mails among ``ids`` (the task worker calls this). Returns how many were sent."""
    sent = 0
    for pk in ids:
        with transaction.atomic():
            notification = (
                Notification.objects.select_for_update(skip_locked=True)
                .select_related("recipient")
                .filter(pk=pk, email_status__in=[Status.PENDING, Status.FAILED], email_attempts__lt=MAX_ATTEMPTS)
                .first()
            )
            if notification is None:
                continue  # sent already, or another worker has it
            notification.email_attempts += 1
            try:
                with transaction.atomic():  # a database error while rendering must not lose the batch
                    status, note = _deliver(notification)
            except Exception as error:  # the mail server refused: keep the row for a retry
                logger.warning("notification %s not sent: %s", pk, error)
                status, note = Status.FAILED, str(error)[:255]
            notification.email_status, notification.email_note = status, note
            if status == Status.SENT:
                notification.emailed_at = timezone.now()
                sent += 1
            notification.save(update_fields=["email_status", "email_note", "email_attempts", "emailed_at"])
    return sent
