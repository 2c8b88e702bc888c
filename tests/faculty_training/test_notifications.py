"""Notifications: recorded in requests, e-mailed by the worker in the recipient's language and zone."""

import zoneinfo
from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from faculty_training.models import (
    Certificate,
    Enrollment,
    InstitutionCoordinator,
    Notification,
    NotificationPreference,
    TrainingSession,
)
from faculty_training.services import notifications as service
from faculty_training.services.attendance import session_cancel
from faculty_training.services.certificates import certificate_confirm, certificate_revoke
from faculty_training.services.enrollment import enrollment_create, enrollment_withdraw
from faculty_training.services.progress import module_progress_mark, module_progress_unmark
from tests.builders import (
    build_content_tree,
    build_course,
    build_institution,
    build_module,
    build_participant,
    build_session,
    build_user,
    translations,
)
from tests.i18n.leakcheck import leaked_words

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "ur", "kk", "ru")
NATIVE_NAMES = {"en": "", "ur": "عائشہ خان", "kk": "Айгүл Серікқызы", "ru": "Анна Петрова"}
KARACHI = zoneinfo.ZoneInfo("Asia/Karachi")


def commit():
    """Run what waits for the transaction's commit (tests run inside one that never commits)."""
    while connection.run_on_commit:
        callbacks = list(connection.run_on_commit)
        del connection.run_on_commit[:]
        for _savepoints, callback, _robust in callbacks:
            callback()


def run_worker():
    """What `make worker` does, once: send everything queued for notifications.

    The worker closes stale connections between tasks; inside a test's transaction that would
    close the test's own connection (PostgreSQL), so that one call is neutralised here.
    """
    commit()
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        _run_worker_command()


def _run_worker_command():
    call_command("db_worker", "--batch", "--backend", "notifications", "--no-startup-delay", "--no-reload", verbosity=0)


def translated_course(programme):
    course = build_course(
        programme,
        **translations(
            "title",
            {
                "en": "Simulation in dental teaching",
                "ur": "دندان سازی کی تدریس میں سمیولیشن",
                "kk": "Стоматологияны оқытудағы симуляция",
                "ru": "Симуляция в обучении стоматологии",
            },
        ),
    )
    build_module(course)
    return course


def translated_session(course, starts_in_minutes=60 * 30, **fields):
    return build_session(
        course,
        starts_in_minutes=starts_in_minutes,
        **translations(
            "title", {"en": "Opening workshop", "ur": "افتتاحی ورکشاپ", "kk": "Ашылу семинары", "ru": "Вводный семинар"}
        ),
        **fields,
    )


@pytest.fixture
def course():
    tree = build_content_tree(modules=0)
    return translated_course(tree["programme"])


def participant_in(language, **fields):
    return build_participant(preferred_language=language, native_name=NATIVE_NAMES[language], **fields)


def sent_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def html_of(message):
    return next(body for body, mimetype in message.alternatives if mimetype == "text/html")


# --- one trigger per kind, each leaving exactly one notification for `user` -------------------


def trigger_enrolment(user, course):
    enrollment_create(participant=user, course=course)


def trigger_reminder_day(user, course):
    session = translated_session(course, starts_in_minutes=60 * 20)
    enrollment_create(participant=user, course=course)
    service.reminders_schedule()
    return session


def trigger_reminder_hour(user, course):
    translated_session(course, starts_in_minutes=40)
    enrollment_create(participant=user, course=course)
    service.reminders_schedule()


def trigger_session_changed(user, course):
    session = translated_session(course)
    enrollment_create(participant=user, course=course)
    session.starts_at += timedelta(hours=2)
    session.ends_at += timedelta(hours=2)
    session.save()


def trigger_session_cancelled(user, course):
    session = translated_session(course)
    enrollment_create(participant=user, course=course)
    session_cancel(session=session, reason="Jury duty", user=build_user())


def trigger_certificate_issued(user, course):
    enrollment_create(participant=user, course=course)
    module_progress_mark(participant=user, module=course.get_children().specific().first())


def trigger_certificate_revoked(user, course):
    trigger_certificate_issued(user, course)
    certificate = Certificate.objects.get(participant=user)
    certificate_revoke(
        certificate=certificate, reason=Certificate.RevocationReason.ISSUED_IN_ERROR, revoked_by=build_user()
    )


def trigger_certificate_under_review(user, course):
    trigger_certificate_issued(user, course)
    module_progress_unmark(participant=user, module=course.get_children().specific().first())


def trigger_certificate_confirmed(user, course):
    trigger_certificate_under_review(user, course)
    certificate_confirm(
        certificate=Certificate.objects.get(participant=user), note="Studied on paper", confirmed_by=build_user()
    )


def trigger_digest(user, course):
    institution = build_institution(
        **translations(
            "name",
            {
                "en": "Khyber Medical University",
                "ur": "خیبر میڈیکل یونیورسٹی",
                "kk": "Хайбер медицина университеті",
                "ru": "Медицинский университет Хайбер",
            },
        )
    )
    InstitutionCoordinator.objects.create(user=user, institution=institution)
    for number in range(3):
        faculty = build_participant(institution=institution, latin_name=f"Faculty Member {number}")
        trigger_certificate_issued(faculty, course)
    service.digests_schedule()


def trigger_survey_reminder(user, course):
    from faculty_training.services.surveys import survey_reminders_schedule
    from tests.faculty_training.evaluation.builders import build_course_survey

    build_course_survey(course, opens="after_module", module=course.get_children().specific().first())
    enrollment_create(participant=user, course=course)
    module_progress_mark(participant=user, module=course.get_children().specific().first())
    survey_reminders_schedule()


TRIGGERS = {
    Notification.Kind.ENROLMENT_CONFIRMED: trigger_enrolment,
    Notification.Kind.REMINDER_DAY: trigger_reminder_day,
    Notification.Kind.REMINDER_HOUR: trigger_reminder_hour,
    Notification.Kind.SESSION_CHANGED: trigger_session_changed,
    Notification.Kind.SESSION_CANCELLED: trigger_session_cancelled,
    Notification.Kind.CERTIFICATE_ISSUED: trigger_certificate_issued,
    Notification.Kind.CERTIFICATE_REVOKED: trigger_certificate_revoked,
    Notification.Kind.CERTIFICATE_UNDER_REVIEW: trigger_certificate_under_review,
    Notification.Kind.CERTIFICATE_CONFIRMED: trigger_certificate_confirmed,
    Notification.Kind.COORDINATOR_DIGEST: trigger_digest,
    Notification.Kind.SURVEY_REMINDER: trigger_survey_reminder,
}


def test_every_kind_has_a_trigger_here():
    assert set(TRIGGERS) == set(Notification.Kind.values)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(TRIGGERS))
def test_each_message_in_each_language(kind, language, course):
    if kind == Notification.Kind.COORDINATOR_DIGEST:
        user = build_user()
        NotificationPreference.objects.create(user=user, language=language)
    else:
        user = participant_in(language)
    TRIGGERS[kind](user, course)
    notification = Notification.objects.get(recipient=user, kind=kind)
    run_worker()

    notification.refresh_from_db()
    assert notification.email_status == Notification.EmailStatus.SENT
    [message] = [message for message in sent_to(user) if message.subject == _subject(notification, language)]
    html = html_of(message)
    assert f'<html lang="{language}" dir="{"rtl" if language == "ur" else "ltr"}">' in html
    english = service.render_email(notification, service.Recipient(user.email, "en", KARACHI, "A"))
    if language == "en":
        assert message.subject == english[0]
    else:
        # Subject and every sentence differ from the English message, and no English word is left.
        assert message.subject != english[0]
        assert message.body.split("\n\n")[1] != english[1].split("\n\n")[1]
        assert leaked_words(html) == [], leaked_words(html)
        assert leaked_words(f"<p>{message.subject}</p>") == []
    # Messages about a change of the person's record are always sent, without an unsubscribe link.
    assert (service.CATEGORY[notification.kind] is None) != ("List-Unsubscribe" in message.extra_headers)


def _subject(notification, language):
    recipient = service.recipient_for(notification.recipient)
    assert recipient.language == language
    return service.render_email(notification, recipient)[0]


def test_no_email_is_sent_inside_a_request_the_worker_sends_it(course):
    user = participant_in("ru")
    translated_session(course)
    client = Client()
    client.force_login(user)
    response = client.post(reverse("faculty_training:enrol", args=[course.pk]))
    assert response.status_code == 302
    commit()
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert Notification.objects.get(recipient=user).email_status == Notification.EmailStatus.PENDING

    run_worker()
    [message] = mail.outbox
    assert "Симуляция в обучении стоматологии" in message.subject
    assert message.subject != "You are enrolled in Simulation in dental teaching"
    [(filename, ics, mimetype)] = message.attachments
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    ics = ics if isinstance(ics, bytes) else ics.encode()
    assert b"BEGIN:VEVENT" in ics and "Вводный семинар".encode() in ics
    assert Notification.objects.get(recipient=user).email_status == Notification.EmailStatus.SENT


def test_revoking_in_the_admin_sends_nothing_until_the_worker_runs(client, admin_user):
    user = participant_in("ur")
    tree = build_content_tree(modules=1)
    enrollment_create(participant=user, course=tree["course"])
    module_progress_mark(participant=user, module=tree["modules"][0])
    run_worker()
    mail.outbox.clear()
    certificate = Certificate.objects.get(participant=user)
    client.force_login(admin_user)
    response = client.post(
        reverse("faculty_training_certificate_revoke", args=[certificate.serial]),
        {"reason": Certificate.RevocationReason.ISSUED_IN_ERROR, "note": ""},
    )
    assert response.status_code == 302
    assert Certificate.objects.get(pk=certificate.pk).is_revoked
    commit()
    assert mail.outbox == []
    run_worker()
    assert [message.to for message in mail.outbox] == [[user.email]]


def test_reminders_twice_send_nothing_twice_and_are_recorded(course):
    users = [participant_in(language) for language in LANGUAGES]
    session = translated_session(course, starts_in_minutes=60 * 20)
    for user in users:
        enrollment_create(participant=user, course=course)
    run_worker()
    mail.outbox.clear()

    assert service.reminders_schedule() == 4
    run_worker()
    assert service.reminders_schedule() == 0
    call_command("send_reminders", stdout=open("/dev/null", "w"))
    run_worker()
    assert len(mail.outbox) == 4
    records = Notification.objects.filter(kind=Notification.Kind.REMINDER_DAY)
    assert records.count() == 4
    assert all(record.emailed_at and record.data["session"] == session.pk for record in records)

    # An hour before, the hour reminder goes out, once.
    later = session.starts_at - timedelta(minutes=30)
    assert service.reminders_schedule(now=later) == 4
    assert service.reminders_schedule(now=later) == 0
    run_worker()
    assert len(mail.outbox) == 8


def test_reminders_are_due_a_day_and_an_hour_before_in_absolute_time(course):
    user = participant_in("en")
    start = datetime(2027, 3, 28, 9, 0, tzinfo=KARACHI)  # the night Europe changes its clocks
    session = translated_session(course, starts_in_minutes=60 * 24 * 200)
    TrainingSession.objects.filter(pk=session.pk).update(starts_at=start, ends_at=start + timedelta(hours=2))
    enrollment_create(participant=user, course=course)

    def due(now):
        before = Notification.objects.filter(recipient=user).exclude(kind="enrolment_confirmed").count()
        service.reminders_schedule(now=now)
        after = Notification.objects.filter(recipient=user).exclude(kind="enrolment_confirmed")
        return [row.kind for row in after.order_by("pk")][before:]

    assert due(start - timedelta(hours=25)) == []
    assert due(start - timedelta(hours=24)) == [Notification.Kind.REMINDER_DAY]
    assert due(start - timedelta(hours=2)) == []
    assert due(start - timedelta(minutes=60)) == [Notification.Kind.REMINDER_HOUR]
    assert due(start + timedelta(minutes=1)) == []


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Karachi", "09:00–11:00 (Pakistan Time)"),
        ("Europe/Moscow", "07:00–09:00 (Moscow Time)"),
        ("Europe/London", "05:00–07:00 (British Summer Time)"),
    ],
)
def test_reminder_shows_the_session_in_the_recipients_time_zone(course, zone, expected):
    user = participant_in("en", time_zone=zone)
    start = datetime(2027, 7, 1, 9, 0, tzinfo=KARACHI)  # 04:00 UTC; London is on summer time (UTC+1)
    session = translated_session(course, time_zone="Asia/Karachi")
    TrainingSession.objects.filter(pk=session.pk).update(starts_at=start, ends_at=start + timedelta(hours=2))
    enrollment_create(participant=user, course=course)
    service.reminders_schedule(now=start - timedelta(hours=3))
    run_worker()
    [message] = [message for message in sent_to(user) if message.subject.startswith("Reminder")]
    assert f"When (your time): Thursday, 1 July 2027, {expected}" in message.body
    if zone != "Asia/Karachi":
        assert "When (local time of the session): Thursday, 1 July 2027, 09:00–11:00 (Pakistan Time)" in message.body


def test_moving_a_session_reminds_again_for_the_new_time(course):
    user = participant_in("kk")
    session = translated_session(course, starts_in_minutes=60 * 20)
    enrollment_create(participant=user, course=course)
    service.reminders_schedule()
    session.starts_at += timedelta(hours=1)
    session.ends_at += timedelta(hours=1)
    session.save()
    assert service.reminders_schedule() == 1
    kinds = list(Notification.objects.filter(recipient=user).order_by("pk").values_list("kind", flat=True))
    assert kinds == ["enrolment_confirmed", "reminder_day", "session_changed", "reminder_day"]


def test_cancelled_sessions_and_withdrawn_people_get_no_reminders(course):
    stays, leaves = participant_in("en"), participant_in("en")
    session = translated_session(course, starts_in_minutes=60 * 20)
    other = translated_session(course, starts_in_minutes=60 * 22)
    for user in (stays, leaves):
        enrollment_create(participant=user, course=course)
    enrollment_withdraw(participant=leaves, course=course)
    session_cancel(session=other, reason="", user=build_user())
    service.reminders_schedule()
    reminded = Notification.objects.filter(kind=Notification.Kind.REMINDER_DAY)
    assert list(reminded.values_list("recipient_id", "data__session")) == [(stays.pk, session.pk)]
    # Withdrawn people are not told of the cancellation either.
    assert list(Notification.objects.filter(kind="session_cancelled").values_list("recipient_id", flat=True)) == [
        stays.pk
    ]


def test_session_change_email_shows_old_and_new_time(course):
    user = participant_in("en")
    session = translated_session(course)
    old_start = session.starts_at
    enrollment_create(participant=user, course=course)
    session.starts_at += timedelta(days=1)
    session.ends_at += timedelta(days=1)
    session.venue = "Hall B"
    session.save()
    # Saving again without a change tells nobody anything.
    TrainingSession.objects.get(pk=session.pk).save()
    run_worker()
    [message] = [message for message in sent_to(user) if message.subject.startswith("Changed")]
    assert "Hall B" in message.body
    assert old_start.astimezone(KARACHI).strftime("%H:%M") in message.body.split("Before the change:")[1]
    assert Notification.objects.filter(kind="session_changed").count() == 1


def test_one_click_unsubscribe(course):
    user = participant_in("ur")
    translated_session(course, starts_in_minutes=60 * 20)
    enrollment_create(participant=user, course=course)
    run_worker()
    [message] = mail.outbox
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in message.body and url in html_of(message)
    path = url.removeprefix("http://testserver")
    client = Client(enforce_csrf_checks=True)

    # Opening the link (or a mail scanner fetching it) changes nothing; it asks.
    page = client.get(path)
    assert page.status_code == 200 and "<form" in page.content.decode()
    assert service.preference_for(user).enrolment is True
    # The mail program's one-click POST needs no session and no CSRF token (RFC 8058).
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert service.preference_for(user).enrolment is False
    assert service.preference_for(user).reminders is True

    # The next enrolment is still listed on the dashboard, but not e-mailed.
    other = translated_course(course.get_parent())
    enrollment_create(participant=user, course=other)
    run_worker()
    assert len(mail.outbox) == 1
    assert Notification.objects.filter(recipient=user).order_by("-pk").first().email_status == "skipped"


def test_a_forged_unsubscribe_link_is_refused_in_the_viewers_language(client):
    user = build_user()
    token = service.unsubscribe_token(user, "reminders")
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    with translation.override("ru"):
        url = reverse("faculty_training:unsubscribe", args=[forged])
    response = client.post(url)
    assert response.status_code == 400
    assert "Эта ссылка для отказа от рассылки недействительна" in response.content.decode()
    assert not NotificationPreference.objects.filter(user=user).exists()


def test_revocation_is_sent_even_to_someone_who_switched_everything_off(course):
    user = participant_in("en")
    NotificationPreference.objects.create(
        user=user, enrolment=False, reminders=False, session_updates=False, certificates=False, digest=False
    )
    trigger_certificate_revoked(user, course)
    run_worker()
    assert [message.subject for message in mail.outbox] == [
        f"Your certificate {Certificate.objects.get(participant=user).serial} has been revoked"
    ]
    statuses = dict(Notification.objects.filter(recipient=user).values_list("kind", "email_status"))
    assert statuses == {
        "enrolment_confirmed": "skipped",
        "certificate_issued": "skipped",
        "certificate_revoked": "sent",
    }


def test_preferences_are_saved_from_the_profile_page(client):
    user = participant_in("en")
    client.force_login(user)
    page = client.get(reverse("faculty_training:profile")).content.decode()
    assert 'name="reminders"' in page and 'name="digest"' not in page
    response = client.post(
        reverse("faculty_training:notifications"),
        {"enrolment": "on", "certificates": "on", "next": reverse("faculty_training:profile")},
    )
    assert response.status_code == 302 and response.url == reverse("faculty_training:profile")
    preference = NotificationPreference.objects.get(user=user)
    assert (preference.enrolment, preference.reminders, preference.session_updates, preference.certificates) == (
        True,
        False,
        False,
        True,
    )


def test_coordinator_digest_counts_only_their_institution_and_once_a_week(course):
    coordinator = build_user()
    NotificationPreference.objects.create(user=coordinator, language="ru")
    mine, theirs = build_institution(), build_institution()
    InstitutionCoordinator.objects.create(user=coordinator, institution=mine)
    for number, institution in enumerate([mine, mine, theirs]):
        trigger_certificate_issued(build_participant(institution=institution, latin_name=f"Person {number}"), course)
    assert service.digests_schedule() == 1
    assert service.digests_schedule() == 0
    run_worker()
    [message] = sent_to(coordinator)
    assert message.subject == "Еженедельная сводка: 2 новых завершения"
    assert "Person 0" in message.body and "Person 1" in message.body and "Person 2" not in message.body
    # Next week, nothing new: no empty digest.
    assert service.digests_schedule(now=timezone.now() + timedelta(days=7)) == 0


@pytest.mark.parametrize(
    ("count", "subject"), [(1, "1 новое завершение"), (3, "3 новых завершения"), (5, "5 новых завершений")]
)
def test_russian_digest_uses_the_three_plural_forms(count, subject):
    notification = Notification(kind=Notification.Kind.COORDINATOR_DIGEST, data={"institution": 1, "count": count})
    with translation.override("ru"):
        message = service.compose(notification, {"institution": {1: build_institution()}})
    assert message.subject.endswith(subject)


def test_dashboard_lists_notifications_in_the_viewers_language_and_marks_them_read(client, course):
    user = participant_in("kk")
    enrollment_create(participant=user, course=course)
    client.force_login(user)
    with translation.override("kk"):
        dashboard = reverse("faculty_training:dashboard")
    page = client.get(dashboard).content.decode()
    assert "Стоматологияны оқытудағы симуляция" in page
    assert "notification--unread" in page
    response = client.post(reverse("faculty_training:notifications_read"), {"next": dashboard})
    assert response.status_code == 302
    assert "notification--unread" not in client.get(dashboard).content.decode()
    assert mail.outbox == []  # the list is not the e-mail


def test_a_failing_mail_server_leaves_the_message_for_a_retry(course, monkeypatch):
    user = participant_in("en")
    enrollment_create(participant=user, course=course)

    def refuse(*args, **kwargs):
        raise OSError("connection refused")

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
        run_worker()
        notification = Notification.objects.get(recipient=user)
        assert notification.email_status == "failed" and "refused" in notification.email_note
        monkeypatch.undo()
        assert service.undelivered_requeue(now=timezone.now() + timedelta(hours=1)) == 1
        run_worker()
    notification.refresh_from_db()
    assert notification.email_status == "sent" and notification.email_attempts == 2
    assert len(mail.outbox) == 1


def test_enrolling_twice_records_one_notification(course):
    user = participant_in("en")
    enrollment_create(participant=user, course=course)
    enrollment_create(participant=user, course=course)
    assert Notification.objects.filter(recipient=user).count() == 1
    assert Enrollment.objects.filter(participant=user).count() == 1


def test_administrators_read_the_record_of_what_was_sent_and_cannot_change_it(client, course):
    from django.contrib.auth.models import Group

    from faculty_training import roles

    user = participant_in("en")
    enrollment_create(participant=user, course=course)
    run_worker()
    administrator = build_user(is_staff=True)
    administrator.groups.add(Group.objects.get(name=roles.PROGRAMME_ADMINISTRATORS))
    client.force_login(administrator)
    listing = client.get("/admin/training/notifications/")
    assert listing.status_code == 200
    assert "Enrolment confirmed" in listing.content.decode() and "Sent" in listing.content.decode()
    notification = Notification.objects.get(recipient=user)
    assert client.get(f"/admin/training/notifications/inspect/{notification.pk}/").status_code == 200
    for refused in ("/admin/training/notifications/new/", f"/admin/training/notifications/edit/{notification.pk}/"):
        assert client.get(refused).status_code in (302, 403)
    assert client.post(f"/admin/training/notifications/delete/{notification.pk}/").status_code in (302, 403)
    assert Notification.objects.filter(pk=notification.pk).exists()


def test_no_mail_to_a_deactivated_account_or_one_without_an_address(course):
    gone, silent = participant_in("en"), participant_in("ru")
    type(gone).objects.filter(pk=gone.pk).update(is_active=False)
    type(silent).objects.filter(pk=silent.pk).update(email="")
    for user in (gone, silent):
        enrollment_create(participant=user, course=course)
    run_worker()
    assert mail.outbox == []
    notes = dict(Notification.objects.values_list("recipient_id", "email_note"))
    assert notes == {gone.pk: "account deactivated", silent.pk: "no e-mail address"}


def test_saving_a_session_from_a_form_in_another_zone_without_a_change_tells_nobody(course):
    user = participant_in("en")
    session = translated_session(course)
    enrollment_create(participant=user, course=course)
    # What the admin form hands back: the same instants, in Asia/Karachi rather than UTC.
    form_session = TrainingSession.objects.get(pk=session.pk)
    form_session.starts_at = form_session.starts_at.astimezone(KARACHI)
    form_session.ends_at = form_session.ends_at.astimezone(KARACHI)
    form_session.save()
    assert not Notification.objects.filter(kind="session_changed").exists()


def test_unsubscribing_a_deleted_account_is_refused_not_a_server_error(client):
    user = build_user()
    token = service.unsubscribe_token(user, "reminders")
    user.delete()
    response = client.post(reverse("faculty_training:unsubscribe", args=[token]))
    assert response.status_code == 400


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_unsubscribe_and_preference_pages_are_translated_and_urdu_is_rtl(client, language):
    coordinator = build_user()
    InstitutionCoordinator.objects.create(user=coordinator, institution=build_institution())
    token = service.unsubscribe_token(coordinator, "digest")
    with translation.override(language):
        unsubscribe_url = reverse("faculty_training:unsubscribe", args=[token])
        forged_url = reverse("faculty_training:unsubscribe", args=[token + "x"])
        preferences_url = reverse("faculty_training:notifications")
    pages = [client.get(unsubscribe_url), client.post(unsubscribe_url), client.get(forged_url)]
    client.force_login(coordinator)
    pages.append(client.get(preferences_url))
    for response in pages:
        html = response.content.decode()
        assert leaked_words(html) == [], (response.request["PATH_INFO"], leaked_words(html))
        assert f'<html lang="{language}" dir="{"rtl" if language == "ur" else "ltr"}">' in html
    assert 'name="digest"' in pages[-1].content.decode() and 'name="language"' in pages[-1].content.decode()
