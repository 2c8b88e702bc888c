"""The demo's texts in all four languages."""

INSTITUTIONS = [
    {
        "code": "PK-ISB-MU",
        "country": "PK",
        "kind": "medical_university",
        "website": "https://example.org/islamabad-medical-university",
        "name": {
            "en": "Islamabad Medical University",
            "ur": "اسلام آباد میڈیکل یونیورسٹی",
            "kk": "Исламабад медицина университеті",
            "ru": "Исламабадский медицинский университет",
        },
        "city": {"en": "Islamabad", "ur": "اسلام آباد", "kk": "Исламабад", "ru": "Исламабад"},
    },
    {
        "code": "PK-LHE-DC",
        "country": "PK",
        "kind": "dental_college",
        "website": "https://example.org/lahore-dental-college",
        "name": {
            "en": "Lahore Dental College",
            "ur": "لاہور ڈینٹل کالج",
            "kk": "Лахор стоматология колледжі",
            "ru": "Лахорский стоматологический колледж",
        },
        "city": {"en": "Lahore", "ur": "لاہور", "kk": "Лахор", "ru": "Лахор"},
    },
    {
        "code": "KZ-ALA-MU",
        "country": "KZ",
        "kind": "medical_university",
        "website": "https://example.org/almaty-medical-university",
        "name": {
            "en": "Almaty Medical University",
            "ur": "الماتی میڈیکل یونیورسٹی",
            "kk": "Алматы медицина университеті",
            "ru": "Алматинский медицинский университет",
        },
        "city": {"en": "Almaty", "ur": "الماتی", "kk": "Алматы", "ru": "Алматы"},
    },
    {
        "code": "KZ-AST-MU",
        "country": "KZ",
        "kind": "medical_university",
        "website": "https://example.org/astana-medical-university",
        "name": {
            "en": "Astana Medical University",
            "ur": "آستانہ میڈیکل یونیورسٹی",
            "kk": "Астана медицина университеті",
            "ru": "Медицинский университет Астаны",
        },
        "city": {"en": "Astana", "ur": "آستانہ", "kk": "Астана", "ru": "Астана"},
    },
]

PROGRAM_INDEX = {
    "title": {
        "en": "Training programmes",
        "ur": "تربیتی پروگرام",
        "kk": "Оқу бағдарламалары",
        "ru": "Программы обучения",
    },
    "slug": {"en": "programmes", "ur": "تربیتی-پروگرام", "kk": "бағдарламалар", "ru": "программы"},
    "intro": {
        "en": "<p>Joint programmes for medical and dental faculty of partner universities in Pakistan and Kazakhstan.</p>",
        "ur": "<p>پاکستان اور قازقستان کی شراکت دار جامعات کے طبی اور ڈینٹل اساتذہ کے لیے مشترکہ پروگرام۔</p>",
        "kk": "<p>Пәкістан мен Қазақстанның серіктес университеттерінің медицина және стоматология оқытушыларына арналған бірлескен бағдарламалар.</p>",
        "ru": "<p>Совместные программы для преподавателей медицины и стоматологии университетов-партнёров Пакистана и Казахстана.</p>",
    },
}

HOME = {
    "title": {
        "en": "Pakistan–Kazakhstan Joint Faculty Training",
        "ur": "پاکستان–قازقستان مشترکہ فیکلٹی ڈیولپمنٹ",
        "kk": "Пәкістан–Қазақстан: ПОҚ біліктілігін бірлесіп арттыру",
        "ru": "Совместное повышение квалификации ППС Пакистана и Казахстана",
    },
    "intro": {
        "en": (
            "In February 2025 Pakistan's Higher Education Commission and Kazakhstan's Ministry of Education "
            "agreed to cooperate in medical and dental education. Here the universities of both countries "
            "publish joint training for their faculty, record attendance and issue certificates that anyone can verify."
        ),
        "ur": (
            "فروری 2025 میں پاکستان کے ہائر ایجوکیشن کمیشن اور قازقستان کی وزارتِ تعلیم نے طب اور ڈینٹسٹری "
            "کی تعلیم میں تعاون پر اتفاق کیا۔ یہاں دونوں ممالک کی جامعات اپنے اساتذہ کے لیے مشترکہ تربیت شائع "
            "کرتی ہیں، حاضری درج کرتی ہیں اور ایسے سرٹیفکیٹ جاری کرتی ہیں جن کی تصدیق کوئی بھی کر سکتا ہے۔"
        ),
        "kk": (
            "2025 жылғы ақпанда Пәкістанның Жоғары білім комиссиясы мен Қазақстанның Білім министрлігі "
            "медициналық және стоматологиялық білім беру саласында ынтымақтасуға келісті. Мұнда екі елдің "
            "университеттері оқытушыларына арналған бірлескен оқуды жариялайды, қатысуды тіркейді және "
            "кез келген адам тексере алатын сертификаттар береді."
        ),
        "ru": (
            "В феврале 2025 года Комиссия по высшему образованию Пакистана и Министерство образования "
            "Казахстана договорились о сотрудничестве в медицинском и стоматологическом образовании. Здесь "
            "университеты двух стран публикуют совместное обучение для своих преподавателей, отмечают "
            "посещаемость и выдают сертификаты, которые может проверить любой."
        ),
    },
    "body": {
        "en": (
            "<h2>What the agreement covers</h2><ul><li>Student and faculty exchanges</li>"
            "<li>Joint research</li><li>Faculty training programmes</li>"
            "<li>Mutual recognition of medical degrees</li></ul>"
        ),
        "ur": (
            "<h2>معاہدے میں کیا شامل ہے</h2><ul><li>طلبہ اور اساتذہ کے تبادلے</li>"
            "<li>مشترکہ تحقیق</li><li>اساتذہ کے تربیتی پروگرام</li>"
            "<li>طبی ڈگریوں کی باہمی شناخت</li></ul>"
        ),
        "kk": (
            "<h2>Келісім нені қамтиды</h2><ul><li>Студенттер мен оқытушылар алмасуы</li>"
            "<li>Бірлескен ғылыми зерттеулер</li><li>ПОҚ біліктілігін арттыру бағдарламалары</li>"
            "<li>Медициналық дипломдарды өзара тану</li></ul>"
        ),
        "ru": (
            "<h2>Что охватывает соглашение</h2><ul><li>Обмен студентами и преподавателями</li>"
            "<li>Совместные исследования</li><li>Программы повышения квалификации ППС</li>"
            "<li>Взаимное признание медицинских дипломов</li></ul>"
        ),
    },
}

#: username -> (first name, last name, role group or None, institution code or None)
USERS = {
    "admin": ("Aigerim", "Nurlanova", "Programme administrators", None),
    "editor": ("Sana", "Iqbal", "Editors", "PK-ISB-MU"),
    "moderator": ("Daniyar", "Seitkali", "Moderators", "KZ-ALA-MU"),
    "facilitator": ("Farhan", "Qureshi", "Facilitators", "PK-LHE-DC"),
    "coordinator_pk": ("Ayesha", "Malik", "Institution coordinators", "PK-ISB-MU"),
    "coordinator_kz": ("Gulnara", "Abenova", "Institution coordinators", "KZ-AST-MU"),
    "faculty_pk": ("Imran", "Hussain", None, "PK-ISB-MU"),
    "faculty_kz": ("Aliya", "Zhaksybekova", None, "KZ-ALA-MU"),
}

#: username -> profile of the demo faculty members (Latin name, native name, discipline, language)
PROFILES = {
    "faculty_pk": ("Imran Hussain", "عمران حسین", "medicine", "ur", "Associate Professor of Medicine"),
    "faculty_kz": ("Aliya Zhaksybekova", "Әлия Жақсыбекова", "dentistry", "kk", "Senior Lecturer in Dentistry"),
}

#: username -> [(course key, number of modules studied)]
ENROLMENTS = {
    "faculty_pk": [("clinical-teaching", 1), ("assessment", 0), ("dental-public-health", 3)],
    "faculty_kz": [("dental-public-health", 3)],
}

#: The course whose sessions are all over, so that its faculty hold certificates in every state.
FINISHED_COURSE = "dental-public-health"
#: Cohort members who took the finished course, and what became of their certificate:
#: an Urdu- and a Russian-speaking holder (the Kazakh one is faculty_kz), one revoked, and one
#: under review because their attendance was corrected after the certificate was issued.
FINISHED_COURSE_HOLDERS = {
    "demo_pk_02": "valid",
    "demo_kz_02": "valid",
    "demo_pk_05": "revoked",
    "demo_kz_04": "under_review",
}
#: Days the finished course's sessions are moved back, so that its last one is a fortnight ago.
FINISHED_COURSE_SHIFT_DAYS = -24
#: Demo enrolments date from this many days ago, before the sessions they attended.
ENROLLED_DAYS_AGO = 60

#: Demo faculty who fill a register: (Latin name, native name) per country.
COHORT = {
    "PK": [
        ("Ahmed Raza", "احمد رضا"),
        ("Fatima Malik", "فاطمہ ملک"),
        ("Bilal Qureshi", "بلال قریشی"),
        ("Zainab Sheikh", "زینب شیخ"),
        ("Usman Butt", "عثمان بٹ"),
        ("Hira Chaudhry", "حرا چودھری"),
        ("Kamran Siddiqui", "کامران صدیقی"),
        ("Sadia Khan", "سعدیہ خان"),
        ("Tariq Mehmood", "طارق محمود"),
        ("Nadia Hussain", "نادیہ حسین"),
        ("Hamza Iqbal", "حمزہ اقبال"),
        ("Mehwish Anwar", "مہوش انور"),
        ("Asad Javed", "اسد جاوید"),
        ("Rabia Aslam", "رابعہ اسلم"),
        ("Faisal Rehman", "فیصل رحمان"),
    ],
    "KZ": [
        ("Aibek Tulegenov", "Айбек Төлегенов"),
        ("Dana Abenova", "Дана Әбенова"),
        ("Yerlan Seitkali", "Ерлан Сейтқали"),
        ("Saule Nurlanova", "Сәуле Нұрланова"),
        ("Nurlan Iskakov", "Нұрлан Ысқақов"),
        ("Madina Omarova", "Мадина Омарова"),
        ("Arman Karimov", "Арман Кәрімов"),
        ("Aigul Zhaksybekova", "Айгүл Жақсыбекова"),
        ("Timur Bekov", "Тимур Беков"),
        ("Zhanar Kassymova", "Жанар Қасымова"),
        ("Daulet Sarsenov", "Дәулет Сәрсенов"),
        ("Assel Mukhametova", "Әсел Мұхаметова"),
        ("Bauyrzhan Oralov", "Бауыржан Оралов"),
        ("Gaukhar Utegenova", "Гауһар Өтегенова"),
        ("Ruslan Akhmetov", "Руслан Ахметов"),
    ],
}

#: Sessions of each course: (days from today, start hour, hours, mode, zone, title, venue)
SESSIONS = [
    (
        -14,
        10,
        2,
        "in_person",
        "Asia/Karachi",
        {"en": "Opening workshop", "ur": "افتتاحی ورکشاپ", "kk": "Ашылу семинары", "ru": "Вводный семинар"},
        {
            "en": "Skills lab, Islamabad",
            "ur": "اسکلز لیب، اسلام آباد",
            "kk": "Дағдылар зертханасы, Исламабад",
            "ru": "Симуляционный класс, Исламабад",
        },
    ),
    (
        0,
        None,
        2,
        "hybrid",
        "Asia/Almaty",
        {"en": "Practice session", "ur": "مشق کا سیشن", "kk": "Практикалық сабақ", "ru": "Практическое занятие"},
        {
            "en": "Lecture hall 2, Almaty",
            "ur": "لیکچر ہال 2، الماتی",
            "kk": "№2 дәрісхана, Алматы",
            "ru": "Лекционный зал 2, Алматы",
        },
    ),
    (
        10,
        15,
        2,
        "online",
        "Asia/Almaty",
        {
            "en": "Case review online",
            "ur": "آن لائن کیس ریویو",
            "kk": "Онлайн жағдайларды талдау",
            "ru": "Онлайн-разбор случаев",
        },
        {"en": "", "ur": "", "kk": "", "ru": ""},
    ),
]

SIGNATORY_TITLES = [
    {"en": "Programme Director", "ur": "پروگرام ڈائریکٹر", "kk": "Бағдарлама директоры", "ru": "Директор программы"},
    {
        "en": "Dean of Medical Education",
        "ur": "ڈین، طبی تعلیم",
        "kk": "Медициналық білім беру деканы",
        "ru": "Декан по медицинскому образованию",
    },
]


# CPD credit schemes the demo courses are recognised under (names and rates are data, not code).
CREDIT_SCHEMES = [
    {
        "code": "pk-cpd",
        "country": "PK",
        "basis": "course_hours",
        "credits_per_hour": "1",
        "step": "0.5",
        "reference": "PMDC-CPD-2025-014",
        "name": {
            "en": "Pakistan continuing professional development",
            "ur": "پاکستان: مسلسل پیشہ ورانہ ترقی",
            "kk": "Пәкістан: үздіксіз кәсіби даму (ҮКД)",
            "ru": "Пакистан: непрерывное профессиональное развитие",
        },
        "unit": {"en": "CPD credits", "ur": "سی پی ڈی کریڈٹ", "kk": "ҮКД кредиттері", "ru": "кредиты НПР"},
    },
    {
        "code": "kz-cme",
        "country": "KZ",
        "basis": "attended_hours",
        "credits_per_hour": "1",
        "step": "1",
        "reference": "KZ-CME-2025-117",
        "name": {
            "en": "Kazakhstan continuing medical education",
            "ur": "قازقستان: مسلسل طبی تعلیم",
            "kk": "Қазақстан: үздіксіз медициналық білім",
            "ru": "Казахстан: непрерывное медицинское образование",
        },
        "unit": {"en": "credit hours", "ur": "کریڈٹ گھنٹے", "kk": "кредит-сағаттар", "ru": "кредит-часы"},
    },
]
