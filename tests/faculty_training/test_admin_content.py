"""Editors' admin: publishing through the workflow, the translation-status report, institutions, images."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from faculty_training.models import CoursePage, ModulePage
from tests.builders import build_content_tree, build_institution, build_user

pytestmark = pytest.mark.django_db


def _member_of(group_name, **fields):
    user = build_user(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def tree():
    return build_content_tree(modules=1)


def _four(field, text):
    return {f"{field}_{lang}": f"{text} {lang}" for lang in ("en", "ur", "kk", "ru")}


def _course_form(**overrides):
    data = {
        "title_en": "Simulation in dental teaching",
        "title_ur": "دندان سازی کی تدریس میں سمیولیشن",
        "title_kk": "Стоматологияны оқытудағы симуляция",
        "title_ru": "Симуляция в обучении стоматологии",
        "slug_en": "simulation-dental-teaching",
        "slug_ur": "سمیولیشن",
        "slug_kk": "симуляция-kk",
        "slug_ru": "симуляция",
        **_four("intro", "Intro"),
        **_four("audience", "Audience"),
        "outcomes_en": rich_text("<ul><li>Plan a simulation</li></ul>"),
        "outcomes_ur": rich_text("<ul><li>سمیولیشن کی منصوبہ بندی کریں</li></ul>"),
        "outcomes_kk": rich_text("<ul><li>Симуляцияны жоспарлау</li></ul>"),
        "outcomes_ru": rich_text("<ul><li>Планировать симуляцию</li></ul>"),
        "discipline": "dentistry",
        "cpd_hours": "6.0",
        "min_attendance_percent": "80",
        "comments": inline_formset([]),
        "credit_recognitions": inline_formset([]),
    }
    data.update(overrides)
    return {**nested_form_data(data), "delivery_languages": ["en", "ur"]}


def test_editor_submits_a_course_and_a_moderator_publishes_it(client, tree):
    editor = _member_of("Editors", username="ed")
    programme = tree["programme"]
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("faculty_training", "coursepage", programme.pk))
    response = client.post(add_url, {**_course_form(), "action-submit": "Submit"})
    assert response.status_code == 302, response.content.decode()[:3000]
    course = CoursePage.objects.get(slug_en="simulation-dental-teaching")
    assert not course.live
    assert course.title_kk == "Стоматологияны оқытудағы симуляция"
    assert course.delivery_languages == ["en", "ur"]
    task_state = course.current_workflow_task_state
    assert task_state is not None

    moderator = _member_of("Moderators", username="mod")
    client.force_login(moderator)
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(course.pk, "approve", task_state.pk))
    response = client.post(approve_url, {"comment": ""})
    assert response.status_code in (200, 302)
    course.refresh_from_db()
    assert course.live
    assert client.get(f"/ur/{tree['index'].slug_ur}/{programme.slug_ur}/{course.slug_ur}/").status_code == 200


def test_editor_adds_a_module_with_a_streamfield_body_in_four_languages(client, tree):
    editor = _member_of("Editors", username="ed2")
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("faculty_training", "modulepage", tree["course"].pk))
    bodies = {
        f"body_{lang}": streamfield([("heading", f"Heading {lang}"), ("paragraph", rich_text(f"<p>Text {lang}</p>"))])
        for lang in ("en", "ur", "kk", "ru")
    }
    data = nested_form_data(
        {
            **_four("title", "Module"),
            "slug_en": "new-module",
            **_four("intro", "Intro"),
            "estimated_minutes": "40",
            "is_required": "on",
            **bodies,
            "comments": inline_formset([]),
        }
    )
    response = client.post(add_url, {**data, "action-submit": "Submit"})
    assert response.status_code == 302, response.content.decode()[:3000]
    module = ModulePage.objects.get(slug_en="new-module")
    assert [block.block_type for block in module.body_ur] == ["heading", "paragraph"]
    assert module.body_ur[0].value == "Heading ur"


def test_urdu_inputs_are_marked_right_to_left_in_the_editor(client, tree):
    client.force_login(_member_of("Editors", username="ed3"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=(tree["course"].pk,))).content.decode()
    assert "faculty_training/admin/translated-fields.css" in html
    assert "faculty_training/admin/translated-fields.js" in html
    for language in ("en", "ur", "kk", "ru"):
        assert f'id="panel-child-content-intro_{language}-section"' in html


def test_translation_status_report_lists_missing_languages(client, tree):
    module = tree["modules"][0]
    module.intro_en, module.intro_ur, module.intro_kk, module.intro_ru = "Intro", "", "Кіріспе", "Введение"
    module.save()
    client.force_login(_member_of("Editors", username="ed4"))
    response = client.get(reverse("faculty_training_translation_status"))
    assert response.status_code == 200
    html = response.content.decode()
    assert module.title_en in html
    assert "missing: introduction" in html


def test_translation_status_report_exports_csv_and_xlsx(client, tree):
    module = tree["modules"][0]
    module.intro_en, module.intro_ur = "Intro", ""
    module.save()
    client.force_login(_member_of("Editors", username="ed5"))
    url = reverse("faculty_training_translation_status")
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    rows = list(
        csv.DictReader(
            io.StringIO(
                b"".join(response.streaming_content).decode("utf-8-sig")  # opens in Excel as UTF-8
                if response.streaming
                else response.content.decode("utf-8-sig")
            )
        )
    )
    by_title = {row["Title"]: row for row in rows}
    assert by_title[module.title_en]["Urdu"] == "missing: introduction"
    assert by_title[tree["course"].title_en]["Russian"] == "complete"

    response = client.get(url, {"export": "xlsx"})
    workbook = openpyxl.load_workbook(
        io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)
    )
    sheet = workbook.active
    header = [cell.value for cell in sheet[1]]
    assert header[:2] == ["Title", "Type"]
    titles = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert module.title_en in titles


def test_translation_status_report_is_not_for_faculty(client, tree):
    client.force_login(build_user(username="plain"))
    response = client.get(reverse("faculty_training_translation_status"))
    assert response.status_code in (302, 403)


def test_institutions_are_listed_with_a_country_filter(client):
    build_institution(code="PK-A", country="PK", name_en="Lahore Dental")
    build_institution(code="KZ-B", country="KZ", name_en="Almaty Medical")
    admin = build_user(username="root", is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = reverse("wagtailsnippets_faculty_training_institution:list")
    html = client.get(url, {"country": "KZ"}).content.decode()
    assert "Almaty Medical" in html
    assert "Lahore Dental" not in html
    assert "Lahore Dental" in client.get(url, {"q": "Lahore"}).content.decode()


def _png_bytes(size=(10, 10)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "green").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "settings_override", "message"),
    [
        ("notes.png", b"this is not an image at all", {}, "Upload a valid image"),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            {},
            "Not a supported image format",
        ),
        ("big.png", None, {"WAGTAILIMAGES_MAX_UPLOAD_SIZE": 100}, "too big"),
        ("huge.png", None, {"WAGTAILIMAGES_MAX_IMAGE_PIXELS": 1000}, "too many pixels"),
        ("page.png", b"\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>", {}, "Upload a valid image"),
    ],
)
def test_bad_image_uploads_get_a_form_error_not_a_500(client, name, content, settings_override, message):
    client.force_login(build_user(username=f"root-{name}", is_superuser=True, is_staff=True))
    content = content if content is not None else _png_bytes((200, 200))
    with override_settings(**settings_override):
        response = client.post(
            reverse("wagtailimages:add"),
            {"title": "Upload", "file": SimpleUploadedFile(name, content), "collection": 1},
        )
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["file"])
    assert message in errors
    assert not get_image_model().objects.filter(title="Upload").exists()


def test_an_administrator_recognises_a_course_under_a_cpd_scheme(admin_client, tree):
    from decimal import Decimal

    from faculty_training.models import CourseCredit, CoursePage, CreditScheme

    scheme = CreditScheme.objects.create(code="pk-cpd", name_en="Pakistan CPD", unit_en="credits")
    add_url = reverse("wagtailadmin_pages:add", args=("faculty_training", "coursepage", tree["programme"].pk))
    recognition = {"scheme": scheme.pk, "credits_per_hour": "0.5", "reference": "PMDC-7"}
    response = admin_client.post(
        add_url, {**_course_form(credit_recognitions=inline_formset([recognition])), "action-publish": "Publish"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    course = CoursePage.objects.get(slug_en="simulation-dental-teaching")
    credit = CourseCredit.objects.get(course=course)
    assert (credit.scheme, credit.credits_per_hour, credit.reference) == (scheme, Decimal("0.5"), "PMDC-7")


def test_a_course_is_recognised_under_at_most_four_schemes_the_certificate_can_print(admin_client, tree):
    from faculty_training.models import CourseCredit, CreditScheme

    schemes = [
        CreditScheme.objects.create(code=f"scheme-{n}", name_en=f"Scheme {n}", unit_en="credits") for n in range(5)
    ]
    add_url = reverse("wagtailadmin_pages:add", args=("faculty_training", "coursepage", tree["programme"].pk))

    def post(count):
        recognitions = [{"scheme": scheme.pk, "credits_per_hour": "", "reference": ""} for scheme in schemes[:count]]
        return admin_client.post(
            add_url, {**_course_form(credit_recognitions=inline_formset(recognitions)), "action-publish": "Publish"}
        )

    response = post(5)
    assert response.status_code == 200
    assert not CourseCredit.objects.exists()
    assert post(4).status_code == 302
    assert CourseCredit.objects.count() == 4


def test_the_languages_of_delivery_label_starts_with_a_capital_like_every_other():
    from faculty_training.models import CoursePage

    field = CoursePage._meta.get_field("delivery_languages").formfield()
    assert str(field.label) == "Languages of delivery"
