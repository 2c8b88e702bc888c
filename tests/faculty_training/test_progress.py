"""Module progress and completion: required modules decide; nothing is recomputed by a page view."""

import pytest
from django.urls import reverse
from django.utils import translation

from faculty_training.exceptions import ServiceError
from faculty_training.models import Enrollment, ModuleProgress
from faculty_training.services.completion import completion_state
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark, module_progress_unmark
from tests.builders import build_content_tree, build_module, build_participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    data = build_content_tree(modules=2)
    data["optional"] = build_module(data["course"], is_required=False)
    return data


def test_studying_every_required_module_completes_the_course(tree):
    person = build_participant()
    enrollment, _ = enrollment_create(participant=person, course=tree["course"])
    module_progress_mark(participant=person, module=tree["modules"][0])
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    module_progress_mark(participant=person, module=tree["modules"][1])
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert enrollment.completed_at is not None


def test_optional_modules_do_not_count(tree):
    person = build_participant()
    enrollment, _ = enrollment_create(participant=person, course=tree["course"])
    module_progress_mark(participant=person, module=tree["optional"])
    state = completion_state(enrollment)
    assert (state.required_modules, state.required_modules_done) == (2, 0)


def test_marking_twice_keeps_one_record(tree):
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    module_progress_mark(participant=person, module=tree["modules"][0])
    _progress, created = module_progress_mark(participant=person, module=tree["modules"][0])
    assert not created
    assert ModuleProgress.objects.filter(participant=person).count() == 1


def test_unmarking_a_required_module_reopens_the_course(tree):
    person = build_participant()
    enrollment, _ = enrollment_create(participant=person, course=tree["course"])
    for module in tree["modules"]:
        module_progress_mark(participant=person, module=module)
    module_progress_unmark(participant=person, module=tree["modules"][0])
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert enrollment.completed_at is None


def test_marking_needs_an_enrolment(tree):
    with pytest.raises(ServiceError) as error:
        module_progress_mark(participant=build_participant(), module=tree["modules"][0])
    assert error.value.code == "not_enrolled"


def test_completion_is_not_recomputed_by_viewing_a_page(client, tree):
    person = build_participant()
    enrollment, _ = enrollment_create(participant=person, course=tree["course"])
    for module in tree["modules"]:
        ModuleProgress.objects.create(participant=person, module=module, course=tree["course"])  # bypasses the service
    client.force_login(person)
    client.get(tree["course"].get_url())
    client.get(reverse("faculty_training:dashboard"))
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE


def test_module_page_button_marks_the_module_in_kazakh(client, tree):
    person = build_participant()
    enrollment_create(participant=person, course=tree["course"])
    client.force_login(person)
    module = tree["modules"][0]
    with translation.override("kk"):
        url = module.get_url()
    assert "Оқылды деп белгілеу" in client.get(url).content.decode()
    client.post(reverse("faculty_training:module_done", args=[module.pk]), {"next": url})
    assert ModuleProgress.objects.filter(participant=person, module=module).exists()
    assert "Сіз бұл модульді оқыдыңыз." in client.get(url).content.decode()
