"""Small builders for tests: each makes one thing with sensible defaults, overridable by keyword."""

import codecs
import csv
import io
import itertools
import zipfile
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.cache import cache
from wagtail.models import Page, Site

from cms.home.models import HomePage
from faculty_training.models import Institution, ProgramIndexPage

LANGUAGES = ("en", "ur", "kk", "ru")
_sequence = itertools.count(1)


def translations(field_name, values):
    """{"en": "A", "ur": "B"} -> {"title_en": "A", "title_ur": "B"}."""
    return {f"{field_name}_{language}": value for language, value in values.items()}


def build_home_page(**fields):
    root = Page.get_first_root_node()
    defaults = {
        **translations(
            "title", {"en": "Joint training", "ur": "مشترکہ تربیت", "kk": "Бірлескен оқу", "ru": "Совместное обучение"}
        ),
        **translations("intro", {"en": "Welcome", "ur": "خوش آمدید", "kk": "Қош келдіңіз", "ru": "Добро пожаловать"}),
        "slug_en": f"home-{next(_sequence)}",
    }
    defaults.update(fields)
    home = HomePage(**defaults)
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    cache.clear()  # Wagtail caches site root paths per language
    return home


def build_program_index(parent, **fields):
    number = next(_sequence)
    defaults = {
        **translations("title", {"en": "Programmes", "ur": "پروگرام", "kk": "Бағдарламалар", "ru": "Программы"}),
        **translations(
            "slug",
            {
                "en": f"programmes-{number}",
                "ur": f"پروگرام-{number}",
                "kk": f"бағдарламалар-{number}",
                "ru": f"программы-{number}",
            },
        ),
        **translations("intro", {"en": "<p>All programmes</p>", "ur": "<p>تمام پروگرام</p>"}),
    }
    defaults.update(fields)
    page = ProgramIndexPage(**defaults)
    parent.add_child(instance=page)
    return page


def build_institution(**fields):
    number = next(_sequence)
    defaults = {
        "code": f"PK-TST-{number}",
        "country": "PK",
        "city_en": "Islamabad",
        "name_en": f"Test Medical University {number}",
    }
    defaults.update(fields)
    return Institution.objects.create(**defaults)


def build_user(username=None, password="pass-12345-word", **fields):
    username = username or f"user{next(_sequence)}"
    user = get_user_model().objects.create_user(
        username=username, password=password, email=f"{username}@example.org", **fields
    )
    return user


def _four(prefix, number):
    return {
        "en": f"{prefix} {number}",
        "ur": f"اردو {prefix} {number}",
        "kk": f"қазақша {prefix} {number}",
        "ru": f"по-русски {prefix} {number}",
    }


def _slugs(prefix, number):
    return {
        "en": f"{prefix}-{number}",
        "ur": f"اردو-{prefix}-{number}",
        "kk": f"қаз-{prefix}-{number}",
        "ru": f"рус-{prefix}-{number}",
    }


def build_programme(parent, **fields):
    from faculty_training.models import ProgramPage

    number = next(_sequence)
    defaults = {
        **translations("title", _four("Programme", number)),
        **translations("slug", _slugs("programme", number)),
    }
    if "issuing_institution" not in fields:
        defaults["issuing_institution"] = build_institution(code=f"PK-ISS-{number}", name_en=f"Issuer {number}")
    defaults.update(fields)
    page = ProgramPage(**defaults)
    parent.add_child(instance=page)
    return page


def build_course(parent, **fields):
    from faculty_training.models import CoursePage

    number = next(_sequence)
    defaults = {
        **translations("title", _four("Course", number)),
        **translations("slug", _slugs("course", number)),
        **translations("intro", _four("Course intro", number)),
        "cpd_hours": "12.5",
        "min_attendance_percent": 75,
        # Self-paced unless a test is about sessions: a course with live sessions is not complete
        # before they are held (services/completion.py).
        "has_live_sessions": False,
    }
    defaults.update(fields)
    page = CoursePage(**defaults)
    parent.add_child(instance=page)
    return page


def build_module(parent, **fields):
    from faculty_training.models import ModulePage

    number = next(_sequence)
    defaults = {
        **translations("title", _four("Module", number)),
        **translations("slug", _slugs("module", number)),
        "estimated_minutes": 30,
        **translations(
            "body",
            {
                "en": [{"type": "paragraph", "value": f"<p>English body {number}</p>"}],
                "ur": [{"type": "paragraph", "value": f"<p>اردو متن {number}</p>"}],
                "kk": [{"type": "paragraph", "value": f"<p>Қазақша мәтін {number}</p>"}],
                "ru": [{"type": "paragraph", "value": f"<p>Русский текст {number}</p>"}],
            },
        ),
    }
    defaults.update(fields)
    page = ModulePage(**defaults)
    parent.add_child(instance=page)
    return page


def build_content_tree(modules=1, **course_fields):
    """home -> programme index -> programme -> course -> ``modules`` modules."""
    home = build_home_page()
    index = build_program_index(home)
    programme = build_programme(index)
    course = build_course(programme, **course_fields)
    module_pages = [build_module(course) for _ in range(modules)]
    return {"home": home, "index": index, "programme": programme, "course": course, "modules": module_pages}


def build_participant(username=None, institution=None, **profile_fields):
    """A user with a participant profile."""
    from faculty_training.models import ParticipantProfile

    user = build_user(username=username)
    defaults = {
        "latin_name": "Ayesha Khan",
        "native_name": "عائشہ خان",
        "institution": institution or build_institution(),
        "discipline": "medicine",
        "preferred_language": "en",
        "membership": "verified",  # confirmed by the institution; tests of confirmation pass "pending"
    }
    defaults.update(profile_fields)
    ParticipantProfile.objects.create(user=user, **defaults)
    return user


def build_enrollment(participant=None, course=None, **fields):
    from faculty_training.models import Enrollment

    return Enrollment.objects.create(participant=participant or build_participant(), course=course, **fields)


def build_session(course, starts_in_minutes=-10, hours=2, **fields):
    """A session of ``course`` starting ``starts_in_minutes`` from now (negative: already begun)."""
    from datetime import timedelta

    from django.utils import timezone

    from faculty_training.models import TrainingSession

    number = next(_sequence)
    starts_at = timezone.now() + timedelta(minutes=starts_in_minutes)
    defaults = {
        "title_en": f"Session {number}",
        "title_ur": f"سیشن {number}",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=hours),
        "time_zone": "Asia/Karachi",
    }
    defaults.update(fields)
    return TrainingSession.objects.create(course=course, **defaults)


def build_group_member(group_name, **fields):
    from django.contrib.auth.models import Group

    user = build_user(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def build_cohort(course, size):
    """``size`` enrolled participants made with bulk inserts (for tests about scale)."""
    from faculty_training.models import Enrollment, ParticipantProfile

    institution = build_institution()
    user_model = get_user_model()
    start = next(_sequence) * 100_000
    users = user_model.objects.bulk_create(
        [
            user_model(username=f"cohort{start + number}", email=f"cohort{start + number}@example.org")
            for number in range(size)
        ]
    )
    if not users or users[0].pk is None:  # SQLite before 3.35 returns no ids
        users = list(user_model.objects.filter(username__startswith=f"cohort{start}"[:-5]).order_by("pk"))[-size:]
    ParticipantProfile.objects.bulk_create(
        [
            ParticipantProfile(
                user=user,
                latin_name=f"Person {user.pk}",
                institution=institution,
                discipline="medicine",
                membership="verified",
            )
            for user in users
        ]
    )
    Enrollment.objects.bulk_create([Enrollment(participant=user, course=course) for user in users])
    return users


def build_completed_enrollment(participant=None, **profile_fields):
    """A participant who completed a one-module self-paced course (which issues a certificate automatically)."""
    from faculty_training.models import Enrollment
    from faculty_training.services.enrollment import enrollment_create
    from faculty_training.services.progress import module_progress_mark

    tree = build_content_tree(modules=1)
    participant = participant or build_participant(**profile_fields)
    enrollment, _created = enrollment_create(participant=participant, course=tree["course"])
    module_progress_mark(participant=participant, module=tree["modules"][0])
    return Enrollment.objects.select_related("course").get(pk=enrollment.pk), tree


# Files as spreadsheet programs save them, byte for byte, for the importers' tests.


@dataclass(frozen=True)
class SavedAs:
    """How one program's "Save As" writes a table as text: encoding, byte-order mark, separator, line ends."""

    label: str
    encoding: str
    delimiter: str
    newline: str
    bom: bytes = b""


EXCEL_CSV_UTF8 = SavedAs("Excel, CSV UTF-8", "utf-8", ",", "\r\n", codecs.BOM_UTF8)
# Excel's CSV separator is Windows' list separator, a semicolon on Russian and Kazakh Windows.
EXCEL_CSV_UTF8_SEMICOLON = SavedAs(
    "Excel, CSV UTF-8 (Russian or Kazakh Windows)", "utf-8", ";", "\r\n", codecs.BOM_UTF8
)
# "CSV (Comma delimited)" is in the system code page: Windows-1251 on Russian and Kazakh Windows.
EXCEL_CSV_WINDOWS_1251 = SavedAs("Excel, CSV (Comma delimited) (Russian or Kazakh Windows)", "cp1251", ";", "\r\n")
EXCEL_UNICODE_TEXT = SavedAs("Excel, Unicode Text", "utf-16-le", "\t", "\r\n", codecs.BOM_UTF16_LE)
LIBREOFFICE_UTF8 = SavedAs("LibreOffice, Unicode (UTF-8), semicolon", "utf-8", ";", "\n")
LIBREOFFICE_UTF8_TAB = SavedAs("LibreOffice, Unicode (UTF-8), tab", "utf-8", "\t", "\n")
LIBREOFFICE_KZ1048 = SavedAs("LibreOffice, KZ-1048, comma", "kz1048", ",", "\n")


def build_saved_csv(rows, saved_as, *, trailing_lines=("", "")):
    """``rows`` written as ``saved_as`` writes them, ending with ``trailing_lines`` (blank ones by default).

    A letter the encoding lacks becomes "?", as Excel writes it in a Windows code page.
    """
    text = io.StringIO()
    writer = csv.writer(text, delimiter=saved_as.delimiter, lineterminator=saved_as.newline)
    writer.writerows(rows)
    text.write("".join(line + saved_as.newline for line in trailing_lines))
    return saved_as.bom + text.getvalue().encode(saved_as.encoding, errors="replace")


def build_xlsx(rows, *, replace_parts=None):
    """An XLSX file of ``rows`` as openpyxl writes it, with some parts replaced (crafted files) if given."""
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    if not replace_parts:
        return buffer.getvalue()
    source = zipfile.ZipFile(buffer)
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            archive.writestr(name, replace_parts.get(name, source.read(name)))
        for name, content in replace_parts.items():
            if name not in source.namelist():
                archive.writestr(name, content)
    return result.getvalue()


# -- certificate snapshots for the PDF tests (the dict certificate_snapshot() stores) ----------------

CERTIFICATE_LABELS = {
    "en": {
        "title": "Certificate of Completion",
        "certify": "This is to certify that",
        "completed": "has completed the course",
        "hours": "12 CPD hours · 10 hours attended",
        "serial": "Serial",
        "code": "Verification code",
        "date": "Completed on",
        "valid_until": "Valid until",
    },
    "ur": {
        "title": "تکمیل کا سرٹیفکیٹ",
        "certify": "تصدیق کی جاتی ہے کہ",
        "completed": "نے یہ کورس مکمل کیا",
        "hours": "12 سی پی ڈی گھنٹے · 10 گھنٹے حاضری",
        "serial": "سیریل نمبر",
        "code": "تصدیقی کوڈ",
        "date": "تکمیل کی تاریخ",
        "valid_until": "معتبر تا",
    },
    "kk": {
        "title": "Курсты аяқтағаны туралы сертификат",
        "certify": "Осы сертификат мынаны растайды:",
        "completed": "курсты аяқтады",
        "hours": "12 ҮКД сағаты · 10 сағат қатысты",
        "serial": "Тіркеу нөмірі",
        "code": "Тексеру коды",
        "date": "Аяқталған күні",
        "valid_until": "Жарамды мерзімі",
    },
    "ru": {
        "title": "Сертификат о прохождении курса",
        "certify": "Настоящим удостоверяется, что",
        "completed": "прошёл(ла) курс",
        "hours": "12 ч. НПР · посещено 10 ч.",
        "serial": "Регистрационный номер",
        "code": "Код проверки",
        "date": "Дата завершения",
        "valid_until": "Действителен до",
    },
}
SHORT_COURSE_TITLES = {
    "en": "Clinical Teaching Skills for Medical Faculty",
    "ur": "میڈیکل فیکلٹی کے لیے کلینیکل تدریس کی مہارتیں",
    "kk": "Медицина оқытушыларына арналған клиникалық оқыту дағдылары",
    "ru": "Навыки клинического преподавания для преподавателей-медиков",
}
SHORT_HOLDERS = {
    "en": ("Sarah Thompson", ""),
    "ur": ("Imran Hussain", "عمران حسین"),
    "kk": ("Aliya Zhaksybekova", "Әлия Жақсыбекова ӘҒҚҢӨҰҮҺІ"),
    "ru": ("Oleg Kim", "Олег Ким"),
}
# The longest names and titles the models accept, in words people really use.
_LONG_WORDS = {
    "en": "Advanced Interprofessional Simulation-Based Assessment of Clinical Reasoning and Patient Safety "
    "in Undergraduate and Postgraduate Medical and Dental Education: Faculty Development Curriculum "
    "for Objective Structured Clinical Examinations, Workplace-Based Assessment and Feedback",
    "ur": "انڈرگریجویٹ اور پوسٹ گریجویٹ میڈیکل اور ڈینٹل تعلیم میں کلینیکل استدلال اور مریض کی حفاظت کا "
    "سمیولیشن پر مبنی بین پیشہ ورانہ جائزہ: معروضی منظم کلینیکل امتحانات، کام کی جگہ پر جائزے اور رائے "
    "کے لیے فیکلٹی ڈیولپمنٹ کا نصاب اور اس کی عملی تربیت کے تمام مراحل",
    "kk": "Медициналық және стоматологиялық білім берудегі клиникалық ойлау мен пациент қауіпсіздігін "
    "симуляция негізінде кәсіпаралық бағалау: объективті құрылымдалған клиникалық емтихандар, жұмыс "
    "орнындағы бағалау және кері байланыс бойынша ПОҚ біліктілігін арттыру бағдарламасы",
    "ru": "Межпрофессиональная оценка клинического мышления и безопасности пациентов на основе "
    "симуляции в додипломном и последипломном медицинском и стоматологическом образовании: "
    "программа повышения квалификации ППС по объективным структурированным клиническим экзаменам",
}
LONG_LATIN_NAME = "Muhammad Abdul-Rahman Khan Yousafzai Qureshi Siddiqui Chaudhry Malik Farooqi Hashmi Bukhari Jilani"
LONG_NATIVE_NAMES = {
    "en": "",
    "ur": "محمد عبدالرحمٰن خان یوسفزئی قریشی صدیقی چوہدری ملک فاروقی ہاشمی بخاری جیلانی گیلانی نقوی رضوی",
    "kk": "Әбілқайыр Нұрсұлтанұлы Жақсыбеков-Құдайбергенов Ғабиденұлы Һәміткерей Өмірзақұлы Үсенбаев Іңкәрұлы",
    "ru": "Константин Александрович Преображенский-Верхоглядов-Закревский-Оболенский-Долгоруков",
}


def long_text(language, length):
    """Words of ``language`` cut at a word boundary to at most ``length`` characters (a field's limit)."""
    words, text = (_LONG_WORDS[language] * 3).split(), ""
    for word in words:
        if len(text) + len(word) + 1 > length:
            break
        text = f"{text} {word}".strip()
    return text


def build_certificate_snapshot(
    language="en",
    *,
    names="short",
    titles="short",
    credits=0,
    signatories="one",
    institutions="short",
    scheme_fields="long",
    valid_until=None,
    **overrides,
):
    """A certificate snapshot: ``names``/``titles``/``institutions`` "short" or "long" (every field at
    the longest the models allow), ``credits`` 0-4 schemes (``scheme_fields`` "long" or "max"),
    ``signatories`` "none", "one" or "two long" (titles of 150 characters)."""
    if names == "long":
        latin, native = LONG_LATIN_NAME, LONG_NATIVE_NAMES[language]
    else:
        latin, native = SHORT_HOLDERS[language]
    course = {lang: long_text(lang, 255) for lang in LANGUAGES} if titles == "long" else dict(SHORT_COURSE_TITLES)
    programme = (
        {lang: long_text(lang, 255) for lang in LANGUAGES}
        if titles == "long"
        else {lang: f"Programme 2025–2026 ({lang})" for lang in LANGUAGES}
    )
    institution_names = (
        (long_text("en", 255), long_text("en", 250))
        if institutions == "long"
        else ("Islamabad Medical University", "Almaty Medical University")
    )
    signatory_sets = {
        "none": [],
        "one": [{"name": "Prof. Sana Iqbal", "title": {"en": "Programme Director", "ur": "پروگرام ڈائریکٹر",
                                                       "kk": "Бағдарлама директоры", "ru": "Директор программы"}}],
        "two long": [
            {"name": f"Prof. Dr. {LONG_LATIN_NAME[:60]}", "title": {lang: long_text(lang, 150) for lang in LANGUAGES}},
            {"name": "Prof. Dr. Gulnara Abdrakhmanovna Zhaksybekova-Nurlanova, MD, PhD",
             "title": {lang: long_text(lang, 149) for lang in LANGUAGES}},
        ],
    }  # fmt: skip
    # Realistic long schemes (names of about 100 characters, references of about 40); "max" puts every
    # field at the model's limit (150, 60 and 100 characters).
    lengths = (150, 60, 100) if scheme_fields == "max" else (100, 30, 40)
    schemes = [
        {
            "code": f"scheme-{number}",
            "name": {lang: long_text(lang, lengths[0]) for lang in LANGUAGES},
            "unit": {lang: long_text(lang, lengths[1]) for lang in LANGUAGES},
            "basis": "course_hours",
            "credits": "12.5",
            "reference": (f"PMDC/CPD/2026/{number:04d}/" + "ACCREDITATION-REFERENCE-" * 4)[: lengths[2]],
        }
        for number in range(1, credits + 1)
    ]
    data = {
        "version": 1,
        "serial": "PKKZ-2026-000123",
        "verification_code": "7KQ4-M2XP-9H3T-WC6R-EN8B",
        "completed_on": "2026-11-30",
        "issued_on": "2026-11-30",
        "holder": {"latin_name": latin, "native_name": native, "language": language},
        "course": {"title": course, "cpd_hours": "12"},
        "programme": {"title": programme},
        "issuing_institution": {"code": "PK-ISB-MU", "country": "PK", "name": {"en": institution_names[0]}},
        "partner_institutions": [{"code": "KZ-ALA-MU", "country": "KZ", "name": {"en": institution_names[1]}}],
        "signatories": signatory_sets[signatories],
        "verify_url": "https://training.example.org/verify/7KQ4-M2XP-9H3T-WC6R-EN8B/",
        "labels": {"en": CERTIFICATE_LABELS["en"], language: CERTIFICATE_LABELS[language]},
        "credits": schemes,
        "valid_until": valid_until,
    }
    data.update(overrides)
    return data
