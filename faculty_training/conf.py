"""The plugin's settings: every FACULTY_TRAINING_* setting with its default, read when used.

A host site overrides a value by defining ``FACULTY_TRAINING_<NAME>`` in its settings;
``app_settings.NAME`` always reflects the current settings (tests can override them).
"""

from django.conf import settings

PREFIX = "FACULTY_TRAINING_"

#: name -> (default, one-line meaning)
DEFAULTS = {
    "COUNTRY_TIME_ZONES": (
        {"PK": "Asia/Karachi", "KZ": "Asia/Almaty"},
        "Default time zone of a participant, by the country of their institution.",
    ),
    "IMPORT_MAX_BYTES": (5_000_000, "Largest CSV or XLSX file the importers accept, in bytes, checked before parsing."),
    "IMPORT_MAX_ROWS": (20_000, "Most data rows one import may contain."),
    "IMPORT_MAX_UNPACKED_BYTES": (
        20_000_000,
        "Most bytes an XLSX import may unpack to, all its parts together (a 20,000-row list is about 11 MB).",
    ),
    "IMPORT_TIME_LIMIT_SECONDS": (20, "Seconds reading one import file may take before it is refused."),
    "DEFAULT_SESSION_TIME_ZONE": ("Asia/Karachi", "Time zone a new session gets unless the editor picks another."),
    "CHECK_IN_OPENS_MINUTES_BEFORE": (
        30,
        "Minutes before a session starts when self check-in opens (it closes when the session ends).",
    ),
    "CHECK_IN_LATE_AFTER_MINUTES": (15, "A check-in this many minutes after the start is recorded as late."),
    "CHECK_IN_CODE_SECONDS": (30, "Seconds a check-in code and QR code stay current on the projector page."),
    "CHECK_IN_RATE": ("10/10m", "Wrong check-in codes allowed per account (count/period)."),
    "CHECK_IN_ADDRESS_RATE": (
        "300/10m",
        "Wrong check-in codes allowed per client address, whatever the account: far above what a lecture "
        "hall behind one NAT reaches, so only someone guessing with many accounts meets it (count/period).",
    ),
    "EXCUSED_COUNTS_AS_ATTENDED": (False, "Whether an excused absence counts toward the attendance percentage."),
    "COUNT_SESSIONS_BEFORE_ENROLMENT": (
        False,
        "Whether sessions held before a person enrolled count toward their attendance (those they attended always count).",
    ),
    "MEMBERSHIP_VERIFICATION": (
        ("email_domain", "coordinator"),
        'How a person is confirmed as an institution\'s faculty: any of "email_domain" (a confirmed address at '
        "one of the institution's domains) and \"coordinator\" (the institution's coordinator approves); "
        "programme administrators can always confirm.",
    ),
    "QUEUE_STALLED_AFTER_SECONDS": (
        120,
        "A task waiting longer than this for a worker means none is running: /healthz and the batch screen say so.",
    ),
    "FEEDBACK_MAX_LENGTH": (2000, "Longest feedback comment accepted, in characters."),
    "SURVEY_MIN_GROUP": (
        5,
        "Fewest survey responses a group (course, facilitator, institution, country) needs before any "
        "result of it is shown; smaller groups are hidden, and so is the next smallest when needed.",
    ),
    "EPISODE_FILE_MAX_BYTES": (
        50_000_000,
        "Largest video or document a participant may attach to a micro-teaching episode, in bytes.",
    ),
    "CERTIFICATE_SERIAL_PREFIX": ("PKKZ", "First part of certificate serials: PREFIX-YEAR-NUMBER."),
    "CERTIFICATE_ISSUE_MODE": (
        "automatic",
        'When a completed enrolment gets its certificate: "automatic" at once, or "approval" by an administrator.',
    ),
    "CERTIFICATE_SYNC_LIMIT": (10, "Most certificates issued inside a request; larger numbers go to the task worker."),
    "ACCOUNT_EMAIL_RATE": (
        "5/h",
        "E-mails about an account (password reset, sign-up link or notice) sent to one e-mail address, "
        "whoever asks (count/period).",
    ),
    "ACCOUNT_EMAIL_ADDRESS_RATE": (
        "100/h",
        "Password reset and sign-up requests allowed per client address, whatever the e-mail address: far "
        "above what one campus network sends (count/period).",
    ),
    "VERIFY_RATE": ("30/10m", "Verification look-ups allowed per client address (count/period)."),
    "TRUSTED_PROXY_COUNT": (
        None,
        "How many reverse proxies of ours stand in front of the site: the client's address is the one the "
        "outermost of them saw (X-Forwarded-For, read from the right). 0 or None: the header is ignored; "
        "None also makes `check --deploy` warn that it was not set.",
    ),
    "SITE_URL": (
        "http://127.0.0.1:8000",
        "Public address of the site, printed in certificates' verify links and QR codes.",
    ),
    "TASK_BACKEND": (
        "default",
        "Alias in TASKS (django-tasks) that runs certificate batches; a database-backed one in production.",
    ),
    "NOTIFICATION_TASK_BACKEND": (
        "default",
        "Alias in TASKS whose worker sends notification e-mails; use a queued (database) backend so that "
        "no e-mail is sent inside a web request.",
    ),
    "ISSUER_KEY_ALGORITHM": (
        "ES256",
        'Kind of key make_issuer_key gives an issuer that has none: "ES256" (ECDSA on P-256, accepted by '
        "1EdTech's validator and every JOSE library) or \"EdDSA\" (Ed25519). Rotating keeps the issuer's "
        "kind; --algorithm changes it.",
    ),
    "ISSUER_KEY_DIR": (
        "",
        "Directory of the issuers' private keys (PEM files made by make_issuer_key); outside the "
        "database and the repository. Without it certificates are issued unsigned.",
    ),
    "PRIVATE_STORAGE": (
        "private",
        "Alias in STORAGES that keeps generated personal files (certificate ZIPs, transcripts, exports); "
        "never the public media storage. They are served only by the checked generated-file view.",
    ),
    "EXPORT_SYNC_LIMIT": (
        5000,
        "Most records a CSV or XLSX download builds inside the web request (about a second); larger ones "
        "are built by the task worker, with progress on the page and a private download link.",
    ),
    "RECORDS_CHARTS_CACHE_SECONDS": (
        300,
        "Seconds the records page's charts are kept in the cache, per scope and language (0: drawn anew each "
        "time); the list of records is always current.",
    ),
    "TRANSCRIPT_ZIP_MAX_PEOPLE": (
        5000,
        "Most participants one ZIP of transcripts (built by the task worker) may hold; narrow the filter for more.",
    ),
    "GENERATED_FILE_DAYS": (
        7,
        "Days a generated file (such as a certificate ZIP) is kept; delete_expired_files then removes it.",
    ),
    "FALLBACK_LANGUAGE": (
        "en",
        "Language whose text is shown, with a notice, when a field lacks the viewer's language.",
    ),
}


class AppSettings:
    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown faculty_training setting: {name}")
        return getattr(settings, PREFIX + name, DEFAULTS[name][0])


app_settings = AppSettings()


def language_codes():
    """The site's language codes (``settings.LANGUAGES``): the columns modeltranslation adds."""
    return [code for code, _name in settings.LANGUAGES]
