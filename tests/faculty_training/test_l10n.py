"""Dates, times, numbers and zone names read the way each language writes them (CLDR via Babel)."""

import re
import zoneinfo
from datetime import UTC, date, datetime

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from faculty_training import l10n
from faculty_training.forms.accounts import time_zone_choices

FRIDAY = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)  # 14:30 in Almaty and Karachi
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def plain(text):
    """CLDR's no-break spaces («2026\u202fж.», «1\xa0234,5») as plain spaces, for comparing."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_kazakh_dates_write_friday_with_its_letter_and_months_in_lower_case():
    text = l10n.format_date_with_weekday(FRIDAY, "kk")
    assert "жұма" in text and "жума" not in text
    assert "желтоқсан" in text and "Желтоқсан" not in text
    assert plain(l10n.format_date(date(2026, 12, 1), "kk")) == "2026 ж. 1 желтоқсан"


def test_urdu_puts_an_urdu_comma_between_date_and_time():
    text = l10n.format_datetime(FRIDAY, "ur", zone=ALMATY)
    assert text == "4 دسمبر، 2026، 14:30"
    assert "," not in text


def test_russian_and_kazakh_write_a_decimal_comma_and_urdu_a_point():
    assert l10n.format_number("12.5", "ru") == "12,5"
    assert l10n.format_number("12.50", "kk") == "12,5"
    assert l10n.format_number("12.5", "ur") == "12.5"
    assert l10n.format_number("12", "ru", 1) == "12"
    assert plain(l10n.format_number(1234.5, "ru")) == "1 234,5"


@pytest.mark.parametrize(
    ("language", "karachi", "almaty"),
    [
        ("ur", "پاکستان کا وقت", "قازقستان کا وقت"),
        ("kk", "Пәкістан уақыты", "Қазақстан уақыты"),
        ("ru", "Пакистан", "Казахстан"),
        ("en", "Pakistan Time", "Kazakhstan Time"),
    ],
)
def test_zones_are_named_in_the_language_not_by_their_ids(language, karachi, almaty):
    assert l10n.zone_name("Asia/Karachi", language) == karachi
    assert l10n.zone_name(ALMATY, language) == almaty
    assert "/" not in l10n.zone_label("America/Argentina/Buenos_Aires", language)


def test_a_zone_on_summer_time_is_named_so():
    july = datetime(2027, 7, 1, 12, tzinfo=UTC)
    assert l10n.zone_name("Europe/London", "en", at=july) == "British Summer Time"
    assert l10n.zone_name("Europe/London", "en", at=FRIDAY) == "Greenwich Mean Time"


@pytest.mark.parametrize("language", ["ur", "kk", "ru"])
def test_the_picker_offers_both_countries_first_named_in_the_language_and_stores_ids(language):
    with translation.override(language):
        choices = time_zone_choices()
    empty, *home, (group, others) = choices
    assert empty[0] == ""
    ids = [zone for zone, _label in home]
    assert ids[0] == "Asia/Karachi"
    assert {"Asia/Almaty", "Asia/Qostanay", "Asia/Aqtobe", "Asia/Oral"} <= set(ids)
    assert len(others) > 300 and "Europe/Moscow" in dict(others)
    labels = [str(label) for _zone, label in home + others]
    assert not [label for label in labels if re.search(r"[A-Za-z]", label) and label != "UTC"], labels[:5]
    assert all(zone in zoneinfo.available_timezones() for zone, _label in home + others)


def test_template_filters_follow_the_active_language_and_zone():
    template = Template("{% load faculty_training_l10n %}{{ when|ldate_weekday }} · {{ hours|lnumber:1 }}")
    with translation.override("kk"), timezone.override(ALMATY):
        rendered = template.render(Context({"when": FRIDAY, "hours": "12.50"}))
    assert plain(rendered) == "2026 ж. 4 желтоқсан, жұма · 12,5"


def test_no_template_formats_numbers_with_django_floatformat():
    """Numbers on pages go through CLDR (``lnumber``): Django's floatformat printed "4.5" to Kazakh and
    Russian readers, who write "4,5" (found on survey means and rubric changes)."""
    from pathlib import Path

    import faculty_training

    root = Path(faculty_training.__file__).parent / "templates"
    using = [str(path.relative_to(root)) for path in root.rglob("*.html") if "floatformat" in path.read_text()]
    assert using == []


@pytest.mark.parametrize("language, expected", [("kk", "4,5"), ("ru", "4,5"), ("ur", "4.5"), ("en", "4.5")])
def test_a_survey_mean_is_written_as_the_language_writes_it(language, expected):
    template = Template("{% load faculty_training_l10n %}{{ mean|lnumber:2 }}")
    with translation.override(language):
        assert template.render(Context({"mean": 4.5})) == expected
