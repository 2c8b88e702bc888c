"""Builders of the demo: institutions, role users and the programme index, each idempotent."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from ..conf import app_settings, language_codes
from ..models import CoursePage, Institution, ModulePage, ProgramIndexPage, ProgramPage
from ..services.roles import roles_ensure_groups
from . import content, data
from .images import demo_image_ensure, draw_cover, draw_logo

DEMO_PASSWORD = "training-demo-2025"  # noqa: S105  (dev-only demo logins, printed by load_demo)


def _set_translations(obj, field_name, values):
    for language in language_codes():
        setattr(obj, build_localized_fieldname(field_name, language), values.get(language, ""))


LOGO_COLOURS = {"PK": "#0b6b3a", "KZ": "#00a3c4"}


def demo_institutions_ensure():
    institutions = {}
    for number, row in enumerate(data.INSTITUTIONS):
        institution = Institution.objects.filter(code=row["code"]).first() or Institution(code=row["code"])
        institution.country = row["country"]
        institution.kind = row["kind"]
        institution.website = row["website"]
        _set_translations(institution, "name", row["name"])
        _set_translations(institution, "city", row["city"])
        institution.logo = demo_image_ensure(
            f"Logo {row['code']}", draw_logo(LOGO_COLOURS[row["country"]], number), f"logo-{row['code'].lower()}.png"
        )
        institution.save()
        institutions[row["code"]] = institution
    return institutions


def demo_users_ensure():
    roles_ensure_groups()
    user_model = get_user_model()
    users = {}
    for username, (first_name, last_name, group_name, _institution_code) in data.USERS.items():
        user = user_model.objects.filter(username=username).first() or user_model(username=username)
        user.first_name = first_name
        user.last_name = last_name
        user.email = f"{username}@example.org"
        user.is_staff = group_name is not None and group_name != "Institution coordinators"
        user.is_superuser = username == "admin"
        user.set_password(DEMO_PASSWORD)
        user.save()
        if group_name:
            user.groups.set([Group.objects.get(name=group_name)])
        if group_name == "Institution coordinators":
            from ..models import Institution, InstitutionCoordinator

            InstitutionCoordinator.objects.update_or_create(
                user=user, defaults={"institution": Institution.objects.get(code=data.USERS[username][3])}
            )
        users[username] = user
    return users


def _translate_page(page, texts):
    for field_name, values in texts.items():
        _set_translations(page, field_name, values)
    page.title = texts["title"]["en"]
    if "slug" in texts:
        page.slug = texts["slug"]["en"]


def demo_program_index_ensure(home_page):
    index = ProgramIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = ProgramIndexPage()
        _translate_page(index, data.PROGRAM_INDEX)
        home_page.add_child(instance=index)
    else:
        _translate_page(index, data.PROGRAM_INDEX)
    index.save_revision().publish()
    return index


def _blocks(blocks):
    """The demo's (type, value) tuples as StreamField raw data."""
    stream = []
    for block_type, value in blocks:
        if block_type == "reading":
            value = [
                {
                    "title": item["title"],
                    "author": item.get("author", ""),
                    "year": item.get("year"),
                    "url": item.get("url", ""),
                }
                for item in value
            ]
        stream.append({"type": block_type, "value": value})
    return stream


def _outcomes_html(items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _child(parent, page_class, slug_en):
    return page_class.objects.child_of(parent).filter(slug_en=slug_en).first()


def _save(parent, page, is_new):
    if is_new:
        parent.add_child(instance=page)
    else:
        page.save()
    page.save_revision().publish()
    return page


def demo_programme_ensure(index, institutions, facilitator):
    texts = content.PROGRAMME
    programme = _child(index, ProgramPage, texts["slug"]["en"])
    is_new = programme is None
    programme = programme or ProgramPage()
    _translate_page(programme, {key: texts[key] for key in ("title", "slug", "summary", "body")})
    programme.start_date = texts["start_date"]
    programme.end_date = texts["end_date"]
    programme.default_min_attendance_percent = texts["default_min_attendance_percent"]
    programme.issuing_institution = institutions[texts["partner_codes"][0]]
    programme.signatory_1_name, programme.signatory_2_name = "Prof. Sana Iqbal", "Prof. Daniyar Seitkali"
    _set_translations(programme, "signatory_1_title", data.SIGNATORY_TITLES[0])
    _set_translations(programme, "signatory_2_title", data.SIGNATORY_TITLES[1])
    programme.partner_institutions.set([institutions[code] for code in texts["partner_codes"]])
    _save(index, programme, is_new)
    courses = [
        demo_course_ensure(programme, number, course, facilitator) for number, course in enumerate(content.COURSES)
    ]
    return programme, courses


def demo_course_ensure(programme, number, texts, facilitator):
    course = _child(programme, CoursePage, texts["slug"]["en"])
    is_new = course is None
    course = course or CoursePage()
    _translate_page(course, {key: texts[key] for key in ("title", "slug", "intro", "audience")})
    _set_translations(
        course, "outcomes", {language: _outcomes_html(items) for language, items in texts["outcomes"].items()}
    )
    course.discipline = texts["discipline"]
    course.cpd_hours = texts["cpd_hours"]
    course.min_attendance_percent = texts["min_attendance_percent"]
    course.delivery_languages = texts["delivery_languages"]
    course.cover_image = demo_image_ensure(
        f"Cover {texts['key']}", draw_cover(texts["cover_colour"], number), f"cover-{texts['key']}.png"
    )
    course.lead_facilitators.set([facilitator])
    _save(programme, course, is_new)
    for module_texts in texts["modules"]:
        demo_module_ensure(course, module_texts)
    return course


def demo_module_ensure(course, texts):
    module = _child(course, ModulePage, texts["slug"]["en"])
    is_new = module is None
    module = module or ModulePage()
    _translate_page(module, {key: texts[key] for key in ("title", "slug", "intro")})
    _set_translations(module, "body", {language: _blocks(blocks) for language, blocks in texts["body"].items()})
    module.estimated_minutes = texts["estimated_minutes"]
    module.is_required = texts["is_required"]
    return _save(course, module, is_new)


def demo_participants_ensure(users, institutions, courses):
    """Profiles for the demo faculty, their enrolments and some studied modules (via the services)."""
    from ..services.enrollment import enrollment_create
    from ..services.profiles import profile_save

    courses_by_key = {course.slug_en: course for course in courses}
    keys = {texts["key"]: texts["slug"]["en"] for texts in content.COURSES}
    for username, (latin, native, discipline, language, position) in data.PROFILES.items():
        user = users[username]
        institution_code = data.USERS[username][3]
        profile_save(
            user=user,
            vouched=True,
            latin_name=latin,
            native_name=native,
            institution=institutions[institution_code],
            discipline=discipline,
            position=position,
            preferred_language=language,
        )
        for key, _studied in data.ENROLMENTS.get(username, []):
            enrollment_create(participant=user, course=courses_by_key[keys[key]])


def demo_progress_ensure(users, courses):
    """Studied modules of the demo faculty; completing a course issues its certificate."""
    from ..models import ModulePage
    from ..services.certificates import certificates_issue_for_course
    from ..services.progress import module_progress_mark

    courses_by_key = {course.slug_en: course for course in courses}
    keys = {texts["key"]: texts["slug"]["en"] for texts in content.COURSES}
    for username, plan in data.ENROLMENTS.items():
        for key, studied in plan:
            course = courses_by_key[keys[key]]
            for module in list(ModulePage.objects.child_of(course).live().order_by("path"))[:studied]:
                module_progress_mark(participant=users[username], module=module)
    for course in courses:  # certificates of enrolments completed before automatic issuing existed
        certificates_issue_for_course(course=course)


def demo_progress_of_holders_ensure(holders, course):
    """The finished course's cohort members studied every module (which completes it)."""
    from ..models import ModulePage
    from ..services.progress import module_progress_mark

    for user in holders.values():
        for module in ModulePage.objects.child_of(course).live().order_by("path"):
            module_progress_mark(participant=user, module=module)


def demo_cohort_ensure(institutions, course):
    """Thirty demo faculty enrolled in one course, so that a register has people to mark."""
    from ..services.enrollment import enrollment_create
    from ..services.profiles import profile_save

    user_model = get_user_model()
    codes = {"PK": ["PK-ISB-MU", "PK-LHE-DC"], "KZ": ["KZ-ALA-MU", "KZ-AST-MU"]}
    people = []
    for country, names in data.COHORT.items():
        for number, (latin, native) in enumerate(names, start=1):
            username = f"demo_{country.lower()}_{number:02d}"
            user = user_model.objects.filter(username=username).first() or user_model(username=username)
            user.email = f"{username.replace('_', '-')}@example.org"
            user.first_name, _, user.last_name = latin.partition(" ")
            user.set_password(DEMO_PASSWORD)
            user.save()
            profile_save(
                user=user,
                vouched=True,
                latin_name=latin,
                native_name=native,
                institution=institutions[codes[country][number % 2]],
                discipline="dentistry" if number % 3 == 0 else "medicine",
                preferred_language="ur" if country == "PK" else ("kk" if number % 2 else "ru"),
            )
            enrollment_create(participant=user, course=course)
            people.append(user)
    return people


def demo_sessions_ensure(courses, facilitator, attendees):
    """Three sessions per course: one held two weeks ago (with attendance), one on now, one ahead."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    from ..models import AttendanceRecord, TrainingSession
    from ..services.attendance import attendance_write

    today = timezone.now()
    for number, course in enumerate(courses):
        is_finished = course.slug_en == _finished_slug()
        for days, hour, hours, mode, zone, titles, venues in data.SESSIONS:
            if hour is None and number > 0:
                continue  # only the first course has a session on right now
            if is_finished:
                days += data.FINISHED_COURSE_SHIFT_DAYS  # all of its sessions are over
            if hour is None:  # the session that is on right now, so check-in can be tried
                starts_at = (today - timedelta(minutes=20)).replace(second=0, microsecond=0)
            else:
                local_day = (today + timedelta(days=days)).astimezone(ZoneInfo(zone)).date()
                starts_at = datetime(local_day.year, local_day.month, local_day.day, hour, tzinfo=ZoneInfo(zone))
            session = TrainingSession.objects.filter(course=course, title_en=titles["en"]).first() or TrainingSession(
                course=course
            )
            _set_translations(session, "title", titles)
            _set_translations(session, "venue", venues)
            session.starts_at, session.ends_at = starts_at, starts_at + timedelta(hours=hours)
            session.time_zone, session.mode = zone, mode
            session.online_link = "https://meet.example.org/faculty-training" if mode != "in_person" else ""
            session.notify_participants = False  # moving demo sessions to today is not news
            session.save()
            session.facilitators.set([facilitator])
            if days < 0:
                # Marks already made stay as they are (a corrected record is not reset on reload).
                marked = set(AttendanceRecord.objects.filter(session=session).values_list("participant_id", flat=True))
                entries = {
                    person.pk: (
                        AttendanceRecord.Status.ABSENT
                        if number % 7 == 3 and not is_finished
                        else AttendanceRecord.Status.PRESENT,
                        "",
                    )
                    for number, person in enumerate(attendees.get(course.pk, []))
                    if person.pk not in marked
                }
                attendance_write(
                    session=session, entries=entries, marked_by=facilitator, method=AttendanceRecord.Method.REGISTER
                )


@transaction.atomic
def demo_credentials_ensure(programme, courses):
    """CPD schemes recognising every demo course, and a signing key for the issuing institution."""
    from ..models import CourseCredit, CreditScheme
    from ..services.credentials import credentials_sign_missing, issuer_key_create, signing_key

    for scheme_data in data.CREDIT_SCHEMES:
        scheme, _created = CreditScheme.objects.update_or_create(
            code=scheme_data["code"],
            defaults={key: scheme_data[key] for key in ("country", "basis", "credits_per_hour", "step")},
        )
        _set_translations(scheme, "name", scheme_data["name"])
        _set_translations(scheme, "unit", scheme_data["unit"])
        scheme.save()
        for course in courses:
            CourseCredit.objects.update_or_create(
                course=course, scheme=scheme, defaults={"reference": scheme_data["reference"]}
            )
    issuer = programme.issuing_institution
    if app_settings.ISSUER_KEY_DIR and issuer is not None and signing_key(issuer)[0] is None:
        issuer_key_create(issuer)
    credentials_sign_missing()


def _finished_slug():
    return next(texts["slug"]["en"] for texts in content.COURSES if texts["key"] == data.FINISHED_COURSE)


def demo_enrolments_backdate(users):
    """Demo faculty enrolled weeks ago, before the sessions they attended (an input of completion)."""
    from datetime import timedelta

    from django.utils import timezone

    from ..models import Enrollment

    Enrollment.objects.filter(participant__in=users).update(
        enrolled_at=timezone.now() - timedelta(days=data.ENROLLED_DAYS_AGO)
    )


def demo_finished_course_ensure(course, cohort):
    """Cohort members of the finished course: enrolled, studied; returns them by username."""
    from ..services.enrollment import enrollment_create

    holders = {user.username: user for user in cohort if user.username in data.FINISHED_COURSE_HOLDERS}
    for user in holders.values():
        enrollment_create(participant=user, course=course)
    return holders


def demo_certificate_states_ensure(course, holders, administrator, facilitator):
    """One certificate of the finished course revoked, one under review; safe to rerun."""
    from ..models import AttendanceRecord, Certificate, TrainingSession
    from ..services.attendance import attendance_mark
    from ..services.certificates import certificate_revoke

    last_session = TrainingSession.objects.filter(course=course).order_by("-starts_at").first()
    for username, state in data.FINISHED_COURSE_HOLDERS.items():
        certificate = Certificate.objects.filter(participant=holders[username], course=course).first()
        if certificate is None:
            continue
        if state == "revoked" and not certificate.is_revoked:
            certificate_revoke(
                certificate=certificate,
                reason=Certificate.RevocationReason.ISSUED_IN_ERROR,
                note="Demo: issued to the wrong person.",
                revoked_by=administrator,
            )
        elif state == "under_review" and not certificate.is_under_review:
            attendance_mark(
                session=last_session,
                participant=holders[username],
                status=AttendanceRecord.Status.ABSENT,
                method=AttendanceRecord.Method.REGISTER,
                marked_by=facilitator,
                remark="Demo: signed in for a colleague.",
            )


def demo_content_load(home_page):
    """Fill the plugin's demo content below the host's home page; returns the demo users."""
    with translation.override(settings.LANGUAGE_CODE):
        institutions = demo_institutions_ensure()
        users = demo_users_ensure()
        index = demo_program_index_ensure(home_page)
        _programme, courses = demo_programme_ensure(index, institutions, users["facilitator"])
        demo_participants_ensure(users, institutions, courses)
        cohort = demo_cohort_ensure(institutions, courses[0])
        finished = next(course for course in courses if course.slug_en == _finished_slug())
        holders = demo_finished_course_ensure(finished, cohort)
        demo_enrolments_backdate([*users.values(), *cohort])
        attendees = {
            courses[0].pk: [users["faculty_pk"], *cohort],
            finished.pk: [users["faculty_kz"], users["faculty_pk"], *holders.values()],
        }
        demo_sessions_ensure(courses, users["facilitator"], attendees)
        demo_credentials_ensure(_programme, courses)
        demo_progress_ensure(users, courses)
        demo_progress_of_holders_ensure(holders, finished)
        demo_certificate_states_ensure(finished, holders, users["admin"], users["facilitator"])
        from .assessments import demo_assessments_ensure

        demo_assessments_ensure(_programme, courses[0], finished)
        from .evaluation import demo_evaluation_ensure

        demo_evaluation_ensure(courses[0], cohort)
    return users


def demo_home_texts():
    return data.HOME
