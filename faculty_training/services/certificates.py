"""Issuing, revoking and rendering certificates.

A certificate stores a snapshot of everything it prints, taken when it is issued; editing the
course, the programme or the holder's profile later changes nothing on it. Serials are
PREFIX-YEAR-NUMBER from a locked counter; verification codes are 20 characters of Crockford
base 32 from ``secrets`` (100 bits), grouped by four for typing.
"""

import calendar
import json
import logging
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from .. import l10n, roles
from ..conf import app_settings, language_codes
from ..exceptions import ServiceError
from ..models import AttendanceRecord, Certificate, Enrollment, Notification, SerialCounter, TrainingSession
from ..selectors.assessments import post_test_result
from .completion import counted_statuses
from .credentials import credential_sign, status_list_publish
from .notifications import notify_certificate

logger = logging.getLogger(__name__)

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LENGTH = 20


def verification_code_generate():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _position in range(CODE_LENGTH))
    return "-".join(raw[index : index + 4] for index in range(0, CODE_LENGTH, 4))


def verification_code_normalize(text):
    """What a person typed -> the stored form: case, spaces, dashes and look-alikes forgiven."""
    cleaned = "".join(char for char in str(text).upper() if char.isalnum())
    cleaned = cleaned.translate(str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"}))
    if len(cleaned) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in cleaned):
        return None
    return "-".join(cleaned[index : index + 4] for index in range(0, CODE_LENGTH, 4))


def _serial_allocate(year):
    counter, _created = SerialCounter.objects.select_for_update().get_or_create(year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"{app_settings.CERTIFICATE_SERIAL_PREFIX}-{year}-{counter.last_number:06d}"


def _translations(obj, field_name):
    return {
        language: getattr(obj, f"{field_name}_{language}", "") or getattr(obj, f"{field_name}_en", "")
        for language in language_codes()
    }


def _institution(institution):
    if institution is None:
        return None
    return {
        "code": institution.code,
        "country": institution.country,
        "name": _translations(institution, "name"),
        "logo": institution.logo.file.name if institution.logo_id else "",
    }


def _labels(language, snapshot_numbers):
    with translation.override(language):
        hours = snapshot_numbers["cpd_hours"]
        attended = snapshot_numbers["attended_hours"]
        return {
            "title": _("Certificate of Completion"),
            "certify": _("This is to certify that"),
            "completed": _("has completed the course"),
            "hours": _("%(hours)s CPD hours · %(attended)s hours attended")
            % {"hours": l10n.format_number(hours, language, 1), "attended": l10n.format_number(attended, language, 1)},
            "serial": _("Serial"),
            "code": _("Verification code"),
            "date": _("Completed on"),
            "valid_until": _("Valid until"),
        }


def _hours(value):
    value = Decimal(value).quantize(Decimal("0.1"))
    return f"{value.normalize():f}"


def certificate_snapshot(enrollment, *, serial, verification_code, issued_at):
    """Everything the certificate prints, frozen now."""
    course = enrollment.course
    programme = course.get_parent().specific
    profile = enrollment.participant.participant_profile
    attended_seconds = sum(
        (record.session.ends_at - record.session.starts_at).total_seconds()
        for record in AttendanceRecord.objects.filter(
            participant_id=enrollment.participant_id,
            session__course=course,
            session__status=TrainingSession.Status.SCHEDULED,
            session__starts_at__lte=issued_at,
            status__in=counted_statuses(),
        ).select_related("session")
    )
    numbers = {"cpd_hours": _hours(course.cpd_hours), "attended_hours": _hours(Decimal(attended_seconds) / 3600)}
    issuer = certificate_issuer(course)
    # The holder's institution is printed only when the institution confirmed the membership.
    holder_institution = profile.institution if profile.is_member_verified else None
    partners = (
        list(getattr(programme, "partner_institutions", None).all())
        if hasattr(programme, "partner_institutions")
        else []
    )
    language = profile.preferred_language if profile.preferred_language in language_codes() else "en"
    signatories = []
    for number in (1, 2):
        name = getattr(programme, f"signatory_{number}_name", "")
        if name:
            signatories.append({"name": name, "title": _translations(programme, f"signatory_{number}_title")})
    site = app_settings.SITE_URL.rstrip("/")
    valid_until = None
    if course.certificate_valid_months:
        valid_until = _add_months((enrollment.completed_at or issued_at).date(), course.certificate_valid_months)
    return {
        "version": 1,
        "serial": serial,
        "verification_code": verification_code,
        "holder": {
            "latin_name": profile.latin_name,
            "native_name": profile.native_name,
            "language": language,
            "institution": _institution(holder_institution),
        },
        "course": {"title": _translations(course, "title"), "discipline": course.discipline, **numbers},
        "programme": {"title": _translations(programme, "title")},
        "attended_hours": numbers["attended_hours"],
        "sessions_attended": enrollment.sessions_attended,
        "sessions_held": enrollment.sessions_held,
        "completed_on": (enrollment.completed_at or issued_at).date().isoformat(),
        "issued_on": issued_at.date().isoformat(),
        "issuing_institution": _institution(issuer),
        "partner_institutions": [_institution(partner) for partner in partners],
        "signatories": signatories,
        "verify_url": f"{site}/verify/{verification_code}/",
        "labels": {lang: _labels(lang, numbers) for lang in {"en", language}},
        "credits": _credits(course, numbers),
        "valid_until": valid_until.isoformat() if valid_until else None,
        "post_test": post_test_result(enrollment),
    }


def _add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


def _credits(course, numbers):
    """The credit in every scheme the course is recognised under, frozen with the scheme's names."""
    credits = []
    for recognition in course.credit_recognitions.select_related("scheme").order_by("sort_order", "pk"):
        scheme = recognition.scheme
        value = scheme.credits_for(
            course_hours=numbers["cpd_hours"],
            attended_hours=numbers["attended_hours"],
            credits_per_hour=recognition.credits_per_hour,
        )
        credits.append(
            {
                "code": scheme.code,
                "name": _translations(scheme, "name"),
                "unit": _translations(scheme, "unit"),
                "basis": scheme.basis,
                "credits": _hours(value) if value == value.quantize(Decimal("0.1")) else f"{value.normalize():f}",
                "reference": recognition.reference,
            }
        )
    return credits


def certificate_issuer(course):
    """The institution in whose name (and with whose key) the course's certificates are issued.

    Always the programme's issuing institution: a participant's own choice of institution never
    decides who signs. Raises ServiceError when the programme names none.
    """
    programme = course.get_parent().specific
    issuer = getattr(programme, "issuing_institution", None)
    if issuer is None:
        raise ServiceError(
            _("The programme %(programme)s names no issuing institution, so its certificates cannot be issued.")
            % {"programme": programme.title},
            "no_issuer",
        )
    return issuer


def certificate_issue(*, enrollment, issued_by=None):
    """Issue the enrolment's certificate; returns (certificate, created). One per enrolment, always."""
    existing = Certificate.objects.filter(enrollment=enrollment).first()
    if existing is not None:
        return existing, False
    if enrollment.status != Enrollment.Status.COMPLETED:
        raise ServiceError(_("Only a completed enrolment can receive a certificate."), "not_completed")
    certificate_issuer(enrollment.course)
    issued_at = timezone.now()
    try:
        with transaction.atomic():
            # Lock the enrolment: a second issuer waits here and then finds the certificate.
            Enrollment.objects.select_for_update().filter(pk=enrollment.pk).first()
            existing = Certificate.objects.filter(enrollment=enrollment).first()
            if existing is not None:
                return existing, False
            serial = _serial_allocate(issued_at.year)
            code = verification_code_generate()
            certificate = Certificate.objects.create(
                enrollment=enrollment,
                participant_id=enrollment.participant_id,
                course_id=enrollment.course_id,
                serial=serial,
                verification_code=code,
                snapshot=certificate_snapshot(enrollment, serial=serial, verification_code=code, issued_at=issued_at),
                issued_at=issued_at,
                issued_by=issued_by,
            )
            log(
                instance=certificate,
                action="faculty_training.certificate_issue",
                user=issued_by,
                data={"serial": serial},
            )
            credential_sign(certificate)
            notify_certificate(certificate, Notification.Kind.CERTIFICATE_ISSUED)
    except IntegrityError:
        return Certificate.objects.get(enrollment=enrollment), False
    return certificate, True


def certificates_issue_for_course(*, course, issued_by=None, dry_run=False):
    """Issue every missing certificate of a course's completed enrolments; returns (issued, skipped)."""
    pending = Enrollment.objects.filter(
        course=course, status=Enrollment.Status.COMPLETED, certificate__isnull=True
    ).select_related("course", "participant__participant_profile__institution")
    if dry_run:
        return list(pending), []
    issued, skipped = [], []
    for enrollment in pending:
        certificate, created = certificate_issue(enrollment=enrollment, issued_by=issued_by)
        (issued if created else skipped).append(certificate)
    return issued, skipped


def certificates_on_completion(enrollments):
    """Enrolments became complete: a certificate under review stands again; others are issued now,
    queued for the worker, or wait for an administrator's approval (CERTIFICATE_ISSUE_MODE)."""
    under_review = Certificate.objects.filter(
        enrollment__in=enrollments, review_since__isnull=False, revoked_at__isnull=True
    )
    for certificate in under_review:
        _review_end(certificate, user=None, note="", action="faculty_training.certificate_review_cleared")
    with_certificate = set(
        Certificate.objects.filter(enrollment__in=enrollments).values_list("enrollment_id", flat=True)
    )
    enrollments = [enrollment for enrollment in enrollments if enrollment.pk not in with_certificate]
    if app_settings.CERTIFICATE_ISSUE_MODE != "automatic" or not enrollments:
        return
    if len(enrollments) <= app_settings.CERTIFICATE_SYNC_LIMIT:
        for enrollment in enrollments:
            try:
                certificate_issue(enrollment=enrollment)
            except ServiceError as error:
                # The completion stands; the certificate waits on the course's certificates page.
                logger.warning("certificate for enrolment %s not issued: %s", enrollment.pk, error.message)
        return
    from ..tasks import issue_certificates_task, task_backend

    ids = [enrollment.pk for enrollment in enrollments]
    transaction.on_commit(lambda: issue_certificates_task.using(backend=task_backend()).enqueue(ids))


def certificates_on_completion_lost(enrollments):
    """Enrolments are no longer complete: their valid certificates go under review, never stay plainly valid."""
    now = timezone.now()
    certificates = Certificate.objects.filter(
        enrollment__in=enrollments, revoked_at__isnull=True, review_since__isnull=True
    ).select_related("enrollment")
    for certificate in certificates:
        enrollment = certificate.enrollment
        certificate.review_since = now
        certificate.review_note = _review_note(enrollment)
        certificate.save(update_fields=["review_since", "review_note"])
        log(
            instance=certificate,
            action="faculty_training.certificate_review",
            data={
                "serial": certificate.serial,
                "sessions_attended": enrollment.sessions_attended,
                "sessions_held": enrollment.sessions_held,
                "required_modules_done": enrollment.required_modules_done,
                "required_modules": enrollment.required_modules,
            },
        )
        notify_certificate(certificate, Notification.Kind.CERTIFICATE_UNDER_REVIEW, now.isoformat())


def _review_note(enrollment):
    """Why completion no longer holds, in the site's language, for the administrators' queue."""
    state = enrollment.completion
    with translation.override(settings.LANGUAGE_CODE):
        reasons = []
        if not state.modules_met:
            reasons.append(
                _("required modules %(done)s of %(total)s")
                % {"done": state.required_modules_done, "total": state.required_modules}
            )
        if not state.sessions_over:
            reasons.append(
                ngettext(
                    "%(count)s session still to be held", "%(count)s sessions still to be held", state.sessions_to_come
                )
                % {"count": state.sessions_to_come}
            )
        if not state.attendance_met:
            reasons.append(
                ngettext(
                    "attended %(attended)s of %(held)s session, %(minimum)s%% needed",
                    "attended %(attended)s of %(held)s sessions, %(minimum)s%% needed",
                    state.sessions_held,
                )
                % {
                    "attended": state.sessions_attended,
                    "held": state.sessions_held,
                    "minimum": state.min_attendance_percent,
                }
            )
        if not state.post_test_met:
            reasons.append(_("post-test not passed"))
        if not state.surveys_met:
            reasons.append(
                _("required surveys %(done)s of %(total)s")
                % {"done": state.required_surveys_done, "total": state.required_surveys}
            )
        if not state.observations_met:
            reasons.append(
                _("required observations %(done)s of %(total)s")
                % {"done": state.required_observations_done, "total": state.required_observations}
            )
        return "; ".join(reasons)[:255]


def _review_end(certificate, *, user, note, action):
    certificate.review_since = None
    certificate.review_note = ""
    certificate.save(update_fields=["review_since", "review_note"])
    log(instance=certificate, action=action, user=user, data={"serial": certificate.serial, "note": note})
    notify_certificate(certificate, Notification.Kind.CERTIFICATE_CONFIRMED, timezone.now().isoformat())


def certificate_confirm(*, certificate, note, confirmed_by):
    """An administrator keeps a certificate under review valid, saying why (audit-logged)."""
    if not certificate.is_under_review:
        raise ServiceError(_("This certificate is not under review."), "not_under_review")
    note = (note or "").strip()
    if not note:
        raise ServiceError(_("Say why the certificate stays valid."), "note")
    _review_end(certificate, user=confirmed_by, note=note[:255], action="faculty_training.certificate_confirm")
    return certificate


def certificate_revoke(*, certificate, reason, note="", revoked_by):
    """Revoke for ever; the record stays, the verify page shows it, the PDF is no longer served."""
    if reason not in Certificate.RevocationReason.values:
        raise ServiceError(_("Choose a reason for the revocation."), "reason")
    if certificate.is_revoked:
        raise ServiceError(_("This certificate is already revoked."), "revoked")
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = revoked_by
    certificate.revocation_reason = reason
    certificate.revocation_note = note.strip()[:255]
    certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason", "revocation_note"])
    # The save above dropped the cached verify results (signals.forget_cached_verification).
    if certificate.issuer_key_id:
        status_list_publish(certificate.issuer_key.institution)
    log(
        instance=certificate,
        action="faculty_training.certificate_revoke",
        user=revoked_by,
        data={"serial": certificate.serial, "reason": reason},
    )
    notify_certificate(certificate, Notification.Kind.CERTIFICATE_REVOKED)
    return certificate


def _logo_bytes(path):
    if not path:
        return None
    try:
        with default_storage.open(path, "rb") as handle:
            return handle.read()
    except (OSError, ValueError):
        logger.warning("certificate logo %s is missing", path)
        return None


def certificate_pdf(certificate):
    """The certificate's PDF, drawn from its snapshot."""
    from ..pdf.certificate import render_certificate

    snapshot = certificate.snapshot
    institutions = [snapshot["issuing_institution"], *snapshot["partner_institutions"]]
    logos = {item["code"]: _logo_bytes(item.get("logo")) for item in institutions if item}
    attachments = []
    if certificate.credential:
        from .credentials import credential_document

        attachments = [
            (
                "credential.jwt",
                certificate.credential.encode(),
                "application/vc+jwt",
                "Open Badges 3.0 credential (VC-JWT)",
            ),
            (
                "credential.json",
                json.dumps(credential_document(certificate), ensure_ascii=False, indent=2).encode(),
                "application/json",
                "Open Badges 3.0 credential with its compact JWS",
            ),
        ]
    return render_certificate(snapshot, logos=logos, qr_text=certificate.qr_payload or None, attachments=attachments)


def certificate_may_download(user, certificate):
    """The holder (while it is valid) and programme staff may download; everyone else sees nothing."""
    if not user.is_authenticated:
        return False
    if roles.is_programme_administrator(user):
        return True
    return certificate.participant_id == user.pk and certificate.state == Certificate.State.VALID
