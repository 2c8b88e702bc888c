"""Survey reminders have their own e-mail choice, labelled as what it is (not "before my sessions"),
their own unsubscribe link, and the choices people made before keep holding."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from faculty_training.models import Notification, NotificationPreference
from faculty_training.services import notifications as service
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from faculty_training.services.surveys import survey_reminders_schedule
from tests.builders import build_content_tree, build_participant, build_user

from .builders import build_course_survey

pytestmark = pytest.mark.django_db

LABEL = "reminders of evaluation surveys waiting for my answers"
HELP = (
    "One e-mail for each survey of your courses that is open and not yet answered. Micro-teaching "
    "episodes waiting for your scores are not e-mailed: they are listed on your Micro-teaching page."
)


@pytest.fixture
def survey_open_to():
    tree = build_content_tree(modules=1)
    module = tree["modules"][0]
    build_course_survey(tree["course"], opens="after_module", module=module)

    def person(**choices):
        user = build_participant()
        if choices:
            NotificationPreference.objects.create(user=user, **choices)
        enrollment_create(participant=user, course=tree["course"])
        module_progress_mark(participant=user, module=module)
        return user

    return person


def _choice_html(html, name):
    start = html.index(f'name="{name}"')
    return html[html.rindex('<div class="form-field', 0, start) : html.index("</div>", html.index("</label>", start))]


def test_the_choice_names_surveys_and_micro_teaching_not_sessions(client):
    client.force_login(build_participant())
    html = client.get(reverse("faculty_training:notifications")).content.decode()
    assert f"<span>{LABEL[0].upper()}{LABEL[1:]}</span>" in html
    assert HELP in html and 'aria-describedby="id_evaluation_reminders_helptext"' in html
    assert "before my sessions" not in _choice_html(html, "evaluation_reminders")
    assert "before my sessions" in _choice_html(html, "reminders")  # the session reminders keep theirs


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_the_label_and_its_help_are_translated(client, language):
    client.force_login(build_participant(preferred_language=language))
    with translation.override(language):
        label, help_text = gettext(LABEL), gettext(HELP)
        html = client.get(reverse("faculty_training:notifications")).content.decode()
    assert label != LABEL and help_text != HELP
    assert label[1:] in html and help_text in html


def test_survey_reminders_follow_their_own_choice_only(survey_open_to):
    session_reminders_off = survey_open_to(reminders=False)
    survey_reminders_off = survey_open_to(evaluation_reminders=False)
    survey_reminders_schedule()
    status = dict(
        Notification.objects.filter(kind=Notification.Kind.SURVEY_REMINDER).values_list("recipient", "email_status")
    )
    assert status == {session_reminders_off.pk: "pending", survey_reminders_off.pk: "skipped"}
    service.notify([survey_reminders_off], Notification.Kind.REMINDER_DAY, "day:test", {"session": 0})
    assert Notification.objects.get(key="day:test").email_status == "pending"  # sessions still reminded


def test_the_unsubscribe_link_of_a_survey_reminder_stops_survey_reminders_only(survey_open_to):
    user = survey_open_to()
    survey_reminders_schedule()
    notification = Notification.objects.get(recipient=user, kind=Notification.Kind.SURVEY_REMINDER)
    _subject, _text, _html, _files, headers = service.render_email(notification, service.recipient_for(user))
    path = headers["List-Unsubscribe"].strip("<>").removeprefix("http://testserver")
    client = Client()
    assert LABEL in client.get(path).content.decode()  # "Stop e-mails about reminders of evaluation surveys…?"
    client.post(path)
    preference = service.preference_for(user)
    assert preference.evaluation_reminders is False and preference.reminders is True


@pytest.fixture
def back_to_latest():
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([("faculty_training", target)])
    return executor.loader.project_state(("faculty_training", target)).apps


@pytest.mark.django_db(transaction=True)
def test_who_had_switched_reminders_off_gets_no_survey_reminders_either(migrated_data, back_to_latest):
    off, on = build_user(username="said_no"), build_user(username="said_yes")
    old_apps = _migrate("0017_survey_release")
    old_preference = old_apps.get_model("faculty_training", "NotificationPreference")
    old_preference.objects.create(user_id=off.pk, reminders=False)
    old_preference.objects.create(user_id=on.pk, reminders=True)
    _migrate("0018_evaluation_reminders_preference")
    assert NotificationPreference.objects.get(user=off).evaluation_reminders is False
    assert NotificationPreference.objects.get(user=on).evaluation_reminders is True
