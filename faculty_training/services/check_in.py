"""Self check-in: rotating signed tokens (for the QR code) and short codes (to type).

Both are derived from the session and the current time window with an HMAC of SECRET_KEY:
nothing is stored, a code is valid for its window and the one before (so a code read just
before it changes still works), only while the session's check-in is open, and only for it.
"""

import hashlib
import hmac
import math

from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext as _

from ..conf import app_settings
from ..exceptions import ServiceError
from ..models import AttendanceRecord, TrainingSession
from .attendance import attendance_mark

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 6
TOKEN_SALT = "faculty_training.check_in"  # noqa: S105  (a signing namespace, not a secret)


def _window(at):
    return math.floor(at.timestamp() / app_settings.CHECK_IN_CODE_SECONDS)


def _code_for(session_id, window):
    digest = hmac.new(settings.SECRET_KEY.encode(), f"check-in:{session_id}:{window}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _position in range(CODE_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[index])
    return "".join(chars)


def check_in_code(session, at=None):
    """The short code shown on the projector now."""
    return _code_for(session.pk, _window(at or timezone.now()))


def check_in_token(session, at=None):
    """The signed token for the QR code now: names the session and its window."""
    return signing.dumps({"s": session.pk, "w": _window(at or timezone.now())}, salt=TOKEN_SALT, compress=True)


def seconds_until_next_code(at=None):
    at = at or timezone.now()
    period = app_settings.CHECK_IN_CODE_SECONDS
    return max(1, math.ceil(period - (at.timestamp() % period)))


def normalize_code(code):
    return "".join(char for char in str(code).upper() if char.isalnum())[:32]


def _current_windows(at):
    window = _window(at)
    return (window, window - 1)


def _session_for_token(token, at):
    try:
        payload = signing.loads(token, salt=TOKEN_SALT, max_age=app_settings.CHECK_IN_CODE_SECONDS * 2 + 5)
    except signing.SignatureExpired as error:
        raise ServiceError(
            _("This check-in code has expired. Scan the code on the screen again."), "expired"
        ) from error
    except signing.BadSignature as error:
        raise ServiceError(_("This check-in code is not valid."), "invalid") from error
    if payload.get("w") not in _current_windows(at):
        raise ServiceError(_("This check-in code has expired. Scan the code on the screen again."), "expired")
    session = TrainingSession.objects.select_related("course").filter(pk=payload.get("s")).first()
    if session is None:
        raise ServiceError(_("This check-in code is not valid."), "invalid")
    return session


def _session_for_code(code, at):
    code = normalize_code(code)
    if len(code) != CODE_LENGTH:
        raise ServiceError(_("This check-in code is not valid."), "invalid")
    candidates = TrainingSession.objects.filter(
        status=TrainingSession.Status.SCHEDULED,
        starts_at__lte=at + timezone.timedelta(minutes=app_settings.CHECK_IN_OPENS_MINUTES_BEFORE),
        ends_at__gte=at,
    ).select_related("course")
    windows = _current_windows(at)
    for session in candidates:
        if any(hmac.compare_digest(code, _code_for(session.pk, window)) for window in windows):
            return session
    raise ServiceError(_("This check-in code is not valid."), "invalid")


def _check_in(participant, session, at):
    if not session.is_check_in_open(at):
        raise ServiceError(_("Check-in for this session is not open now."), "closed")
    late = at > session.starts_at + timezone.timedelta(minutes=app_settings.CHECK_IN_LATE_AFTER_MINUTES)
    status = AttendanceRecord.Status.LATE if late else AttendanceRecord.Status.PRESENT
    # Already checked in, or recorded by a facilitator (which a check-in never overrides): attendance_mark
    # decides both under the row's lock.
    return attendance_mark(
        session=session,
        participant=participant,
        status=status,
        method=AttendanceRecord.Method.CHECK_IN,
        marked_by=participant,
    )


def check_in_by_token(*, participant, token, at=None):
    """Check in with the QR code's token; returns (session, record, changed): False if already checked in."""
    at = at or timezone.now()
    session = _session_for_token(token, at)
    record, created = _check_in(participant, session, at)
    return session, record, created


def check_in_by_code(*, participant, code, at=None):
    """Check in with the typed short code; returns (session, record, created)."""
    at = at or timezone.now()
    session = _session_for_code(code, at)
    record, created = _check_in(participant, session, at)
    return session, record, created
