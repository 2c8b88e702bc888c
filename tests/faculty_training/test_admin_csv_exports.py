"""The admin's CSV downloads open in spreadsheets as UTF-8 (a byte-order mark first), like the records
exports: without it Excel shows Urdu and Kazakh names as other letters, and a list saved back from
there reaches the importers already damaged."""

import codecs

import pytest
from django.urls import reverse

from faculty_training.models import Notification
from tests.builders import build_content_tree, build_institution, build_participant

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/admin/participants/", "Әсел Қайратқызы"),
        ("/admin/training/notifications/", "asel"),
        ("/admin/snippets/faculty_training/institution/", "KazNMU"),
        ("translation_status", "Programmes"),
    ],
    ids=["participants", "notifications", "institutions", "translation status"],
)
def test_csv_downloads_start_with_a_byte_order_mark_and_keep_their_letters(admin_client, url, text):
    institution = build_institution(name_en="KazNMU", name_kk="Қазақ ұлттық медицина университеті")
    user = build_participant(username="asel", institution=institution, native_name="Әсел Қайратқызы")
    Notification.objects.create(recipient=user, kind="enrolment_confirmed", key="k1")
    build_content_tree(modules=1)
    if url == "translation_status":
        url = reverse("faculty_training_translation_status")
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    data = b"".join(response.streaming_content)
    assert data.startswith(codecs.BOM_UTF8)
    assert text in data.decode("utf-8-sig")
