"""Browser journey: a faculty member takes a pre-test and a post-test in Urdu on a 390 px phone."""

from pathlib import Path

import pytest
from django.utils import translation

from faculty_training.demo.assessment_content import PRE_TEST_KEYS
from faculty_training.demo.assessments import demo_bank_ensure
from faculty_training.models import CourseTest, Enrollment, Question, TestAttempt
from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_content_tree, build_participant
from tests.e2e.conftest import PHONE, login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PICTURES = Path("/work/wt/kt-pictures")


def _answer_right(phone, attempt):
    """Click the right answer of every question, as a participant would on the phone."""
    for question in Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("options"):
        name = f"q{question.pk}"
        if question.kind == "numeric":
            phone.fill(f"input[name={name}]", str(question.numeric_answer.normalize()))
            phone.locator(f"input[name={name}]").blur()
        elif question.kind == "true_false":
            phone.check(f"input[name={name}][value={'true' if question.is_true else 'false'}]")
        else:
            for option in question.options.all():
                if option.is_correct:
                    phone.check(f"input[name={name}][value='{option.pk}']")


def test_urdu_participant_takes_pre_and_post_test_on_a_phone(browser, live_server, migrated_data, screenshot):
    tree = build_content_tree(modules=1)
    bank, questions = demo_bank_ensure(tree["programme"])
    pre_form = [question for key, question in questions.items() if key in PRE_TEST_KEYS]
    post_form = [question for key, question in questions.items() if key not in PRE_TEST_KEYS]
    pre = CourseTest.objects.create(course=tree["course"], bank=bank, kind="pre", time_limit_minutes=20)
    pre.questions.set(pre_form[:5])
    post = CourseTest.objects.create(
        course=tree["course"], bank=bank, kind="post", pass_mark_percent=70, is_required_for_completion=True
    )
    post.questions.set(post_form[:5])
    person = build_participant(
        username="sara", latin_name="Sara Ahmed", native_name="سارہ احمد", preferred_language="ur"
    )
    enrollment = enrollment_create(participant=person, course=tree["course"])[0]

    phone = browser.new_context(**PHONE).new_page()
    login(phone, live_server, "ur", "sara", password="pass-12345-word")
    with translation.override("ur"):
        course_url = tree["course"].get_url()
    phone.goto(live_server.url + course_url)
    assert phone.locator("html").get_attribute("dir") == "rtl"
    phone.click(f"a[href$='/training/tests/{pre.pk}/']")
    phone.click("form[action$='/start/'] button")  # start
    phone.wait_for_selector("[data-test-form]")
    attempt = TestAttempt.objects.get(test=pre, participant=person)
    # Get only the first two questions right; each answer is saved as it is given (by the script).
    first_two = Question.objects.filter(pk__in=attempt.question_ids[:2])
    _answer_right(phone, type("Partial", (), {"question_ids": [question.pk for question in first_two]})())
    phone.locator(".question__saved:not(:empty)").nth(1).wait_for()
    attempt.refresh_from_db()
    assert len(attempt.answers) == 2
    # The timer counts down; nothing on the page tells the right answer.
    assert phone.locator(".test-timer").is_visible()
    screenshot(phone, "ur-pre-test")
    phone.screenshot(path=str(PICTURES / "ur-pre-test-phone.png"), full_page=False)
    phone.on("dialog", lambda dialog: dialog.accept())
    phone.click("button[name=submit]")
    phone.wait_for_selector(".test-score")
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == 40
    assert "40" in phone.inner_text(".test-score")
    phone.screenshot(path=str(PICTURES / "ur-pre-test-result-phone.png"), full_page=True)

    # The post-test waits for the course's other requirements: study the module first.
    phone.goto(f"{live_server.url}/ur/training/tests/{post.pk}/")
    assert not phone.locator("form[action$='/start/']").count()
    with translation.override("ur"):
        module_url = tree["modules"][0].get_url()
    phone.goto(live_server.url + module_url)
    phone.click(".module-done button[type=submit]")
    phone.wait_for_load_state("networkidle")
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE  # the required post-test is not passed yet
    phone.goto(f"{live_server.url}/ur/training/tests/{post.pk}/")
    phone.click("form[action$='/start/'] button")
    phone.wait_for_selector("[data-test-form]")
    post_attempt = TestAttempt.objects.get(test=post, participant=person)
    _answer_right(phone, post_attempt)
    phone.click("button[name=submit]")
    phone.wait_for_selector(".test-score")
    post_attempt.refresh_from_db()
    assert post_attempt.score == 100 and post_attempt.is_passed
    phone.screenshot(path=str(PICTURES / "ur-post-test-result-phone.png"), full_page=False)
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    # Nothing is wider than the phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
