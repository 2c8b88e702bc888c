"""Bulk imports, all-or-nothing: every bad row is named with its reason, and nothing is written."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from ..conf import language_codes
from ..models import Discipline, Institution
from ..names import normalize_name, validate_latin_name, validate_native_name
from ..tabular import read_table
from .profiles import participant_register

PARTICIPANT_COLUMNS = (
    "email",
    "latin_name",
    "native_name",
    "institution_code",
    "discipline",
    "position",
    "registration_number",
    "preferred_language",
)
PARTICIPANT_REQUIRED = ("email", "latin_name", "institution_code")


@dataclass
class RowError:
    row: int
    message: str

    def __str__(self):
        return _("row %(row)s: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class ImportResult:
    created: int = 0
    errors: list = field(default_factory=list)
    dry_run: bool = False
    # What the rows would write (or wrote), for importers whose screen shows it row by row.
    preview: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


class _Rollback(Exception):
    pass


def _all_or_nothing(result, rows, write):
    """Write every row or none: nothing if any row is wrong (or there are none), and a dry run rolls
    back what ``write()`` did after counting it. ``write`` returns how many rows it wrote."""
    if not rows:
        result.errors.append(RowError(1, _("the file has a header but no data rows")))
    if result.errors:
        return result
    try:
        with transaction.atomic():
            result.created = write()
            if result.dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return result


def _readable_rows(rows, result):
    """The rows worth checking further; a row the reader found unreadable is reported as it is."""
    for row in rows:
        if row.problem:
            result.errors.append(RowError(row.number, row.problem))
        else:
            yield row


def _first_error(error):
    return " ".join(error.messages)


def _participant_row(row, institutions, seen_emails, existing_emails):
    values = row.values
    email = values.get("email", "").strip()
    try:
        validate_email(email)
    except ValidationError:
        return None, _("bad e-mail address '%(email)s'") % {"email": email}
    key = email.lower()
    if key in seen_emails:
        return None, _("e-mail %(email)s appears twice in the file (first in row %(row)s)") % {
            "email": email,
            "row": seen_emails[key],
        }
    seen_emails[key] = row.number
    if key in existing_emails:
        return None, _("an account with e-mail %(email)s already exists") % {"email": email}
    latin_name = normalize_name(values.get("latin_name"))
    if not latin_name:
        return None, _("the name in Latin letters is missing")
    try:
        validate_latin_name(latin_name)
    except ValidationError as error:
        return None, _first_error(error)
    native_name = normalize_name(values.get("native_name"))
    if native_name:
        try:
            validate_native_name(native_name)
        except ValidationError as error:
            return None, _first_error(error)
    code = values.get("institution_code", "").strip().upper()
    institution = institutions.get(code)
    if institution is None:
        return None, _("unknown institution code '%(code)s'") % {"code": values.get("institution_code", "")}
    discipline = values.get("discipline", "").strip().lower() or Discipline.MEDICINE
    if discipline not in Discipline.values:
        return None, _("unknown discipline '%(discipline)s'; use one of: %(choices)s") % {
            "discipline": discipline,
            "choices": ", ".join(Discipline.values),
        }
    language = values.get("preferred_language", "").strip().lower() or (
        "ur" if institution.country == "PK" else "kk" if institution.country == "KZ" else "en"
    )

    if language not in language_codes():
        return None, _("unknown language '%(language)s'") % {"language": language}
    return {
        "email": email,
        "latin_name": latin_name,
        "native_name": native_name,
        "institution": institution,
        "discipline": discipline,
        "position": values.get("position", "")[:150],
        "registration_number": values.get("registration_number", "")[:50],
        "preferred_language": language,
        "time_zone": "",
    }, None


def participants_import(data, filename, *, dry_run=False, encoding=None, imported_by=None):
    """Create accounts and profiles from a CSV/XLSX file; returns an ImportResult.

    Accounts get no usable password: people choose one with "Forgotten your password?". The
    importer (a programme administrator, or the operator running the command) vouches for the
    institutions in the file, so the memberships count as confirmed.
    """
    rows = read_table(
        data, filename, required_columns=PARTICIPANT_REQUIRED, known_columns=PARTICIPANT_COLUMNS, encoding=encoding
    )
    institutions = {institution.code.upper(): institution for institution in Institution.objects.all()}
    user_model = get_user_model()
    existing_emails = {email.lower() for email in user_model.objects.values_list("email", flat=True) if email}
    existing_emails |= {name.lower() for name in user_model.objects.values_list("username", flat=True)}
    result = ImportResult(dry_run=dry_run)
    prepared, seen = [], {}
    for row in _readable_rows(rows, result):
        values, problem = _participant_row(row, institutions, seen, existing_emails)
        if problem:
            result.errors.append(RowError(row.number, problem))
        else:
            prepared.append(values)

    def write():
        for values in prepared:
            participant_register(password=None, vouched=True, decided_by=imported_by, **values)
        return len(prepared)

    return _all_or_nothing(result, rows, write)


ATTENDANCE_COLUMNS = ("email", "status", "remark")


def attendance_import(session, data, filename, *, marked_by=None, dry_run=False, encoding=None):
    """Set attendance of one session from a CSV/XLSX file (email, status, remark); all or nothing.

    Rows name only people enrolled in the session's course: any other address gets the same answer,
    whether or not it has an account.
    """
    from ..models import AttendanceRecord
    from .attendance import attendance_write, register_participants

    rows = read_table(
        data, filename, required_columns=("email", "status"), known_columns=ATTENDANCE_COLUMNS, encoding=encoding
    )
    enrolled = {}
    for user in register_participants(session):
        for address in {user.email.lower(), user.get_username().lower()} - {""}:
            enrolled[address] = user.pk
    statuses = set(AttendanceRecord.Status.values)
    result = ImportResult(dry_run=dry_run)
    entries, seen = {}, {}
    for row in _readable_rows(rows, result):
        email = row.values.get("email", "").strip()
        status = row.values.get("status", "").strip().lower()
        key = email.lower()
        if not email:
            problem = _("the e-mail address is missing")
        elif key in seen:
            problem = _("e-mail %(email)s appears twice in the file (first in row %(row)s)") % {
                "email": email,
                "row": seen[key],
            }
        elif key not in enrolled:
            # Whether an address outside the course has an account at all is not the facilitator's to learn.
            problem = _("%(email)s is not enrolled in this course") % {"email": email}
        elif status not in statuses:
            problem = _("unknown status '%(status)s'; use one of: %(choices)s") % {
                "status": row.values.get("status", ""),
                "choices": ", ".join(AttendanceRecord.Status.values),
            }
        else:
            problem = None
        seen.setdefault(key, row.number)
        if problem:
            result.errors.append(RowError(row.number, problem))
        else:
            entries[enrolled[key]] = (status, row.values.get("remark", ""))

    def write():
        attendance_write(session=session, entries=entries, marked_by=marked_by, method=AttendanceRecord.Method.IMPORT)
        return len(entries)

    return _all_or_nothing(result, rows, write)
