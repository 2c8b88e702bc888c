"""System checks that reject bad values of the plugin's settings at start-up."""

import zoneinfo
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.checks import Warning as CheckWarning

from .conf import app_settings
from .ratelimit import parse_rate

RATE_SETTINGS = (
    "CHECK_IN_RATE",
    "CHECK_IN_ADDRESS_RATE",
    "VERIFY_RATE",
    "ACCOUNT_EMAIL_RATE",
    "ACCOUNT_EMAIL_ADDRESS_RATE",
)


@register()
def check_settings(app_configs, **kwargs):
    errors = []
    time_zones = app_settings.COUNTRY_TIME_ZONES
    if not isinstance(time_zones, dict):
        errors.append(
            Error(
                "FACULTY_TRAINING_COUNTRY_TIME_ZONES must be a dict of country code -> zone.",
                id="faculty_training.E001",
            )
        )
    else:
        for country, zone in time_zones.items():
            try:
                zoneinfo.ZoneInfo(zone)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
                errors.append(
                    Error(
                        f"FACULTY_TRAINING_COUNTRY_TIME_ZONES[{country!r}] is not a known time zone: {zone!r}.",
                        id="faculty_training.E002",
                    )
                )
    language_codes = {code for code, _name in settings.LANGUAGES}
    if app_settings.FALLBACK_LANGUAGE not in language_codes:
        errors.append(
            Error(
                f"FACULTY_TRAINING_FALLBACK_LANGUAGE {app_settings.FALLBACK_LANGUAGE!r} is not in LANGUAGES.",
                id="faculty_training.E003",
            )
        )
    if app_settings.CERTIFICATE_ISSUE_MODE not in ("automatic", "approval"):
        errors.append(
            Error(
                'FACULTY_TRAINING_CERTIFICATE_ISSUE_MODE must be "automatic" or "approval".', id="faculty_training.E004"
            )
        )
    if app_settings.ISSUER_KEY_ALGORITHM not in ("ES256", "EdDSA"):
        errors.append(
            Error('FACULTY_TRAINING_ISSUER_KEY_ALGORITHM must be "ES256" or "EdDSA".', id="faculty_training.E011")
        )
    for name in RATE_SETTINGS:
        try:
            parse_rate(getattr(app_settings, name))
        except ValueError:
            errors.append(Error(f'FACULTY_TRAINING_{name} must look like "10/10m".', id="faculty_training.E005"))
    days = app_settings.GENERATED_FILE_DAYS
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        errors.append(
            Error(
                "FACULTY_TRAINING_GENERATED_FILE_DAYS must be a whole number of days, 1 or more.",
                id="faculty_training.E008",
            )
        )
    proxies = app_settings.TRUSTED_PROXY_COUNT
    if proxies is not None and (not isinstance(proxies, int) or isinstance(proxies, bool) or proxies < 0):
        errors.append(
            Error(
                "FACULTY_TRAINING_TRUSTED_PROXY_COUNT must be a whole number of proxies, 0 or more.",
                id="faculty_training.E010",
            )
        )
    task_aliases = getattr(settings, "TASKS", {"default": {}})
    for name in ("TASK_BACKEND", "NOTIFICATION_TASK_BACKEND"):
        alias = getattr(app_settings, name)
        if alias not in task_aliases:
            errors.append(Error(f"FACULTY_TRAINING_{name} {alias!r} is not in TASKS.", id="faculty_training.E006"))
        elif name == "NOTIFICATION_TASK_BACKEND" and "Immediate" in str(task_aliases[alias].get("BACKEND", "")):
            errors.append(
                CheckWarning(
                    f"FACULTY_TRAINING_NOTIFICATION_TASK_BACKEND {alias!r} runs tasks at once: notification "
                    "e-mails would be sent inside web requests. Point it at a queued backend with a worker.",
                    id="faculty_training.W001",
                )
            )
    for name in ("IMPORT_MAX_BYTES", "IMPORT_MAX_ROWS", "IMPORT_MAX_UNPACKED_BYTES", "IMPORT_TIME_LIMIT_SECONDS"):
        value = getattr(app_settings, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            errors.append(Error(f"FACULTY_TRAINING_{name} must be a positive number.", id="faculty_training.E007"))
    return errors


@register(Tags.security)
def check_private_storage(app_configs, **kwargs):
    """Generated personal files must not land where media is served publicly (``check --deploy`` too)."""
    from .storage import private_storage_problems

    problems = private_storage_problems()
    if problems and problems[0].startswith("STORAGES has no"):
        return [Error(problems[0], id="faculty_training.E009")]
    return [
        CheckWarning(
            problem,
            hint="Point STORAGES[FACULTY_TRAINING_PRIVATE_STORAGE] at a directory outside MEDIA_ROOT or a private "
            "bucket without public URLs (see docs/deployment.md).",
            id="faculty_training.W002",
        )
        for problem in problems
    ]


@register(Tags.security, deploy=True)
def check_deployment(app_configs, **kwargs):
    warnings = []
    site = urlsplit(app_settings.SITE_URL or "")
    if site.scheme != "https" or (site.hostname or "") in ("127.0.0.1", "localhost", "::1", ""):
        warnings.append(
            CheckWarning(
                f"FACULTY_TRAINING_SITE_URL is {app_settings.SITE_URL!r}: every certificate's verify link, QR code and "
                "did:web identifier, and every e-mail's links, are made from it, and signed ones can never change.",
                hint="Set the site's SITE_URL environment variable to its public https address before issuing "
                "certificates (see docs/deployment.md).",
                id="faculty_training.W004",
            )
        )
    if app_settings.TRUSTED_PROXY_COUNT is None:
        warnings.append(
            CheckWarning(
                "FACULTY_TRAINING_TRUSTED_PROXY_COUNT is not set (the site's TRUSTED_PROXY_COUNT environment "
                "variable): client addresses are taken from REMOTE_ADDR. Behind a reverse proxy every visitor "
                "then shares the proxy's address, and one person's wrong codes or passwords lock out everyone.",
                hint="Set it to the number of reverse proxies in front of the site, or 0 if clients connect "
                "directly (see docs/deployment.md).",
                id="faculty_training.W003",
            )
        )
    return warnings
