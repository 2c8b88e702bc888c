"""Micro-teaching: episodes, facilitator and peer scores, combined feedback, change, completion, files."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from faculty_training.exceptions import ServiceError
from faculty_training.models import Enrollment, EpisodeAssessor, InstitutionCoordinator
from faculty_training.services import rubrics
from faculty_training.services.enrollment import enrollment_create
from faculty_training.services.progress import module_progress_mark
from tests.builders import build_content_tree, build_group_member, build_institution, build_participant

from .builders import build_observation

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    tree = build_content_tree(modules=1)
    facilitator = build_group_member("Facilitators", username="fac")
    tree["course"].lead_facilitators.add(facilitator)
    tree["course"].save()
    observation = build_observation(tree["course"], is_required=True)
    institution = build_institution(code="PK-MT")
    people = [build_participant(institution=institution, latin_name=f"Teacher {n}") for n in range(4)]
    for person in people:
        enrollment_create(participant=person, course=tree["course"])
    return {"tree": tree, "observation": observation, "facilitator": facilitator, "people": people}


def _episode(course, stage="post", participant=None, **kwargs):
    participant = participant or course["people"][0]
    return rubrics.episode_create(
        participant=participant,
        observation=course["observation"],
        stage=stage,
        taught_on=datetime.date(2026, 11, 20),
        topic="Shock: first hour",
        peers=kwargs.pop("peers", course["people"][1:3]),
        **kwargs,
    )


def _score_all(episode, level):
    for assignment in episode.assessors.all():
        criteria = rubrics.criteria_for(assignment)
        rubrics.episode_score(assignment, levels={str(c.pk): level for c in criteria}, comment="Good pace")


def test_episode_gets_the_lead_facilitator_and_two_peers_of_the_course(course):
    episode = _episode(course, peers=None, seed=1)
    perspectives = sorted(episode.assessors.values_list("perspective", flat=True))
    assert perspectives == ["facilitator", "peer", "peer"]
    peer_ids = set(episode.assessors.filter(perspective="peer").values_list("assessor_id", flat=True))
    assert peer_ids <= {person.pk for person in course["people"][1:]}


def test_peers_from_outside_the_course_are_refused(course):
    outsider = build_participant()
    with pytest.raises(ServiceError) as error:
        _episode(course, peers=[outsider])
    assert error.value.code == "peers"


def test_peers_score_only_their_criteria(course):
    episode = _episode(course)
    peer = episode.assessors.filter(perspective="peer").first()
    facilitator = episode.assessors.get(perspective="facilitator")
    assert len(rubrics.criteria_for(peer)) == 2 and len(rubrics.criteria_for(facilitator)) == 3
    with pytest.raises(ServiceError):
        rubrics.episode_score(peer, levels={str(c.pk): 2 for c in rubrics.criteria_for(facilitator)})


def test_facilitator_score_of_the_post_episode_completes_the_course(course):
    person = course["people"][0]
    module_progress_mark(participant=person, module=course["tree"]["modules"][0])
    enrollment = Enrollment.objects.get(participant=person)
    assert enrollment.status == Enrollment.Status.ACTIVE and enrollment.required_observations == 1
    episode = _episode(course)
    _score_all(episode, 3)
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED and enrollment.required_observations_done == 1


def test_feedback_combines_perspectives_and_shows_the_change(course):
    pre = _episode(course, stage="pre")
    _score_all(pre, 2)
    post = _episode(course, stage="post")
    _score_all(post, 4)
    peer = post.assessors.filter(perspective="peer").first()
    criteria = list(rubrics.criteria_for(peer))
    rubrics.episode_score(peer, levels={str(criteria[0].pk): 2, str(criteria[1].pk): 4})
    feedback = rubrics.episode_feedback_for(course["people"][0], post.pk)
    first = feedback["rows"][0]
    assert first["facilitator"] == 4 and first["peer"] == 3 and first["combined"] == pytest.approx(3.33, 0.01)
    assert first["before"] == 2 and first["change"] == pytest.approx(1.33, 0.01)
    assert rubrics.episode_feedback_for(course["people"][1], post.pk) is None  # not someone else's


def test_scoring_page_and_feedback_page(client, course):
    episode = _episode(course)
    peer = episode.assessors.filter(perspective="peer").first().assessor
    client.force_login(peer)
    url = reverse("faculty_training:episode_score", kwargs={"episode_id": episode.pk})
    page = client.get(url).content.decode()
    assert "An engaging opening" in page and "Use of the lesson plan" not in page
    criteria = list(episode.observation.rubric.criteria.exclude(perspective="facilitator"))
    missing = client.post(url, {f"criterion_{criteria[0].pk}": "3"})
    assert missing.status_code == 200
    kept = rf'<input type="radio" name="criterion_{criteria[1].pk}" value="3"[^>]*checked'
    assert not re.search(kept, missing.content.decode())
    kept = rf'<input type="radio" name="criterion_{criteria[0].pk}" value="3"[^>]*checked'
    assert re.search(kept, missing.content.decode())  # the level chosen is not lost
    assert not EpisodeAssessor.objects.filter(assessor=peer, scored_at__isnull=False).exists()
    done = client.post(url, {f"criterion_{c.pk}": "3" for c in criteria})
    assert done.status_code == 302
    client.force_login(course["people"][0])
    feedback = client.get(reverse("faculty_training:episode_feedback", kwargs={"episode_id": episode.pk}))
    html = feedback.content.decode()
    assert "Set induction" in html and peer.participant_profile.latin_name not in html
    client.force_login(course["people"][3])  # not an assessor of this episode
    assert client.get(url).status_code == 404


def test_file_is_checked_capped_and_served_only_to_those_involved(client, course, settings, tmp_path):
    settings.FACULTY_TRAINING_EPISODE_FILE_MAX_BYTES = 1000
    big = SimpleUploadedFile("talk.pdf", b"%PDF-" + b"x" * 2000, content_type="application/pdf")
    with pytest.raises(ServiceError) as error:
        _episode(course, upload=big)
    assert error.value.code == "file_size"
    fake = SimpleUploadedFile("talk.pdf", b"MZ not a pdf", content_type="application/pdf")
    with pytest.raises(ServiceError):
        _episode(course, upload=fake)
    script = SimpleUploadedFile("talk.html", b"<script>", content_type="text/html")
    with pytest.raises(ServiceError):
        _episode(course, upload=script)
    episode = _episode(course, upload=SimpleUploadedFile("talk.pdf", b"%PDF-1.4 small", content_type="application/pdf"))
    url = reverse("faculty_training:episode_file", kwargs={"episode_id": episode.pk})
    client.force_login(course["people"][3])
    assert client.get(url).status_code == 404
    client.force_login(course["people"][0])
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    from faculty_training.storage import private_storage

    assert episode.file.storage is private_storage()  # never the public media storage


def test_coordinator_sees_change_for_their_institution_only(client, course):
    pre = _episode(course, stage="pre")
    _score_all(pre, 1)
    post = _episode(course, stage="post")
    _score_all(post, 3)
    other = build_institution(code="KZ-OTHER", country="KZ")
    coordinator = build_group_member("Institution coordinators", username="co_other")
    InstitutionCoordinator.objects.create(user=coordinator, institution=other)
    client.force_login(coordinator)
    html = client.get(reverse("faculty_training_records:evaluation")).content.decode()
    assert "Set induction" not in html
    mine = build_group_member("Institution coordinators", username="co_mine")
    InstitutionCoordinator.objects.create(user=mine, institution=course["people"][0].participant_profile.institution)
    client.force_login(mine)
    html = client.get(reverse("faculty_training_records:evaluation")).content.decode()
    assert "Set induction" in html and "+2" in html


def _office(main_type, folder, name="talk.docx"):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            f'<Types><Override PartName="/{folder}/main.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.{main_type}+xml"/></Types>',
        )
        archive.writestr(f"{folder}/main.xml", "<x/>")
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("talk.pdf", b"%PDF-1.4 small", True),
        ("talk.pdf", b"abcd%PDF-1.4 shifted", False),  # %PDF- belongs at byte 0 only
        ("talk.mp4", b"\x00\x00\x00\x18ftypisom", True),
        ("talk.mp4", b"ftypisom at the start", False),  # ftyp belongs at byte 4 only
        ("talk.webm", b"\x1a\x45\xdf\xa3 ebml", True),
        ("talk.webm", b"abcd\x1a\x45\xdf\xa3", False),
    ],
)
def test_signature_is_checked_at_the_offset_its_kind_requires(course, name, content, accepted):
    upload = SimpleUploadedFile(name, content)
    if accepted:
        rubrics.episode_file_check(upload)
    else:
        with pytest.raises(ServiceError) as error:
            rubrics.episode_file_check(upload)
        assert error.value.code == "file_kind"


def test_office_file_must_be_the_kind_its_name_says(course):
    rubrics.episode_file_check(_office("wordprocessingml.document.main", "word"))
    rubrics.episode_file_check(_office("presentationml.presentation.main", "ppt", "talk.pptx"))
    refused = [
        _office("presentationml.presentation.main", "ppt"),  # a presentation named .docx
        _office("wordprocessingml.document.main", "word", "talk.pptx"),
        _office("spreadsheetml.sheet.main", "xl"),  # any other ZIP
        SimpleUploadedFile("talk.docx", b"PK\x03\x04 not really a zip"),
    ]
    for upload in refused:
        with pytest.raises(ServiceError):
            rubrics.episode_file_check(upload)


def test_oversize_upload_is_refused_before_the_body_is_read(course, settings, monkeypatch):
    from django.http.request import HttpRequest
    from django.test import Client

    settings.FACULTY_TRAINING_EPISODE_FILE_MAX_BYTES = 1000

    def never(self):
        raise AssertionError("the body was read")

    monkeypatch.setattr(HttpRequest, "_load_post_and_files", never)
    client = Client(enforce_csrf_checks=True)
    client.force_login(course["people"][0])
    url = reverse("faculty_training:episode_new", kwargs={"observation_id": course["observation"].pk})
    big = SimpleUploadedFile("talk.pdf", b"%PDF-" + b"x" * 100_000, content_type="application/pdf")
    response = client.post(url, {"topic": "Shock", "stage": "post", "taught_on": "2026-11-20", "upload": big})
    assert response.status_code == 413
    assert "The file is too large: at most 0 MB." in response.content.decode()
    assert not course["observation"].episodes.exists()
    monkeypatch.undo()
    small = client.post(url, {"topic": "Shock", "stage": "post", "taught_on": "2026-11-20"})
    assert small.status_code == 403  # the CSRF check still applies to what is read
