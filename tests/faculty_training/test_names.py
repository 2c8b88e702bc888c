"""Names are stored in NFC without invisible characters, and validated."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError

from faculty_training.names import normalize_name, validate_latin_name, validate_person_name


def test_nfd_input_is_stored_as_nfc():
    decomposed = unicodedata.normalize("NFD", "José Müller")
    assert decomposed != "José Müller"
    assert normalize_name(decomposed) == "José Müller"


@pytest.mark.parametrize(
    "control",
    [
        "\u200e",
        "\u200f",
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
        "\u061c",
    ],
)
def test_bidi_controls_are_removed(control):
    assert normalize_name(f"Ali{control} Raza{control}") == "Ali Raza"


@pytest.mark.parametrize("invisible", ["\u200b", "\u2060", "\ufeff", "\u00ad"])
def test_zero_width_characters_are_removed(invisible):
    assert normalize_name(f"Ai{invisible}gerim") == "Aigerim"


def test_zero_width_non_joiner_is_kept_inside_an_urdu_word_only():
    urdu = "عائشہ\u200cخان"
    assert normalize_name(urdu) == urdu
    assert normalize_name("Ali\u200c Raza") == "Ali Raza"
    assert normalize_name("\u200cعائشہ") == "عائشہ"


def test_spaces_are_folded_and_trimmed():
    assert normalize_name("  Gulnara \t\u00a0 Abenova  ") == "Gulnara Abenova"


@pytest.mark.parametrize(
    "name", ["<script>alert(1)</script>", "Ali <b>Raza</b>", "Aliya&#60;", "javascript:alert(1)", "{{7*7}}"]
)
def test_markup_in_names_is_refused(name):
    with pytest.raises(ValidationError):
        validate_person_name(normalize_name(name))


@pytest.mark.parametrize("name", ["Ayesha Khan", "Zhaksybekova Aliya", "O'Neil-Smith Jr.", "Gülnara Äbenova"])
def test_latin_names_as_in_passports_are_accepted(name):
    validate_latin_name(name)


@pytest.mark.parametrize("name", ["Айгерим Нурланова", "عائشہ خان", "A", "x" * 101, "12345"])
def test_latin_name_refuses_other_scripts_and_bad_lengths(name):
    with pytest.raises(ValidationError):
        validate_latin_name(name)


@pytest.mark.parametrize("name", ["Айгерим Нұрланова", "عائشہ خان", "Әлия Жақсыбекова"])
def test_native_names_in_urdu_and_cyrillic_are_accepted(name):
    validate_person_name(name)


@pytest.mark.parametrize("name", ["สมชาย ใจดี", "עברית", "देवनागरी", "𝔄𝔩𝔦", "王小明"])
def test_a_native_name_in_a_script_certificates_cannot_print_is_refused(name):
    from faculty_training.names import validate_native_name

    with pytest.raises(ValidationError) as error:
        validate_native_name(name)
    assert error.value.code == "script"


@pytest.mark.parametrize("name", ["عائشہ خان", "Әлия Жақсыбекова", "Дана Әбенова", "Zoë O'Brien"])
def test_urdu_kazakh_russian_and_latin_native_names_are_accepted(name):
    from faculty_training.names import validate_native_name

    validate_native_name(name)


def test_a_certificate_stored_with_any_script_still_renders():
    """Snapshots are frozen: one issued before the rule above must still give a PDF, never a 500."""
    from faculty_training.pdf.certificate import render_certificate
    from tests.builders import build_certificate_snapshot

    for name in ("สมชาย ใจดี", "देवनागरी", "王小明"):
        snapshot = build_certificate_snapshot("ru")
        snapshot["holder"]["native_name"] = name
        assert render_certificate(snapshot)[:4] == b"%PDF"


@pytest.mark.django_db
def test_position_and_registration_number_lose_direction_overrides_too():
    """A right-to-left override in a rank or licence number would reorder the register and the spreadsheet."""
    from faculty_training.services.profiles import profile_save
    from tests.builders import build_participant

    person = build_participant()
    profile = profile_save(
        user=person, position="Assistant\u202e Professor\u200b", registration_number="\u2066PMDC-123\u2069"
    )
    profile.refresh_from_db()
    assert (profile.position, profile.registration_number) == ("Assistant Professor", "PMDC-123")
