"""Plugin settings: documented defaults, read when used, and bad values rejected by a system check."""

import pytest
from django.test import override_settings

from faculty_training.checks import check_settings
from faculty_training.conf import DEFAULTS, app_settings


def test_every_setting_has_a_default_and_a_meaning():
    for name, (default, meaning) in DEFAULTS.items():
        assert default is not None or "None" in meaning, name  # None only where the meaning says what it does
        assert meaning.endswith("."), name


def test_settings_are_read_when_used():
    assert app_settings.COUNTRY_TIME_ZONES["KZ"] == "Asia/Almaty"
    with override_settings(FACULTY_TRAINING_COUNTRY_TIME_ZONES={"KZ": "Asia/Qostanay"}):
        assert app_settings.COUNTRY_TIME_ZONES == {"KZ": "Asia/Qostanay"}


def test_unknown_setting_is_an_error():
    with pytest.raises(AttributeError):
        app_settings.NO_SUCH_SETTING  # noqa: B018


def test_default_settings_pass_the_checks():
    assert check_settings(None) == []


@override_settings(FACULTY_TRAINING_COUNTRY_TIME_ZONES={"PK": "Mars/Olympus"})
def test_unknown_time_zone_is_rejected():
    assert [error.id for error in check_settings(None)] == ["faculty_training.E002"]


@override_settings(FACULTY_TRAINING_FALLBACK_LANGUAGE="de")
def test_fallback_language_must_be_a_site_language():
    assert [error.id for error in check_settings(None)] == ["faculty_training.E003"]


@override_settings(FACULTY_TRAINING_CERTIFICATE_ISSUE_MODE="sometimes")
def test_issue_mode_must_be_known():
    assert [error.id for error in check_settings(None)] == ["faculty_training.E004"]


@override_settings(FACULTY_TRAINING_ISSUER_KEY_ALGORITHM="RS256")
def test_issuer_key_algorithm_must_be_one_we_sign_with():
    assert [error.id for error in check_settings(None)] == ["faculty_training.E011"]


@override_settings(FACULTY_TRAINING_CHECK_IN_RATE="lots")
def test_rates_must_be_count_per_period():
    assert [error.id for error in check_settings(None)] == ["faculty_training.E005"]


@override_settings(FACULTY_TRAINING_TASK_BACKEND="nowhere")
def test_task_backend_must_exist():
    assert [error.id for error in check_settings(None)] == ["faculty_training.E006"]


@override_settings(FACULTY_TRAINING_IMPORT_MAX_UNPACKED_BYTES="20MB", FACULTY_TRAINING_IMPORT_TIME_LIMIT_SECONDS=0)
def test_import_limits_must_be_positive_numbers():
    assert [error.id for error in check_settings(None)] == ["faculty_training.E007"] * 2


@pytest.mark.parametrize("count", [-1, "1", 1.5, True])
def test_trusted_proxy_count_must_be_a_whole_number(count):
    with override_settings(FACULTY_TRAINING_TRUSTED_PROXY_COUNT=count):
        assert [error.id for error in check_settings(None)] == ["faculty_training.E010"]
