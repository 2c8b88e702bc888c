"""The programme at its real size, for benchmarks: ``generate_scale_data`` (reproducible, seeded).

At ``scale=1``: 195 institutions (187 in Pakistan, 8 in Kazakhstan), 30,000 faculty, 10 programmes
of 20 courses (two modules each, one required), 2,000 sessions, 150,000 enrolments, about a
million attendance rows, and a certificate for every completed enrolment. The same seed gives the
same people, names, cohorts, attendance and verification codes; dates are relative to the day it
runs (three quarters of the courses are over, the rest have sessions to come).

Speed: pages go through Wagtail's tree (``add_child``), everything else through ``bulk_create`` in
chunks of ``CHUNK`` rows, written with the facts completion would store (sessions held and
attended, modules, status), so no signal or per-row service runs. Memory stays bounded: attendance
is built and written one course at a time.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page, Site

from ..conf import app_settings, language_codes
from ..models import (
    AttendanceRecord,
    Certificate,
    CoursePage,
    Discipline,
    Enrollment,
    Institution,
    ModulePage,
    ModuleProgress,
    ParticipantProfile,
    ProgramIndexPage,
    ProgramPage,
    SerialCounter,
    TrainingSession,
)
from ..models.people import Membership, MembershipMethod
from ..services.certificates import CODE_ALPHABET, CODE_LENGTH

USERNAME_PREFIX = "scale-"
PASSWORD = "scale-data-2026"  # noqa: S105 (benchmark logins on a throwaway database)
CHUNK = 5000
SESSIONS_PER_COURSE = 10
COURSES_PER_PROGRAMME = 20
MIN_ATTENDANCE = 75
# Per-person diligence: the chance of attending a held session, and how many people have it.
DILIGENCE = ((0.95, 0.5), (0.75, 0.3), (0.40, 0.2))

PK_CITIES = ("Lahore", "Karachi", "Islamabad", "Peshawar", "Quetta", "Multan", "Faisalabad", "Rawalpindi")
KZ_CITIES = ("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Semey", "Pavlodar", "Oral")
PK_FIRST = (
    ("Ayesha", "عائشہ"),
    ("Fatima", "فاطمہ"),
    ("Zainab", "زینب"),
    ("Sana", "ثنا"),
    ("Hira", "حرا"),
    ("Sadia", "سعدیہ"),
    ("Ali", "علی"),
    ("Ahmed", "احمد"),
    ("Usman", "عثمان"),
    ("Bilal", "بلال"),
    ("Hamza", "حمزہ"),
    ("Imran", "عمران"),
)
PK_LAST = (
    ("Khan", "خان"),
    ("Malik", "ملک"),
    ("Qureshi", "قریشی"),
    ("Siddiqui", "صدیقی"),
    ("Chaudhry", "چودھری"),
    ("Butt", "بٹ"),
    ("Sheikh", "شیخ"),
    ("Raza", "رضا"),
    ("Iqbal", "اقبال"),
    ("Hussain", "حسین"),
)
KZ_FIRST = (
    ("Aliya", "Әлия"),
    ("Aigerim", "Айгерім"),
    ("Dana", "Дана"),
    ("Gulnar", "Гүлнар"),
    ("Zhanna", "Жанна"),
    ("Daniyar", "Данияр"),
    ("Nurlan", "Нұрлан"),
    ("Yerlan", "Ерлан"),
    ("Askar", "Асқар"),
    ("Bauyrzhan", "Бауыржан"),
)
KZ_LAST = (
    ("Zhaksybekov", "Жақсыбеков"),
    ("Seitkali", "Сейтқали"),
    ("Nurpeisov", "Нұрпейісов"),
    ("Abenov", "Әбенов"),
    ("Ospanov", "Оспанов"),
    ("Kassymov", "Қасымов"),
    ("Tokayev", "Тоқаев"),
    ("Iskakov", "Ысқақов"),
)


def _scaled(number, scale, minimum=1):
    return max(minimum, round(number * scale))


def _chunks(items, size=CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _bulk(model, objects):
    for chunk in _chunks(objects):
        model.objects.bulk_create(chunk, batch_size=CHUNK)


class ScaleData:
    """One run of the generator; ``report`` collects what was made and how long each part took."""

    def __init__(self, *, scale=1.0, seed=2026, log=None):
        self.scale, self.seed = scale, seed
        self.rng = random.Random(seed)
        self.log = log or (lambda message: None)
        self.report = {}
        self.now = timezone.now().replace(second=0, microsecond=0)

    # -- people ----------------------------------------------------------------------------
    def institutions(self):
        rows = []
        pk_count, kz_count = _scaled(187, self.scale), _scaled(8, self.scale)
        for number in range(1, pk_count + 1):
            kind = Institution.Kind.DENTAL_COLLEGE if number % 5 == 0 else Institution.Kind.MEDICAL_UNIVERSITY
            city = PK_CITIES[number % len(PK_CITIES)]
            rows.append(("PK", f"PK-SC-{number:03d}", f"Scale Medical College {number:03d}", city, kind))
        for number in range(1, kz_count + 1):
            city = KZ_CITIES[number % len(KZ_CITIES)]
            rows.append(
                (
                    "KZ",
                    f"KZ-SC-{number:03d}",
                    f"Scale Medical University {number}",
                    city,
                    Institution.Kind.MEDICAL_UNIVERSITY,
                )
            )
        objects = []
        for country, code, name, city, kind in rows:
            institution = Institution(
                code=code, country=country, kind=kind, email_domains=f"{code.lower()}.example.org"
            )
            for language in language_codes():
                setattr(institution, f"name_{language}", name if language == "en" else "")
                setattr(institution, f"city_{language}", city if language == "en" else "")
            objects.append(institution)
        _bulk(Institution, objects)
        self.pk_institutions = list(Institution.objects.filter(code__startswith="PK-SC-").order_by("code"))
        self.kz_institutions = list(Institution.objects.filter(code__startswith="KZ-SC-").order_by("code"))
        return len(objects)

    def faculty(self):
        """Users and confirmed profiles: 22/30 in Pakistan, 8/30 in Kazakhstan."""
        total = _scaled(30000, self.scale, minimum=2)
        kz_total = max(1, round(total * 8 / 30))
        password = make_password(PASSWORD)  # one hash for all: hashing 30,000 times would take minutes
        users, countries = [], []
        for number in range(1, total + 1):
            country = "KZ" if number % 30 < 8 and kz_total else "PK"
            username = f"{USERNAME_PREFIX}{number:05d}"
            users.append(
                get_user_model()(username=username, email=f"{username}@example.org", password=password, is_active=True)
            )
            countries.append(country)
        _bulk(get_user_model(), users)
        user_ids = list(
            get_user_model()
            .objects.filter(username__startswith=USERNAME_PREFIX)
            .order_by("username")
            .values_list("pk", flat=True)
        )
        disciplines = [choice for choice, _label in Discipline.choices]
        profiles = []
        for user_id, country in zip(user_ids, countries, strict=True):
            first, last = (PK_FIRST, PK_LAST) if country == "PK" else (KZ_FIRST, KZ_LAST)
            (first_latin, first_native), (last_latin, last_native) = self.rng.choice(first), self.rng.choice(last)
            institution = self.rng.choice(self.pk_institutions if country == "PK" else self.kz_institutions)
            discipline = (
                Discipline.DENTISTRY
                if institution.kind == Institution.Kind.DENTAL_COLLEGE
                else self.rng.choice(disciplines)
            )
            language = self.rng.choice(("ur", "en") if country == "PK" else ("kk", "ru", "en"))
            profiles.append(
                ParticipantProfile(
                    user_id=user_id,
                    latin_name=f"{first_latin} {last_latin}",
                    native_name=f"{first_native} {last_native}",
                    institution=institution,
                    discipline=discipline,
                    preferred_language=language,
                    membership=Membership.VERIFIED,
                    membership_method=MembershipMethod.EMAIL_DOMAIN,
                    membership_decided_at=self.now - timedelta(days=300),
                )
            )
        _bulk(ParticipantProfile, profiles)
        self.user_ids = user_ids
        self.profiles = {profile.user_id: profile for profile in profiles}
        return total

    # -- content ---------------------------------------------------------------------------
    def _parent(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        return site.root_page if site else Page.get_first_root_node()

    def pages(self):
        """10 programmes × 20 courses × 2 modules (the first required), through Wagtail's tree."""
        index = ProgramIndexPage(title="Programmes at scale", slug="scale-programmes")
        self._parent().add_child(instance=index)
        course_count = _scaled(200, self.scale)
        programmes, courses, modules = [], [], 0
        issuers = self.pk_institutions + self.kz_institutions
        for number in range((course_count + COURSES_PER_PROGRAMME - 1) // COURSES_PER_PROGRAMME):
            programme = ProgramPage(
                title=f"Scale programme {number + 1}",
                slug=f"scale-programme-{number + 1}",
                issuing_institution=issuers[number % len(issuers)],
                default_min_attendance_percent=MIN_ATTENDANCE,
                signatory_1_name="Prof. Sana Iqbal",
            )
            index.add_child(instance=programme)
            programmes.append(programme)
        for number in range(course_count):
            course = CoursePage(
                title=f"Scale course {number + 1}",
                slug=f"scale-course-{number + 1}",
                discipline=Discipline.MEDICAL_EDUCATION,
                cpd_hours=Decimal(12 + number % 4 * 4),
                min_attendance_percent=MIN_ATTENDANCE,
                delivery_languages=["en", "ur"] if number % 3 else ["en", "kk", "ru"],
            )
            programmes[number // COURSES_PER_PROGRAMME].add_child(instance=course)
            for module_number in (1, 2):
                module = ModulePage(
                    title=f"Module {module_number} of course {number + 1}",
                    slug=f"module-{module_number}",
                    is_required=module_number == 1,
                    estimated_minutes=30,
                )
                course.add_child(instance=module)
                modules += 1
            courses.append(course)
        self.courses = courses
        self.required_module = {
            module.get_parent().pk: module.pk
            for module in ModulePage.objects.filter(is_required=True, path__startswith=index.path)
        }
        return len(programmes), len(courses), modules

    def sessions(self):
        """Ten sessions a course; three quarters of the courses are over, the rest have four to come."""
        objects = []
        for number, course in enumerate(self.courses):
            finished = number < len(self.courses) * 3 // 4
            # Half a day off the hour: no session starts exactly now, whatever the time of the run.
            first = (
                self.now - timedelta(days=7 * SESSIONS_PER_COURSE + 14 + number % 200)
                if finished
                else self.now - timedelta(days=41.5)
            )
            for session_number in range(SESSIONS_PER_COURSE):
                starts = first + timedelta(days=7 * session_number)
                objects.append(
                    TrainingSession(
                        course=course,
                        title=f"Session {session_number + 1}",
                        starts_at=starts,
                        ends_at=starts + timedelta(hours=2),
                        time_zone="Asia/Karachi",
                        venue="Lecture hall 1",
                        capacity=None,
                        held_noted_at=starts if starts < self.now else None,
                    )
                )
        _bulk(TrainingSession, objects)
        self.sessions_by_course = {}
        for session in TrainingSession.objects.filter(course__in=self.courses).order_by("starts_at", "pk"):
            self.sessions_by_course.setdefault(session.course_id, []).append(session)
        return len(objects)

    # -- records ---------------------------------------------------------------------------
    def cohorts(self):
        """Cohort sizes summing to 150,000 × scale; the first course has exactly 300 (the register benchmark)."""
        total = min(_scaled(150000, self.scale), len(self.user_ids) * len(self.courses))
        weights = [self.rng.uniform(0.3, 1.7) for _course in self.courses]
        first = min(300, len(self.user_ids), total)
        rest = total - first
        scale = rest / sum(weights[1:]) if len(weights) > 1 else 0
        sizes = [first] + [min(len(self.user_ids), round(weight * scale)) for weight in weights[1:]]
        return sizes

    def records(self, sizes):
        """Enrolments, attendance, module progress and certificates, one course at a time."""
        counts = {"enrolments": 0, "attendance": 0, "progress": 0, "certificates": 0}
        diligence_values = [value for value, _share in DILIGENCE]
        diligence_weights = [share for _value, share in DILIGENCE]
        serial_year = self.now.year
        serial_number = (
            SerialCounter.objects.filter(year=serial_year).values_list("last_number", flat=True).first() or 0
        )
        for course, size in zip(self.courses, sizes, strict=True):
            sessions = self.sessions_by_course[course.pk]
            held = [session for session in sessions if session.starts_at < self.now]
            to_come = len(sessions) - len(held)
            enrolled_at = sessions[0].starts_at - timedelta(days=14)
            participants = self.rng.sample(self.user_ids, size)
            enrolments, attendance, progress, plans = [], [], [], []
            for participant_id in participants:
                diligence = self.rng.choices(diligence_values, diligence_weights)[0]
                attended = [session for session in held if self.rng.random() < diligence]
                module_done = self.rng.random() < 0.85
                complete = (
                    to_come == 0 and bool(held) and module_done and 100 * len(attended) >= MIN_ATTENDANCE * len(held)
                )
                for session in attended:
                    late = self.rng.random() < 0.1
                    attendance.append(
                        AttendanceRecord(
                            session=session,
                            participant_id=participant_id,
                            status=AttendanceRecord.Status.LATE if late else AttendanceRecord.Status.PRESENT,
                            method=AttendanceRecord.Method.CHECK_IN
                            if self.rng.random() < 0.6
                            else AttendanceRecord.Method.REGISTER,
                            marked_at=session.starts_at + timedelta(minutes=20 if late else 2),
                        )
                    )
                if module_done:
                    progress.append(
                        ModuleProgress(
                            participant_id=participant_id,
                            module_id=self.required_module[course.pk],
                            course=course,
                            completed_at=enrolled_at + timedelta(days=3),
                        )
                    )
                completed_at = held[-1].ends_at if complete else None
                enrolments.append(
                    Enrollment(
                        participant_id=participant_id,
                        course=course,
                        status=Enrollment.Status.COMPLETED if complete else Enrollment.Status.ACTIVE,
                        enrolled_at=enrolled_at,
                        completed_at=completed_at,
                        sessions_held=len(held),
                        sessions_attended=len(attended),
                        sessions_to_come=to_come,
                        required_modules=1,
                        required_modules_done=int(module_done),
                        min_attendance_percent=MIN_ATTENDANCE,
                        completion_checked_at=self.now,
                    )
                )
                plans.append((participant_id, complete, len(attended), held))
            _bulk(Enrollment, enrolments)
            _bulk(AttendanceRecord, attendance)
            _bulk(ModuleProgress, progress)
            counts["enrolments"] += len(enrolments)
            counts["attendance"] += len(attendance)
            counts["progress"] += len(progress)
            # Certificates of the completed, with the snapshot certificate_snapshot would freeze.
            enrollment_ids = dict(
                Enrollment.objects.filter(course=course, participant_id__in=participants).values_list(
                    "participant_id", "pk"
                )
            )
            template = self._snapshot_template(course, held)
            certificates = []
            for participant_id, complete, attended_count, _held in plans:
                if not complete:
                    continue
                serial_number += 1
                serial = f"{app_settings.CERTIFICATE_SERIAL_PREFIX}-{serial_year}-{serial_number:06d}"
                code = "".join(self.rng.choice(CODE_ALPHABET) for _position in range(CODE_LENGTH))
                code = "-".join(code[index : index + 4] for index in range(0, CODE_LENGTH, 4))
                issued_at = held[-1].ends_at + timedelta(days=1)
                certificates.append(
                    Certificate(
                        enrollment_id=enrollment_ids[participant_id],
                        participant_id=participant_id,
                        course=course,
                        serial=serial,
                        verification_code=code,
                        snapshot=self._snapshot(template, participant_id, serial, code, issued_at, attended_count),
                        issued_at=issued_at,
                    )
                )
            _bulk(Certificate, certificates)
            counts["certificates"] += len(certificates)
            self.log(f"  {course.title}: {len(enrolments)} enrolments, {len(attendance)} attendance rows")
        if serial_number:
            SerialCounter.objects.update_or_create(year=serial_year, defaults={"last_number": serial_number})
        return counts

    def _snapshot_template(self, course, held):
        from ..services.certificates import _credits, _hours, _institution, _translations

        numbers = {"cpd_hours": _hours(course.cpd_hours), "attended_hours": _hours(Decimal(2 * len(held)))}
        programme = course.get_parent().specific
        site = app_settings.SITE_URL.rstrip("/")
        return {
            "course": {"title": _translations(course, "title"), "discipline": course.discipline, **numbers},
            "programme": {"title": _translations(programme, "title")},
            "issuing_institution": _institution(programme.issuing_institution),
            "signatories": [
                {"name": programme.signatory_1_name, "title": _translations(programme, "signatory_1_title")}
            ],
            "labels": {},  # by (language, hours attended), made when first needed
            "cpd_hours": numbers["cpd_hours"],
            "sessions_held": len(held),
            "credits": _credits(course, numbers),
            "site": site,
            "institutions": {},
        }

    def _snapshot(self, template, participant_id, serial, code, issued_at, attended_count):
        from ..services.certificates import _hours, _institution, _labels

        profile = self.profiles[participant_id]
        institution = template["institutions"].get(profile.institution_id)
        if institution is None:
            institution = template["institutions"][profile.institution_id] = _institution(profile.institution)
        language = profile.preferred_language
        attended = _hours(Decimal(2 * attended_count))  # sessions of two hours each
        numbers = {"cpd_hours": template["cpd_hours"], "attended_hours": attended}
        labels = {}
        for lang in {"en", language}:
            key = (lang, attended)
            if key not in template["labels"]:
                template["labels"][key] = _labels(lang, numbers)
            labels[lang] = template["labels"][key]
        return {
            "version": 1,
            "serial": serial,
            "verification_code": code,
            "holder": {
                "latin_name": profile.latin_name,
                "native_name": profile.native_name,
                "language": language,
                "institution": institution,
            },
            "course": {**template["course"], "attended_hours": attended},
            "programme": template["programme"],
            "attended_hours": attended,
            "sessions_attended": attended_count,
            "sessions_held": template["sessions_held"],
            "completed_on": (issued_at - timedelta(days=1)).date().isoformat(),
            "issued_on": issued_at.date().isoformat(),
            "issuing_institution": template["issuing_institution"],
            "partner_institutions": [],
            "signatories": template["signatories"],
            "verify_url": f"{template['site']}/verify/{code}/",
            "labels": labels,
            "credits": template["credits"],
            "valid_until": None,
        }

    # -- the whole run ---------------------------------------------------------------------
    def run(self):
        steps = (
            ("institutions", self.institutions),
            ("faculty", self.faculty),
            ("pages", self.pages),
            ("sessions", self.sessions),
        )
        started = timezone.now()
        with transaction.atomic():
            for name, step in steps:
                began = timezone.now()
                self.report[name] = step()
                self.log(f"{name}: {self.report[name]} ({(timezone.now() - began).total_seconds():.1f} s)")
            began = timezone.now()
            self.report.update(self.records(self.cohorts()))
            self.log(f"records: ({(timezone.now() - began).total_seconds():.1f} s)")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh statistics, or the first benchmarks plan for empty tables
        self.report["seconds"] = round((timezone.now() - started).total_seconds(), 1)
        return self.report


def scale_data_exists():
    return get_user_model().objects.filter(username__startswith=USERNAME_PREFIX).exists()
