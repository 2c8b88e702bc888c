"""A rubric is shown as its table (criteria as rows, levels as columns, a descriptor in each cell)
where it is scored, where the participant sees it, and in the admin preview; scoring posts
without script."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from faculty_training.models import EpisodeAssessor
from faculty_training.services import rubrics
from faculty_training.services.enrollment import enrollment_create
from tests.builders import build_content_tree, build_group_member, build_participant

from .builders import build_observation

pytestmark = pytest.mark.django_db

LEVELS = ["Beginning", "Developing", "Competent", "Exemplary"]
DESCRIPTORS = ["No opening", "A vague opening", "A clear opening", "An engaging opening"]


@pytest.fixture
def episode():
    tree = build_content_tree(modules=1)
    facilitator = build_group_member("Facilitators", username="fac")
    tree["course"].lead_facilitators.add(facilitator)
    tree["course"].save()
    observation = build_observation(tree["course"])
    rubric = observation.rubric
    rubric.levels_ur = "ابتدائی\nترقی پذیر\nقابل\nمثالی"
    rubric.save()
    people = [build_participant(latin_name=f"Teacher {n}") for n in range(3)]
    for person in people:
        enrollment_create(participant=person, course=tree["course"])
    return rubrics.episode_create(
        participant=people[0],
        observation=observation,
        stage="post",
        taught_on=datetime.date(2026, 11, 20),
        topic="Shock",
        peers=people[1:],
    )


def _score_url(episode, language="en"):
    return f"/{language}/training/episodes/{episode.pk}/score/"


def _grid(html):
    table = BeautifulSoup(html, "html.parser").select_one("table.rubric-grid__table")
    assert table is not None, "no rubric table"
    headers = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = table.select("tbody tr")
    return table, headers, rows


def _label_text(soup, radio):
    return " ".join(soup.select_one(f'label[for="{radio["id"]}"]').get_text(" ", strip=True).split())


def test_scoring_screen_is_a_table_with_a_labelled_radio_in_each_cell(client, episode):
    assignment = episode.assessors.get(perspective="facilitator")
    client.force_login(assignment.assessor)
    html = client.get(_score_url(episode)).content.decode()
    table, headers, rows = _grid(html)
    assert headers == ["Criterion", *LEVELS]  # levels as columns, lowest first
    criteria = list(rubrics.criteria_for(assignment))
    assert [row.th.get_text(" ", strip=True) for row in rows] == [c.title for c in criteria]  # a row each
    soup = BeautifulSoup(html, "html.parser")
    for row, criterion in zip(rows, criteria, strict=True):
        cells = row.find_all("td")
        assert len(cells) == len(LEVELS)
        for number, cell in enumerate(cells, start=1):
            (radio,) = cell.select("input[type=radio]")
            assert radio["name"] == f"criterion_{criterion.pk}" and radio["value"] == str(number)
            label = _label_text(soup, radio)  # its own label: criterion, level and descriptor
            assert label.startswith(f"{criterion.title}: {LEVELS[number - 1]}")
    first_cells = rows[0].find_all("td")
    for cell, descriptor in zip(first_cells, DESCRIPTORS, strict=True):
        assert descriptor in cell.get_text(" ", strip=True)  # the level's descriptor in its cell
    assert table.find_parent(class_="rubric-grid") is not None  # scrolls or stacks in its own box


def test_a_peer_gets_only_the_rows_of_their_perspective(client, episode):
    peer = episode.assessors.filter(perspective="peer").first().assessor
    client.force_login(peer)
    _table, _headers, rows = _grid(client.get(_score_url(episode)).content.decode())
    assert [row.th.get_text(" ", strip=True) for row in rows] == ["Set induction", "Questioning"]


def test_scores_post_from_the_table_without_script(client, episode):
    assignment = episode.assessors.get(perspective="facilitator")
    client.force_login(assignment.assessor)
    criteria = list(rubrics.criteria_for(assignment))
    missing = client.post(_score_url(episode), {f"criterion_{criteria[0].pk}": "2"})
    assert missing.status_code == 200
    soup = BeautifulSoup(missing.content.decode(), "html.parser")
    assert soup.select_one(f'input[name="criterion_{criteria[0].pk}"][value="2"]').has_attr("checked")
    unscored = [row.th["id"] for row in soup.select("tr.rubric-grid__row--error")]
    assert unscored == [f"criterion-{criteria[1].pk}", f"criterion-{criteria[2].pk}"]  # marked in their rows
    done = client.post(_score_url(episode), {f"criterion_{c.pk}": str(n) for n, c in enumerate(criteria, 1)})
    assert done.status_code == 302
    stored = EpisodeAssessor.objects.get(pk=assignment.pk)
    assert stored.levels == {str(c.pk): n for n, c in enumerate(criteria, 1)} and stored.scored_at


def test_urdu_scoring_table_reads_right_to_left_in_urdu_level_names(client, episode):
    client.force_login(episode.assessors.get(perspective="facilitator").assessor)
    html = client.get(_score_url(episode, "ur")).content.decode()
    assert 'dir="rtl"' in html
    _table, headers, _rows = _grid(html)
    assert headers[1:] == ["ابتدائی", "ترقی پذیر", "قابل", "مثالی"]  # lowest first: at the right in RTL


def test_participant_sees_the_rubric_table_with_their_feedback_and_before_recording(client, episode):
    client.force_login(episode.participant)
    html = client.get(reverse("faculty_training:episode_feedback", kwargs={"episode_id": episode.pk})).content.decode()
    table, headers, rows = _grid(html)
    assert headers == ["Criterion", *LEVELS]
    assert [row.th.get_text(" ", strip=True) for row in rows] == [
        "Set induction",
        "Questioning",
        "Use of the lesson plan",
    ]
    assert [td.get_text(" ", strip=True) for td in rows[0].find_all("td")] == [
        f"{level} {descriptor}" for level, descriptor in zip(LEVELS, DESCRIPTORS, strict=True)
    ]
    assert not table.select("input")  # shown, not scored
    new = client.get(
        reverse("faculty_training:episode_new", kwargs={"observation_id": episode.observation_id})
    ).content.decode()
    _table, headers, rows = _grid(new)
    assert headers == ["Criterion", *LEVELS] and len(rows) == 3


def test_admin_preview_shows_the_unsaved_rubric_as_its_table(client, episode):
    admin = build_group_member("Programme administrators", username="boss")
    client.force_login(admin)
    url = reverse("wagtailsnippets_faculty_training_rubric:preview_on_add")
    data = nested_form_data(
        {
            "title_en": "Bedside teaching",
            "levels_en": "Low\nMiddle\nHigh",
            "criteria": inline_formset(
                [
                    {"title_en": "Closure", "descriptors_en": "None\nA summary\nA check of learning"},
                    {"title_en": "Feedback to learners", "descriptors_en": "", "perspective": "peer"},
                ]
            ),
        }
    )
    for form in range(2):
        data.setdefault(f"criteria-{form}-perspective", "all")
    assert client.post(url, data).json()["is_valid"]
    html = client.get(url).content.decode()
    _table, headers, rows = _grid(html)
    assert headers == ["Criterion", "Low", "Middle", "High"]
    assert [row.th.get_text(" ", strip=True) for row in rows] == ["Closure", "Feedback to learners"]
    assert "A check of learning" in rows[0].find_all("td")[2].get_text()
