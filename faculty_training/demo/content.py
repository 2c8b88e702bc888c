"""Texts of the demo programme, its courses and modules, in English, Urdu, Kazakh and Russian."""

PROGRAMME = {
    "title": {
        "en": "Joint Faculty Development Programme in Medical and Dental Education 2025–2026",
        "ur": "طبی اور ڈینٹل تعلیم میں فیکلٹی ڈیولپمنٹ کا مشترکہ پروگرام 2025–2026",
        "kk": "Медициналық және стоматологиялық білім берудегі ПОҚ біліктілігін арттырудың бірлескен бағдарламасы 2025–2026",
        "ru": (
            "Совместная программа повышения квалификации ППС в медицинском и стоматологическом образовании 2025–2026"
        ),
    },
    "slug": {
        "en": "joint-faculty-development-2025-2026",
        "ur": "اساتذہ-کی-ترقی-کا-مشترکہ-پروگرام-2025-2026",
        "kk": "оқытушыларды-дамыту-бағдарламасы-2025-2026",
        "ru": "программа-развития-преподавателей-2025-2026",
    },
    "summary": {
        "en": (
            "From September 2025 to June 2026, this joint programme helps medical and dental teachers in Pakistan "
            "and Kazakhstan strengthen their skills in clinical teaching, assessment and community oral health. "
            "In-person workshops at four partner universities are combined with live online seminars."
        ),
        "ur": (
            "ستمبر 2025 سے جون 2026 تک جاری رہنے والا یہ مشترکہ پروگرام پاکستان اور قازقستان کے طبی اور ڈینٹل "
            "اساتذہ کو کلینیکل تدریس، جانچ اور کمیونٹی میں منہ کی صحت سے متعلق مہارتیں مضبوط بنانے میں مدد دیتا "
            "ہے۔ اس میں چار شراکت دار جامعات میں بالمشافہ ورکشاپس کے ساتھ ساتھ براہ راست آن لائن سیمینار بھی شامل "
            "ہیں۔"
        ),
        "kk": (
            "2025 жылғы қыркүйектен 2026 жылғы маусымға дейін өтетін бұл бірлескен бағдарлама Пәкістан мен "
            "Қазақстанның медицина және стоматология оқытушыларына клиникалық оқыту, бағалау және халықтың ауыз "
            "қуысы денсаулығы саласындағы дағдыларын нығайтуға көмектеседі. Төрт серіктес университетте өтетін "
            "бетпе-бет семинар-практикумдар тікелей эфирдегі онлайн семинарлармен ұштастырылады."
        ),
        "ru": (
            "Совместная программа, которая проходит с сентября 2025 по июнь 2026 года, помогает преподавателям "
            "медицинских и стоматологических вузов Пакистана и Казахстана развивать навыки клинического "
            "преподавания, оценивания и профилактической работы в области стоматологического здоровья населения. "
            "Очные семинары-практикумы в четырёх университетах-партнёрах сочетаются с онлайн-семинарами в реальном "
            "времени."
        ),
    },
    "body": {
        "en": (
            "<h2>Aims</h2>"
            "<p>The programme brings together teachers from medical and dental schools in Pakistan and Kazakhstan to "
            "improve how they teach at the bedside and in the dental chair, how they assess students fairly and how "
            "they prepare graduates to serve their communities. Participants share experience of two health systems "
            "and build lasting academic links.</p>"
            "<h2>Format</h2>"
            "<ul><li><strong>In person:</strong> two-day workshops in Islamabad, Lahore, Almaty and Astana.</li>"
            "<li><strong>Online:</strong> live seminars and self-paced modules between the workshops.</li>"
            "<li>Courses are taught in English; sessions marked accordingly are also held in Urdu, Kazakh or "
            "Russian.</li></ul>"
            "<h2>Who may join</h2>"
            "<p>Faculty members of the four partner universities who teach undergraduate or postgraduate medical or "
            "dental learners, including clinical supervisors and those new to teaching. Participants are nominated "
            "by the department of medical or dental education of each institution.</p>"
            "<h2>Completion and certificates</h2>"
            "<p>To complete a course you must attend at least <strong>75%</strong> of its sessions (some courses "
            "require more) and finish every required module. Participants who complete a course receive a "
            "certificate showing their CPD hours, issued jointly by the partner universities.</p>"
        ),
        "ur": (
            "<h2>مقاصد</h2>"
            "<p>یہ پروگرام پاکستان اور قازقستان کے میڈیکل اور ڈینٹل کالجوں کے اساتذہ کو یکجا کرتا ہے تاکہ وہ مریض کے "
            "بستر کے پاس اور ڈینٹل چیئر پر تدریس کو بہتر بنا سکیں، طلبہ کی منصفانہ جانچ کر سکیں اور فارغ التحصیل "
            "ڈاکٹروں کو اپنی کمیونٹی کی خدمت کے لیے تیار کر سکیں۔ شرکا دونوں ممالک کے نظام صحت سے متعلق تجربات کا "
            "تبادلہ کرتے ہیں اور دیرپا تعلیمی روابط قائم کرتے ہیں۔</p>"
            "<h2>طریقہ کار</h2>"
            "<ul><li><strong>بالمشافہ:</strong> اسلام آباد، لاہور، الماتی اور آستانہ میں دو روزہ ورکشاپس۔</li>"
            "<li><strong>آن لائن:</strong> ورکشاپس کے درمیانی عرصے میں براہ راست سیمینار اور اپنی رفتار سے مکمل کیے "
            "جانے والے ماڈیول۔</li>"
            "<li>کورسز انگریزی میں پڑھائے جاتے ہیں، جبکہ جن سیشنز کی نشان دہی کی گئی ہو وہ اردو، قازق یا روسی زبان "
            "میں بھی منعقد ہوتے ہیں۔</li></ul>"
            "<h2>کون شرکت کر سکتا ہے</h2>"
            "<p>چاروں شراکت دار جامعات کے وہ اساتذہ جو انڈرگریجویٹ یا پوسٹ گریجویٹ سطح پر میڈیکل یا ڈینٹل کی تعلیم "
            "دیتے ہیں، جن میں کلینیکل سپروائزر اور تدریس کے شعبے میں نئے آنے والے اساتذہ بھی شامل ہیں۔ شرکا کی "
            "نامزدگی ہر ادارے کا شعبہ طبی یا ڈینٹل تعلیم کرتا ہے۔</p>"
            "<h2>تکمیل اور اسناد</h2>"
            "<p>کسی کورس کی تکمیل کے لیے اس کے کم از کم <strong>75 فیصد</strong> سیشنز میں حاضری (بعض کورسز میں اس "
            "سے زیادہ) اور تمام لازمی ماڈیول مکمل کرنا ضروری ہے۔ کورس مکمل کرنے والے شرکا کو CPD گھنٹوں کے اندراج کے "
            "ساتھ سرٹیفکیٹ دیا جاتا ہے جو شراکت دار جامعات مشترکہ طور پر جاری کرتی ہیں۔</p>"
        ),
        "kk": (
            "<h2>Мақсаттары</h2>"
            "<p>Бағдарлама Пәкістан мен Қазақстанның медициналық және стоматологиялық оқу орындарының оқытушыларын "
            "біріктіреді. Оның мақсаты – науқас төсегінің басында және стоматологиялық креслода оқытуды жетілдіру, "
            "студенттерді әділ бағалау және түлектерді халыққа қызмет етуге даярлау. Қатысушылар екі елдің денсаулық "
            "сақтау жүйесіндегі тәжірибесімен бөлісіп, ұзақ мерзімді академиялық байланыстар орнатады.</p>"
            "<h2>Өткізу түрі</h2>"
            "<ul><li><strong>Бетпе-бет:</strong> Исламабад, Лахор, Алматы және Астана қалаларында екі күндік "
            "семинар-практикумдар.</li>"
            "<li><strong>Онлайн:</strong> семинар-практикумдар аралығында тікелей эфирдегі семинарлар мен өз "
            "қарқынымен меңгерілетін модульдер.</li>"
            "<li>Курстар ағылшын тілінде оқытылады, ал арнайы белгіленген сабақтар урду, қазақ немесе орыс "
            "тілдерінде де өтеді.</li></ul>"
            "<h2>Кімдер қатыса алады</h2>"
            "<p>Дипломға дейінгі немесе дипломнан кейінгі деңгейде медицина не стоматология бойынша білім алушыларды "
            "оқытатын төрт серіктес университеттің оқытушылары, соның ішінде клиникалық тәлімгерлер мен оқытушылық "
            "жұмысқа жаңа келгендер. Қатысушыларды әр университеттің медициналық немесе стоматологиялық білім беру "
            "бөлімі ұсынады.</p>"
            "<h2>Аяқтау және сертификаттар</h2>"
            "<p>Курсты аяқтау үшін оның сабақтарының кемінде <strong>75%</strong>-ына қатысу (кейбір курстарда бұл "
            "талап жоғарырақ) және барлық міндетті модульдерді орындау қажет. Курсты аяқтаған қатысушыларға серіктес "
            "университеттер бірлесіп беретін, үздіксіз кәсіби даму (CPD) сағаттары көрсетілген сертификат "
            "табысталады.</p>"
        ),
        "ru": (
            "<h2>Цели</h2>"
            "<p>Программа объединяет преподавателей медицинских и стоматологических вузов Пакистана и Казахстана, "
            "чтобы совершенствовать обучение у постели больного и в стоматологическом кресле, обеспечивать "
            "справедливое оценивание студентов и готовить выпускников к работе на благо местных сообществ. Участники "
            "обмениваются опытом двух систем здравоохранения и выстраивают долгосрочные академические связи.</p>"
            "<h2>Формат</h2>"
            "<ul><li><strong>Очно:</strong> двухдневные семинары-практикумы в Исламабаде, Лахоре, Алматы и "
            "Астане.</li>"
            "<li><strong>Онлайн:</strong> семинары в реальном времени и модули для самостоятельного изучения между "
            "очными встречами.</li>"
            "<li>Курсы ведутся на английском языке; отмеченные занятия проводятся также на урду, казахском или "
            "русском.</li></ul>"
            "<h2>Кто может участвовать</h2>"
            "<p>Преподаватели четырёх университетов-партнёров, которые обучают студентов, интернов и резидентов по "
            "медицинским и стоматологическим специальностям на додипломном и последипломном уровнях, в том числе "
            "клинические наставники и начинающие преподаватели. Кандидатов выдвигает отдел медицинского или "
            "стоматологического образования каждого вуза.</p>"
            "<h2>Завершение и сертификаты</h2>"
            "<p>Чтобы завершить курс, необходимо посетить не менее <strong>75%</strong> его занятий (на некоторых "
            "курсах требование выше) и пройти все обязательные модули. Участники, завершившие курс, получают "
            "сертификат с указанием часов непрерывного профессионального развития (CPD), выданный совместно "
            "университетами-партнёрами.</p>"
        ),
    },
    "start_date": "2025-09-15",
    "end_date": "2026-06-30",
    "partner_codes": ["PK-ISB-MU", "PK-LHE-DC", "KZ-ALA-MU", "KZ-AST-MU"],
    "default_min_attendance_percent": 75,
}

COURSES = [
    {
        "key": "clinical-teaching",
        "discipline": "medical_education",
        "cpd_hours": "12.0",
        "min_attendance_percent": 75,
        "delivery_languages": ["en", "ru"],
        "cover_colour": "#0b6b3a",
        "title": {
            "en": "Clinical Teaching Skills for Medical Faculty",
            "ur": "میڈیکل فیکلٹی کے لیے کلینیکل تدریس کی مہارتیں",
            "kk": "Медицина оқытушыларына арналған клиникалық оқыту дағдылары",
            "ru": "Навыки клинического преподавания для преподавателей медицинских вузов",
        },
        "slug": {
            "en": "clinical-teaching-skills",
            "ur": "کلینیکل-تدریس-کی-مہارتیں",
            "kk": "клиникалық-оқыту-дағдылары",
            "ru": "навыки-клинического-преподавания",
        },
        "intro": {
            "en": (
                "A practical course on teaching at the bedside, in outpatient clinics and in the simulation centre. "
                "Participants practise short, structured teaching encounters and learn to give feedback that "
                "improves clinical practice."
            ),
            "ur": (
                "مریض کے بستر کے پاس، او پی ڈی اور اسکلز لیب میں تدریس سے متعلق ایک عملی کورس۔ شرکا مختصر اور منظم "
                "تدریسی نشستوں کی مشق کرتے ہیں اور ایسا فیڈبیک دینا سیکھتے ہیں جو کلینیکل کارکردگی کو بہتر بنائے۔"
            ),
            "kk": (
                "Науқас төсегінің басында, амбулаториялық қабылдауда және симуляциялық орталықта оқытуға арналған "
                "практикалық курс. Қатысушылар қысқа әрі құрылымды оқыту сәттерін жаттықтырып, клиникалық тәжірибені "
                "жақсартатын кері байланыс беруді үйренеді."
            ),
            "ru": (
                "Практический курс о преподавании у постели больного, на амбулаторном приёме и в симуляционном "
                "центре. Участники отрабатывают короткие структурированные учебные эпизоды и учатся давать обратную "
                "связь, которая улучшает клиническую практику."
            ),
        },
        "audience": {
            "en": (
                "Clinical teachers, consultants and senior residents who supervise medical students or junior "
                "doctors in hospitals and primary care."
            ),
            "ur": (
                "وہ کلینیکل اساتذہ، کنسلٹنٹس اور سینئر ریزیڈنٹس جو ہسپتالوں یا بنیادی صحت کے مراکز میں میڈیکل طلبہ "
                "یا جونیئر ڈاکٹروں کی نگرانی کرتے ہیں۔"
            ),
            "kk": (
                "Ауруханаларда және алғашқы медициналық-санитариялық көмек ұйымдарында медицина студенттеріне немесе "
                "жас дәрігерлерге жетекшілік ететін клиникалық оқытушыларға, маман дәрігерлерге және аға "
                "резиденттерге арналған."
            ),
            "ru": (
                "Для клинических преподавателей, врачей-консультантов и старших резидентов, которые курируют "
                "студентов-медиков или молодых врачей в стационарах и в первичном звене здравоохранения."
            ),
        },
        "outcomes": {
            "en": [
                "Plan a short bedside teaching session with clear objectives matched to the learner's level.",
                "Apply the one-minute preceptor model during a busy clinic or ward round.",
                "Teach a procedural skill in the simulation centre using a structured step-by-step approach.",
                "Give specific, timely and balanced feedback after observing a learner with a patient.",
            ],
            "ur": [
                "سیکھنے والے کی سطح کے مطابق واضح مقاصد کے ساتھ بستر کے پاس ایک مختصر تدریسی سیشن کی منصوبہ بندی کرنا۔",
                "مصروف او پی ڈی یا وارڈ راؤنڈ کے دوران ون منٹ پریسیپٹر ماڈل کا اطلاق کرنا۔",
                "اسکلز لیب میں مرحلہ وار منظم طریقے سے کوئی عملی (پروسیجرل) مہارت سکھانا۔",
                "مریض کے ساتھ سیکھنے والے کا مشاہدہ کرنے کے بعد بروقت، مخصوص اور متوازن فیڈبیک دینا۔",
            ],
            "kk": [
                (
                    "Білім алушының деңгейіне сәйкес нақты мақсаттар қойып, науқас төсегінің басында қысқа сабақ "
                    "жоспарлау."
                ),
                (
                    "Қарбалас амбулаториялық қабылдау немесе палаталық аралау кезінде «бір минуттық тәлімгер» "
                    "моделін қолдану."
                ),
                "Симуляциялық орталықта құрылымдалған кезең-кезеңмен тәсілді пайдаланып, практикалық дағдыны үйрету.",
                "Білім алушының науқаспен жұмысын бақылағаннан кейін нақты, уақтылы әрі теңгерімді кері байланыс беру.",
            ],
            "ru": [
                (
                    "Планировать короткое занятие у постели больного с чёткими целями, соответствующими уровню "
                    "обучающегося."
                ),
                "Применять модель «одноминутного наставника» во время напряжённого амбулаторного приёма или обхода.",
                "Обучать практическому навыку в симуляционном центре с помощью структурированного пошагового подхода.",
                (
                    "Давать конкретную, своевременную и сбалансированную обратную связь после наблюдения за работой "
                    "обучающегося с пациентом."
                ),
            ],
        },
        "modules": [
            {
                "title": {
                    "en": "Teaching at the Bedside",
                    "ur": "مریض کے بستر کے پاس تدریس",
                    "kk": "Науқас төсегінің басында оқыту",
                    "ru": "Обучение у постели больного",
                },
                "slug": {
                    "en": "teaching-at-the-bedside",
                    "ur": "بستر-کے-پاس-تدریس",
                    "kk": "науқас-төсегінің-басында-оқыту",
                    "ru": "обучение-у-постели-больного",
                },
                "intro": {
                    "en": (
                        "How to turn a routine ward round into a planned learning opportunity while keeping the "
                        "patient at the centre."
                    ),
                    "ur": (
                        "معمول کے وارڈ راؤنڈ کو، مریض کی مرکزیت برقرار رکھتے ہوئے، ایک منصوبہ بند تعلیمی موقع میں "
                        "کیسے بدلا جائے۔"
                    ),
                    "kk": (
                        "Науқасты назардың ортасында ұстай отырып, күнделікті палаталық аралауды жоспарлы оқу "
                        "мүмкіндігіне қалай айналдыруға болады."
                    ),
                    "ru": (
                        "Как превратить обычный обход в запланированную учебную возможность, сохраняя пациента в "
                        "центре внимания."
                    ),
                },
                "estimated_minutes": 60,
                "is_required": True,
                "body": {
                    "en": [
                        ("heading", "Preparing, teaching and reflecting at the bedside"),
                        (
                            "paragraph",
                            (
                                "<p>Bedside teaching remains one of the most effective ways to develop "
                                "history-taking, examination and clinical reasoning skills, yet it is often "
                                "unplanned. A good session begins <strong>before</strong> the team reaches the "
                                "patient: agree with the learners what they will focus on, choose a suitable patient "
                                "and ask for the patient's consent. Keep the group small, ideally no more than four "
                                "or five learners, so that everyone can see and take part. Decide in advance which "
                                "learner will present the case and which physical signs you will demonstrate.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>At the bedside, introduce everyone to the patient and explain what will happen. "
                                "A simple structure helps:</p>"
                                "<ul><li><strong>Prepare:</strong> set one or two clear objectives.</li>"
                                "<li><strong>Engage:</strong> let a learner take a focused history or examine the "
                                "patient.</li>"
                                "<li><strong>Teach:</strong> demonstrate key signs and ask questions that stretch "
                                "reasoning.</li>"
                                "<li><strong>Reflect:</strong> away from the bed, summarise the main points and give "
                                "feedback.</li></ul>"
                                "<p>Discuss distressing findings, prognosis or errors away from the patient, and "
                                "always thank the patient at the end.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "clinical",
                                "text": (
                                    "Always obtain the patient's verbal consent before bedside teaching and respect "
                                    "a wish to decline. Protect privacy by drawing the curtains and avoid discussing "
                                    "sensitive information on an open ward."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "AMEE Guide no. 34: Teaching in the clinical environment",
                                    "author": "Ramani S, Leinster S",
                                    "year": 2008,
                                },
                                {
                                    "title": "Learning and teaching in the clinical environment",
                                    "author": "Spencer J",
                                    "year": 2003,
                                },
                                {
                                    "title": "Bedside teaching in medical education: a literature review",
                                    "author": "Peters M, ten Cate O",
                                    "year": 2014,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "بستر کے پاس تیاری، تدریس اور غور و فکر"),
                        (
                            "paragraph",
                            (
                                "<p>بستر کے پاس تدریس آج بھی ہسٹری لینے، معائنے اور کلینیکل استدلال کی مہارتیں پیدا "
                                "کرنے کے مؤثر ترین طریقوں میں سے ایک ہے، مگر اکثر یہ بغیر منصوبہ بندی کے ہوتی ہے۔ "
                                "اچھا سیشن مریض تک پہنچنے سے <strong>پہلے</strong> شروع ہو جاتا ہے: طلبہ کے ساتھ طے "
                                "کریں کہ وہ کس پہلو پر توجہ دیں گے، موزوں مریض کا انتخاب کریں اور مریض سے اجازت لیں۔ "
                                "گروپ چھوٹا رکھیں، بہتر ہے کہ چار یا پانچ سے زیادہ طلبہ نہ ہوں، تاکہ ہر ایک دیکھ سکے "
                                "اور حصہ لے سکے۔ پہلے سے طے کر لیں کہ کون سا طالب علم کیس پیش کرے گا اور آپ کون سی "
                                "جسمانی علامات دکھائیں گے۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>بستر کے پاس سب کا مریض سے تعارف کرائیں اور بتائیں کہ کیا ہونے والا ہے۔ ایک سادہ "
                                "ترتیب مددگار ثابت ہوتی ہے:</p>"
                                "<ul><li><strong>تیاری:</strong> ایک یا دو واضح مقاصد طے کریں۔</li>"
                                "<li><strong>شمولیت:</strong> کسی طالب علم کو مرکوز ہسٹری لینے یا مریض کا معائنہ "
                                "کرنے دیں۔</li>"
                                "<li><strong>تدریس:</strong> اہم علامات دکھائیں اور ایسے سوال پوچھیں جو استدلال کو "
                                "آگے بڑھائیں۔</li>"
                                "<li><strong>غور و فکر:</strong> بستر سے ہٹ کر اہم نکات کا خلاصہ کریں اور فیڈبیک "
                                "دیں۔</li></ul>"
                                "<p>تشویش ناک نتائج، بیماری کے ممکنہ انجام (پروگنوسس) یا غلطیوں پر گفتگو مریض سے دور "
                                "کریں، اور آخر میں مریض کا شکریہ ضرور ادا کریں۔</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "clinical",
                                "text": (
                                    "بستر کے پاس تدریس سے پہلے ہمیشہ مریض کی زبانی رضامندی حاصل کریں اور انکار کی "
                                    "صورت میں اس کی خواہش کا احترام کریں۔ پردے کھینچ کر رازداری کا خیال رکھیں اور "
                                    "عام وارڈ میں حساس معلومات پر گفتگو سے گریز کریں۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "AMEE Guide no. 34: Teaching in the clinical environment",
                                    "author": "Ramani S, Leinster S",
                                    "year": 2008,
                                },
                                {
                                    "title": "Learning and teaching in the clinical environment",
                                    "author": "Spencer J",
                                    "year": 2003,
                                },
                                {
                                    "title": "Bedside teaching in medical education: a literature review",
                                    "author": "Peters M, ten Cate O",
                                    "year": 2014,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "Төсек басындағы дайындық, оқыту және рефлексия"),
                        (
                            "paragraph",
                            (
                                "<p>Науқас төсегінің басында оқыту анамнез жинау, тексеру және клиникалық ойлау "
                                "дағдыларын дамытудың ең тиімді жолдарының бірі болып қала береді, алайда ол көбіне "
                                "жоспарсыз өтеді. Жақсы сабақ науқасқа барғанға <strong>дейін</strong> басталады: "
                                "білім алушылармен неге назар аударатынын келісіп алыңыз, қолайлы науқасты таңдап, "
                                "одан келісім сұраңыз. Барлығы көріп, қатыса алуы үшін топты шағын ұстаңыз – "
                                "төрт-бес адамнан аспағаны жөн. Қай білім алушы клиникалық жағдайды баяндайтынын "
                                "және қандай физикалдық белгілерді көрсететініңізді алдын ала шешіп қойыңыз.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Төсек басында барлығын науқаспен таныстырып, не болатынын түсіндіріңіз. "
                                "Қарапайым құрылым көмектеседі:</p>"
                                "<ul><li><strong>Дайындық:</strong> бір-екі нақты мақсат қойыңыз.</li>"
                                "<li><strong>Тарту:</strong> білім алушыға мақсатты анамнез жинауға немесе науқасты "
                                "тексеруге мүмкіндік беріңіз.</li>"
                                "<li><strong>Оқыту:</strong> негізгі белгілерді көрсетіп, ойлауды дамытатын сұрақтар "
                                "қойыңыз.</li>"
                                "<li><strong>Рефлексия:</strong> төсектен оңаша жерде негізгі тұстарды қорытындылап, "
                                "кері байланыс беріңіз.</li></ul>"
                                "<p>Науқасты алаңдатуы мүмкін нәтижелерді, болжамды немесе қателерді науқастан "
                                "алыста талқылаңыз және соңында науқасқа міндетті түрде алғыс айтыңыз.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "clinical",
                                "text": (
                                    "Төсек басында оқыту алдында әрдайым науқастың ауызша келісімін алыңыз және бас "
                                    "тарту құқығын құрметтеңіз. Пердені тартып, науқастың жеке өмірінің құпиясын "
                                    "сақтаңыз, ал ортақ палатада құпия ақпаратты талқыламаңыз."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "AMEE Guide no. 34: Teaching in the clinical environment",
                                    "author": "Ramani S, Leinster S",
                                    "year": 2008,
                                },
                                {
                                    "title": "Learning and teaching in the clinical environment",
                                    "author": "Spencer J",
                                    "year": 2003,
                                },
                                {
                                    "title": "Bedside teaching in medical education: a literature review",
                                    "author": "Peters M, ten Cate O",
                                    "year": 2014,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "Подготовка, обучение и рефлексия у постели больного"),
                        (
                            "paragraph",
                            (
                                "<p>Обучение у постели больного остаётся одним из самых эффективных способов развить "
                                "навыки сбора анамнеза, физикального обследования и клинического мышления, однако "
                                "часто проходит без всякого плана. Хорошее занятие начинается <strong>до</strong> "
                                "того, как группа подошла к пациенту: договоритесь с обучающимися, на чём они "
                                "сосредоточатся, выберите подходящего пациента и получите его согласие. Группа "
                                "должна быть небольшой, в идеале не более четырёх-пяти человек, чтобы каждый мог всё "
                                "видеть и участвовать. Заранее решите, кто из обучающихся доложит случай и какие "
                                "физикальные признаки вы продемонстрируете.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>У постели больного представьте всех пациенту и объясните, что будет происходить. "
                                "Помогает простая структура:</p>"
                                "<ul><li><strong>Подготовка:</strong> поставьте одну-две чёткие цели.</li>"
                                "<li><strong>Вовлечение:</strong> дайте обучающемуся собрать целенаправленный "
                                "анамнез или осмотреть пациента.</li>"
                                "<li><strong>Обучение:</strong> продемонстрируйте ключевые признаки и задавайте "
                                "вопросы, развивающие клиническое мышление.</li>"
                                "<li><strong>Рефлексия:</strong> отойдя от постели, подведите итоги и дайте обратную "
                                "связь.</li></ul>"
                                "<p>Тревожные находки, прогноз или ошибки обсуждайте вдали от пациента и обязательно "
                                "поблагодарите его в конце.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "clinical",
                                "text": (
                                    "Перед обучением у постели всегда получайте устное согласие пациента и уважайте "
                                    "его право отказаться. Обеспечьте конфиденциальность: задёрните шторы и не "
                                    "обсуждайте деликатную информацию в общей палате."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "AMEE Guide no. 34: Teaching in the clinical environment",
                                    "author": "Ramani S, Leinster S",
                                    "year": 2008,
                                },
                                {
                                    "title": "Learning and teaching in the clinical environment",
                                    "author": "Spencer J",
                                    "year": 2003,
                                },
                                {
                                    "title": "Bedside teaching in medical education: a literature review",
                                    "author": "Peters M, ten Cate O",
                                    "year": 2014,
                                },
                            ],
                        ),
                    ],
                },
            },
            {
                "title": {
                    "en": "The One-Minute Preceptor",
                    "ur": "ون منٹ پریسیپٹر ماڈل",
                    "kk": "«Бір минуттық тәлімгер» моделі",
                    "ru": "Модель «одноминутного наставника»",
                },
                "slug": {
                    "en": "one-minute-preceptor",
                    "ur": "ون-منٹ-پریسیپٹر",
                    "kk": "бір-минуттық-тәлімгер",
                    "ru": "одноминутный-наставник",
                },
                "intro": {
                    "en": "A five-step microskills model for efficient teaching in busy outpatient clinics.",
                    "ur": "مصروف او پی ڈی میں مؤثر تدریس کے لیے پانچ مراحل پر مشتمل مائیکرو اسکلز ماڈل۔",
                    "kk": (
                        "Қарбалас амбулаториялық қабылдауда тиімді оқытуға арналған бес қадамдық микродағдылар моделі."
                    ),
                    "ru": (
                        "Пятиэтапная модель микронавыков для эффективного обучения на загруженном амбулаторном приёме."
                    ),
                },
                "estimated_minutes": 45,
                "is_required": True,
                "body": {
                    "en": [
                        ("heading", "Five microskills for busy clinics"),
                        (
                            "paragraph",
                            (
                                "<p>In outpatient clinics the teacher often has only a few minutes between patients. "
                                "The <em>one-minute preceptor</em> model, described by Neher and colleagues in 1992, "
                                "turns a learner's case presentation into a short, focused teaching moment. Instead "
                                "of taking over the case or simply giving the answer, the teacher asks the learner "
                                "to commit to a diagnosis or plan, explores the reasoning behind it and then teaches "
                                "one general rule. The model works in hospital clinics, primary care and emergency "
                                "departments, and learners consistently rate it as useful.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The five microskills are:</p>"
                                "<ol><li>Get a commitment: “What do you think is going on?”</li>"
                                "<li>Probe for supporting evidence: “What led you to that conclusion?”</li>"
                                "<li>Teach a general rule that applies beyond this patient.</li>"
                                "<li>Reinforce what was done well, with specific examples.</li>"
                                "<li>Correct mistakes constructively and suggest how to improve.</li></ol>"
                                "<p>Practise each step in role-play with colleagues before using the model with real "
                                "patients, and keep the whole exchange to a few minutes so that the clinic runs on "
                                "time.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Teach only one general rule per patient. Learners remember a single clear point "
                                    "far better than a long list of facts given at the end of a busy clinic."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": 'A five-step "microskills" model of clinical teaching',
                                    "author": "Neher JO, Gordon KC, Meyer B, Stevens N",
                                    "year": 1992,
                                },
                                {
                                    "title": "Teaching when time is limited",
                                    "author": "Irby DM, Wilkerson L",
                                    "year": 2008,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "مصروف کلینک کے لیے پانچ مائیکرو اسکلز"),
                        (
                            "paragraph",
                            (
                                "<p>او پی ڈی میں استاد کے پاس اکثر دو مریضوں کے درمیان صرف چند منٹ ہوتے ہیں۔ نیہر "
                                "اور ان کے ساتھیوں کا 1992 میں بیان کردہ <em>ون منٹ پریسیپٹر</em> ماڈل طالب علم کی "
                                "کیس پریزنٹیشن کو ایک مختصر اور مرکوز تدریسی لمحے میں بدل دیتا ہے۔ کیس خود سنبھال "
                                "لینے یا سیدھا جواب بتا دینے کے بجائے استاد طالب علم سے کہتا ہے کہ وہ کسی تشخیص یا "
                                "لائحہ عمل کا تعین کرے، پھر اس کے پیچھے موجود استدلال کو پرکھتا ہے اور آخر میں ایک "
                                "عمومی اصول سکھاتا ہے۔ یہ ماڈل ہسپتال کی او پی ڈی، بنیادی صحت کے مراکز اور ایمرجنسی "
                                "میں یکساں کارآمد ہے، اور طلبہ اسے مسلسل مفید قرار دیتے ہیں۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>پانچ مائیکرو اسکلز یہ ہیں:</p>"
                                "<ol><li>رائے کا تعین کروائیں: “آپ کے خیال میں مریض کو کیا مسئلہ ہے؟”</li>"
                                "<li>اس رائے کے ثبوت جانچیں: “آپ اس نتیجے تک کیسے پہنچے؟”</li>"
                                "<li>ایسا عمومی اصول سکھائیں جو اس مریض کے علاوہ دوسرے مریضوں پر بھی لاگو ہو۔</li>"
                                "<li>جو کام اچھا ہوا اس کی مخصوص مثالوں کے ساتھ حوصلہ افزائی کریں۔</li>"
                                "<li>غلطیوں کی تعمیری انداز میں اصلاح کریں اور بہتری کا طریقہ بتائیں۔</li></ol>"
                                "<p>حقیقی مریضوں کے ساتھ یہ ماڈل استعمال کرنے سے پہلے ساتھیوں کے ساتھ رول پلے میں ہر "
                                "مرحلے کی مشق کریں، اور پوری گفتگو چند منٹوں تک محدود رکھیں تاکہ او پی ڈی وقت پر "
                                "چلتی رہے۔</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "ہر مریض پر صرف ایک عمومی اصول سکھائیں۔ طلبہ ایک واضح نکتہ اس طویل فہرست سے کہیں "
                                    "بہتر یاد رکھتے ہیں جو مصروف او پی ڈی کے آخر میں انہیں بتائی جائے۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": 'A five-step "microskills" model of clinical teaching',
                                    "author": "Neher JO, Gordon KC, Meyer B, Stevens N",
                                    "year": 1992,
                                },
                                {
                                    "title": "Teaching when time is limited",
                                    "author": "Irby DM, Wilkerson L",
                                    "year": 2008,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "Қарбалас қабылдауға арналған бес микродағды"),
                        (
                            "paragraph",
                            (
                                "<p>Амбулаториялық қабылдауда оқытушының екі науқас арасында небәрі бірнеше минуты "
                                "ғана болады. Нехер мен әріптестері 1992 жылы сипаттаған <em>«бір минуттық "
                                "тәлімгер»</em> моделі білім алушының клиникалық жағдайды баяндауын қысқа әрі нақты "
                                "оқыту сәтіне айналдырады. Оқытушы жағдайды өз қолына алудың немесе дайын жауапты "
                                "айта салудың орнына білім алушыдан диагноз не емдеу жоспары туралы нақты пікір "
                                "айтуды сұрайды, оның негіздемесін талдайды, содан кейін бір жалпы ережені үйретеді. "
                                "Модель емханаларда, алғашқы медициналық-санитариялық көмекте және шұғыл медициналық "
                                "көмек бөлімшелерінде жақсы нәтиже береді, ал білім алушылар оны үнемі пайдалы деп "
                                "бағалайды.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Бес микродағды:</p>"
                                "<ol><li>Нақты пікір алу: «Сіздіңше, науқаста не болып жатыр?»</li>"
                                "<li>Дәлелдерін анықтау: «Сізді бұл қорытындыға не жетеледі?»</li>"
                                "<li>Осы науқастан тыс та қолданылатын жалпы ережені үйрету.</li>"
                                "<li>Жақсы орындалған әрекетті нақты мысалдармен бекіту.</li>"
                                "<li>Қателерді сындарлы түрде түзетіп, жақсарту жолын ұсыну.</li></ol>"
                                "<p>Модельді нақты науқастармен қолданбас бұрын әр қадамды әріптестермен рөлдік ойын "
                                "арқылы жаттықтырыңыз, ал қабылдау кестеден қалмауы үшін бүкіл әңгімені бірнеше "
                                "минутпен шектеңіз.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Әр науқас бойынша тек бір жалпы ережені үйретіңіз. Білім алушылар қарбалас "
                                    "қабылдаудың соңында айтылған ұзын фактілер тізімінен гөрі бір анық тұжырымды "
                                    "әлдеқайда жақсы есте сақтайды."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": 'A five-step "microskills" model of clinical teaching',
                                    "author": "Neher JO, Gordon KC, Meyer B, Stevens N",
                                    "year": 1992,
                                },
                                {
                                    "title": "Teaching when time is limited",
                                    "author": "Irby DM, Wilkerson L",
                                    "year": 2008,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "Пять микронавыков для загруженного приёма"),
                        (
                            "paragraph",
                            (
                                "<p>На амбулаторном приёме у преподавателя между пациентами часто есть лишь "
                                "несколько минут. Модель <em>«одноминутного наставника»</em>, описанная Нехером и "
                                "соавторами в 1992 году, превращает доклад обучающегося о пациенте в короткий "
                                "сфокусированный учебный эпизод. Вместо того чтобы сразу взять ведение пациента на "
                                "себя или просто дать ответ, преподаватель просит обучающегося определиться с "
                                "диагнозом или планом, выясняет, на чём основано это решение, а затем формулирует "
                                "одно общее правило. Модель работает в поликлиниках, в первичном звене и в приёмных "
                                "отделениях, и обучающиеся неизменно оценивают её как полезную.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Пять микронавыков:</p>"
                                "<ol><li>Получить решение: «Что, по-вашему, происходит с пациентом?»</li>"
                                "<li>Выяснить обоснование: «Что привело вас к такому выводу?»</li>"
                                "<li>Сформулировать общее правило, применимое не только к этому пациенту.</li>"
                                "<li>Закрепить то, что было сделано хорошо, на конкретных примерах.</li>"
                                "<li>Конструктивно исправить ошибки и подсказать, как улучшить работу.</li></ol>"
                                "<p>Прежде чем применять модель с реальными пациентами, отработайте каждый шаг в "
                                "ролевой игре с коллегами и укладывайте весь разговор в несколько минут, чтобы приём "
                                "шёл по графику.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Разбирайте только одно общее правило на каждого пациента. Обучающиеся гораздо "
                                    "лучше запоминают один чёткий тезис, чем длинный перечень фактов в конце "
                                    "напряжённого приёма."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": 'A five-step "microskills" model of clinical teaching',
                                    "author": "Neher JO, Gordon KC, Meyer B, Stevens N",
                                    "year": 1992,
                                },
                                {
                                    "title": "Teaching when time is limited",
                                    "author": "Irby DM, Wilkerson L",
                                    "year": 2008,
                                },
                            ],
                        ),
                    ],
                },
            },
            {
                "title": {
                    "en": "Teaching Procedural Skills in the Simulation Centre",
                    "ur": "اسکلز لیب میں عملی مہارتوں کی تدریس",
                    "kk": "Симуляциялық орталықта практикалық дағдыларды оқыту",
                    "ru": "Обучение практическим навыкам в симуляционном центре",
                },
                "slug": {
                    "en": "teaching-procedural-skills",
                    "ur": "عملی-مہارتوں-کی-تدریس",
                    "kk": "практикалық-дағдыларды-оқыту",
                    "ru": "обучение-практическим-навыкам",
                },
                "intro": {
                    "en": (
                        "A structured approach to teaching clinical procedures on simulators before learners perform "
                        "them on patients."
                    ),
                    "ur": "طلبہ کے مریضوں پر کلینیکل پروسیجرز کرنے سے پہلے انہیں سمولیٹرز پر سکھانے کا ایک منظم طریقہ۔",
                    "kk": (
                        "Білім алушылар клиникалық манипуляцияларды науқастарға жасамас бұрын оларды симуляторларда "
                        "үйретудің құрылымды тәсілі."
                    ),
                    "ru": (
                        "Структурированный подход к обучению клиническим манипуляциям на симуляторах до того, как "
                        "обучающиеся начнут выполнять их у пациентов."
                    ),
                },
                "estimated_minutes": 75,
                "is_required": True,
                "body": {
                    "en": [
                        ("heading", "From demonstration to independent performance"),
                        (
                            "paragraph",
                            (
                                "<p>Procedures such as peripheral venous cannulation, suturing or urinary "
                                "catheterisation should be learned on simulators before learners perform them on "
                                "patients. A widely used method is the <strong>four-step approach</strong> "
                                "associated with Peyton: the teacher first demonstrates the skill at normal speed "
                                "without comment, then repeats it slowly while explaining each step; next the "
                                "learner talks the teacher through the steps, and finally the learner performs the "
                                "skill while describing it. This sequence links understanding with hands-on practice "
                                "and builds confidence safely.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Skills improve through <em>deliberate practice</em>: repeated attempts with "
                                "clear goals and immediate feedback. Plan enough simulators for every learner and "
                                "break complex procedures into smaller steps. Use a checklist to observe performance "
                                "and record progress.</p>"
                                "<ul><li>Start with hand hygiene, asepsis and patient safety steps.</li>"
                                "<li>Let learners repeat each step until it is performed correctly.</li>"
                                "<li>Finish with a short debrief on what went well and what to practise "
                                "next.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "Competence on a simulator does not automatically mean readiness for real "
                                    "patients. Learners should perform their first procedures on patients under "
                                    "direct supervision."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": (
                                        "Deliberate practice and the acquisition and maintenance of expert "
                                        "performance in medicine and related domains"
                                    ),
                                    "author": "Ericsson KA",
                                    "year": 2004,
                                },
                                {
                                    "title": "Teaching and Learning in Medical Practice",
                                    "author": "Peyton JWR (ed.)",
                                    "year": 1998,
                                },
                                {
                                    "title": (
                                        "A critical review of simulation-based medical education research: 2003–2009"
                                    ),
                                    "author": "McGaghie WC, Issenberg SB, Petrusa ER, Scalese RJ",
                                    "year": 2010,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "مظاہرے سے آزادانہ کارکردگی تک"),
                        (
                            "paragraph",
                            (
                                "<p>پیریفرل وینس کینولیشن، ٹانکے لگانا یا پیشاب کا کیتھیٹر ڈالنا جیسے پروسیجرز "
                                "مریضوں پر کرنے سے پہلے سمولیٹرز پر سیکھنے چاہییں۔ ایک عام مستعمل طریقہ پیٹن سے "
                                "منسوب <strong>چار مرحلوں والا طریقہ</strong> ہے: پہلے استاد بغیر کچھ کہے معمول کی "
                                "رفتار سے مہارت کا مظاہرہ کرتا ہے، پھر ہر مرحلے کی وضاحت کرتے ہوئے اسے آہستہ آہستہ "
                                "دہراتا ہے؛ تیسرے مرحلے میں طالب علم مراحل بیان کرتا ہے اور استاد ان کے مطابق عمل "
                                "کرتا ہے، اور آخر میں طالب علم خود بیان کرتے ہوئے پروسیجر انجام دیتا ہے۔ یہ ترتیب "
                                "سمجھ بوجھ کو عملی مشق سے جوڑتی ہے اور محفوظ طریقے سے اعتماد پیدا کرتی ہے۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>مہارتیں <em>بامقصد مشق</em> سے بہتر ہوتی ہیں، یعنی واضح اہداف اور فوری فیڈبیک کے "
                                "ساتھ بار بار کوشش۔ ہر طالب علم کے لیے کافی سمولیٹرز کا انتظام کریں اور پیچیدہ "
                                "پروسیجرز کو چھوٹے مراحل میں تقسیم کریں۔ کارکردگی کے مشاہدے اور پیش رفت کے اندراج کے "
                                "لیے چیک لسٹ استعمال کریں۔</p>"
                                "<ul><li>ہاتھوں کی صفائی، جراثیم سے پاک طریقہ کار اور مریض کی حفاظت کے مراحل سے آغاز "
                                "کریں۔</li>"
                                "<li>طلبہ کو ہر مرحلہ اس وقت تک دہرانے دیں جب تک وہ درست طریقے سے ادا نہ ہو "
                                "جائے۔</li>"
                                "<li>آخر میں مختصر ڈی بریفنگ کریں کہ کیا اچھا رہا اور آگے کس چیز کی مشق کرنی "
                                "ہے۔</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "سمولیٹر پر مہارت کا مطلب خود بخود یہ نہیں کہ طالب علم حقیقی مریضوں کے لیے تیار "
                                    "ہے۔ مریضوں پر ابتدائی پروسیجرز براہ راست نگرانی ہی میں کیے جائیں۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": (
                                        "Deliberate practice and the acquisition and maintenance of expert "
                                        "performance in medicine and related domains"
                                    ),
                                    "author": "Ericsson KA",
                                    "year": 2004,
                                },
                                {
                                    "title": "Teaching and Learning in Medical Practice",
                                    "author": "Peyton JWR (ed.)",
                                    "year": 1998,
                                },
                                {
                                    "title": (
                                        "A critical review of simulation-based medical education research: 2003–2009"
                                    ),
                                    "author": "McGaghie WC, Issenberg SB, Petrusa ER, Scalese RJ",
                                    "year": 2010,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "Көрсетілімнен өз бетімен орындауға дейін"),
                        (
                            "paragraph",
                            (
                                "<p>Шеткері венаны катетерлеу, тігіс салу немесе қуықты катетерлеу сияқты "
                                "манипуляцияларды білім алушылар науқастарға жасамас бұрын симуляторларда меңгеруі "
                                "тиіс. Кең таралған әдістердің бірі – Пейтонның есімімен байланысты <strong>төрт "
                                "қадамдық тәсіл</strong>: алдымен оқытушы дағдыны түсініктемесіз қалыпты қарқынмен "
                                "көрсетеді, содан соң әр қадамды түсіндіре отырып баяу қайталайды; үшінші қадамда "
                                "білім алушы қадамдарды айтып отырады, ал оқытушы соны орындайды; соңында білім "
                                "алушы дағдыны өзі түсіндіре отырып орындайды. Бұл реттілік түсінуді практикалық "
                                "жаттығумен ұштастырып, сенімділікті қауіпсіз түрде арттырады.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Дағдылар <em>мақсатты жаттығу</em> арқылы жетіледі: нақты мақсаттар мен жедел "
                                "кері байланысқа негізделген қайталап орындау. Әр білім алушыға жеткілікті симулятор "
                                "дайындап, күрделі манипуляцияларды шағын қадамдарға бөліңіз. Орындалуын бақылау "
                                "және ілгерілеуді тіркеу үшін бақылау парағын пайдаланыңыз.</p>"
                                "<ul><li>Қол гигиенасынан, асептикадан және науқас қауіпсіздігі қадамдарынан "
                                "бастаңыз.</li>"
                                "<li>Білім алушыларға әр қадамды дұрыс орындағанға дейін қайталауға мүмкіндік "
                                "беріңіз.</li>"
                                "<li>Соңында не жақсы шыққанын және келесі жолы нені жаттықтыру керегін қысқаша "
                                "талқылаңыз (дебрифинг).</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "Симулятордағы біліктілік нақты науқастармен жұмысқа дайындықты өздігінен "
                                    "білдірмейді. Білім алушылар науқастарға алғашқы манипуляцияларды тек тікелей "
                                    "бақылаумен жасауы тиіс."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": (
                                        "Deliberate practice and the acquisition and maintenance of expert "
                                        "performance in medicine and related domains"
                                    ),
                                    "author": "Ericsson KA",
                                    "year": 2004,
                                },
                                {
                                    "title": "Teaching and Learning in Medical Practice",
                                    "author": "Peyton JWR (ed.)",
                                    "year": 1998,
                                },
                                {
                                    "title": (
                                        "A critical review of simulation-based medical education research: 2003–2009"
                                    ),
                                    "author": "McGaghie WC, Issenberg SB, Petrusa ER, Scalese RJ",
                                    "year": 2010,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "От демонстрации к самостоятельному выполнению"),
                        (
                            "paragraph",
                            (
                                "<p>Такие манипуляции, как катетеризация периферической вены, наложение швов или "
                                "катетеризация мочевого пузыря, следует осваивать на симуляторах, прежде чем "
                                "выполнять их у пациентов. Широко используется <strong>четырёхэтапный "
                                "подход</strong>, связанный с именем Пейтона: сначала преподаватель молча "
                                "демонстрирует навык в обычном темпе, затем медленно повторяет его, объясняя каждый "
                                "шаг; на третьем этапе обучающийся проговаривает шаги, а преподаватель выполняет их, "
                                "и наконец обучающийся сам выполняет навык, комментируя свои действия. Такая "
                                "последовательность связывает понимание с практикой и безопасно укрепляет "
                                "уверенность.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Навыки совершенствуются благодаря <em>целенаправленной практике</em>: "
                                "многократным попыткам с чёткими целями и немедленной обратной связью. Предусмотрите "
                                "достаточно симуляторов для каждого обучающегося и разбейте сложные манипуляции на "
                                "небольшие шаги. Для наблюдения за выполнением и фиксации прогресса используйте "
                                "чек-лист.</p>"
                                "<ul><li>Начинайте с гигиены рук, асептики и мер безопасности пациента.</li>"
                                "<li>Позвольте обучающимся повторять каждый шаг, пока он не будет выполнен "
                                "правильно.</li>"
                                "<li>Завершите коротким дебрифингом: что получилось хорошо и что отработать "
                                "дальше.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "Уверенное выполнение навыка на симуляторе ещё не означает готовности к работе с "
                                    "реальными пациентами. Первые манипуляции у пациентов обучающиеся должны "
                                    "выполнять под непосредственным контролем."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": (
                                        "Deliberate practice and the acquisition and maintenance of expert "
                                        "performance in medicine and related domains"
                                    ),
                                    "author": "Ericsson KA",
                                    "year": 2004,
                                },
                                {
                                    "title": "Teaching and Learning in Medical Practice",
                                    "author": "Peyton JWR (ed.)",
                                    "year": 1998,
                                },
                                {
                                    "title": (
                                        "A critical review of simulation-based medical education research: 2003–2009"
                                    ),
                                    "author": "McGaghie WC, Issenberg SB, Petrusa ER, Scalese RJ",
                                    "year": 2010,
                                },
                            ],
                        ),
                    ],
                },
            },
        ],
    },
    {
        "key": "dental-public-health",
        "discipline": "dentistry",
        "cpd_hours": "10.0",
        "min_attendance_percent": 80,
        "delivery_languages": ["en", "ur", "kk"],
        "cover_colour": "#00708a",
        "title": {
            "en": "Dental Public Health and Community Oral Care",
            "ur": "ڈینٹل پبلک ہیلتھ اور کمیونٹی کی سطح پر منہ کی نگہداشت",
            "kk": "Стоматологиядағы қоғамдық денсаулық сақтау және коммуналдық стоматология",
            "ru": "Общественное здоровье в стоматологии и коммунальная стоматология",
        },
        "slug": {
            "en": "dental-public-health",
            "ur": "دندانی-صحت-عامہ",
            "kk": "стоматологиядағы-қоғамдық-денсаулық",
            "ru": "общественное-здоровье-в-стоматологии",
        },
        "intro": {
            "en": (
                "This course introduces the principles of dental public health and shows how dental schools can "
                "plan, deliver and evaluate oral health programmes in schools and communities."
            ),
            "ur": (
                "یہ کورس ڈینٹل پبلک ہیلتھ کے بنیادی اصول متعارف کراتا ہے اور بتاتا ہے کہ ڈینٹل کالج اسکولوں اور "
                "کمیونٹی میں منہ کی صحت کے پروگراموں کی منصوبہ بندی، ان کا نفاذ اور جائزہ کیسے کر سکتے ہیں۔"
            ),
            "kk": (
                "Курс стоматологиядағы қоғамдық денсаулық сақтаудың негізгі қағидаттарымен таныстырып, стоматология "
                "факультеттері мектептер мен жергілікті қауымдастықтарда ауыз қуысы денсаулығы бағдарламаларын қалай "
                "жоспарлап, жүзеге асырып, бағалай алатынын көрсетеді."
            ),
            "ru": (
                "Курс знакомит с принципами общественного здоровья в стоматологии и показывает, как "
                "стоматологические факультеты могут планировать, проводить и оценивать программы охраны здоровья "
                "полости рта в школах и местных сообществах."
            ),
        },
        "audience": {
            "en": (
                "Dental faculty, public health dentists and community dentistry teachers who supervise students in "
                "outreach and school programmes."
            ),
            "ur": (
                "ڈینٹل کالجوں کے اساتذہ، صحت عامہ سے وابستہ ڈینٹسٹ اور کمیونٹی ڈینٹسٹری کے وہ اساتذہ جو آؤٹ ریچ اور "
                "اسکول پروگراموں میں طلبہ کی نگرانی کرتے ہیں۔"
            ),
            "kk": (
                "Көшпелі және мектептік бағдарламаларда студенттерге жетекшілік ететін стоматология оқытушыларына, "
                "қоғамдық денсаулық сақтау саласындағы стоматологтарға және коммуналдық стоматология оқытушыларына "
                "арналған."
            ),
            "ru": (
                "Для преподавателей-стоматологов, стоматологов системы общественного здравоохранения и "
                "преподавателей коммунальной стоматологии, которые руководят работой студентов в выездных и школьных "
                "программах."
            ),
        },
        "outcomes": {
            "en": [
                "Describe the main oral diseases of public health importance and their shared risk factors.",
                "Plan a simple community oral health survey using WHO basic methods.",
                "Design a school-based preventive programme that combines fluoride use with health education.",
                (
                    "Integrate community outreach into the undergraduate dental curriculum with clear supervision "
                    "and assessment."
                ),
            ],
            "ur": [
                "صحت عامہ کے لحاظ سے اہم منہ کی بڑی بیماریوں اور ان کے مشترکہ خطرے کے عوامل کو بیان کرنا۔",
                (
                    "عالمی ادارۂ صحت کے بنیادی طریقوں کے مطابق کمیونٹی میں منہ کی صحت کے ایک سادہ سروے کی منصوبہ "
                    "بندی کرنا۔"
                ),
                (
                    "اسکولوں کے لیے ایسا احتیاطی پروگرام ترتیب دینا جس میں فلورائیڈ کے استعمال کو صحت کی تعلیم کے "
                    "ساتھ جوڑا گیا ہو۔"
                ),
                "واضح نگرانی اور جانچ کے ساتھ کمیونٹی آؤٹ ریچ کو بی ڈی ایس کے نصاب کا حصہ بنانا۔",
            ],
            "kk": [
                (
                    "Қоғамдық денсаулық үшін маңызы зор ауыз қуысының негізгі аурулары мен олардың ортақ қауіп "
                    "факторларын сипаттау."
                ),
                (
                    "ДДСҰ-ның негізгі әдістерін пайдаланып, тұрғындардың ауыз қуысы денсаулығына қарапайым зерттеу "
                    "жоспарлау."
                ),
                (
                    "Фторидтерді қолдануды денсаулық туралы ағартумен ұштастыратын мектептік профилактикалық "
                    "бағдарлама әзірлеу."
                ),
                (
                    "Нақты жетекшілік пен бағалауды қамти отырып, тұрғындар арасындағы көшпелі жұмысты дипломға "
                    "дейінгі стоматологиялық оқу бағдарламасына енгізу."
                ),
            ],
            "ru": [
                (
                    "Описывать основные стоматологические заболевания, значимые для общественного здоровья, и их "
                    "общие факторы риска."
                ),
                (
                    "Планировать простое эпидемиологическое стоматологическое обследование населения по базовым "
                    "методам ВОЗ."
                ),
                (
                    "Разрабатывать школьную профилактическую программу, сочетающую применение фторидов с санитарным "
                    "просвещением."
                ),
                (
                    "Включать выездную работу с населением в додипломную стоматологическую программу с чётким "
                    "руководством и оцениванием."
                ),
            ],
        },
        "modules": [
            {
                "title": {
                    "en": "Oral Health as a Public Health Priority",
                    "ur": "منہ کی صحت: صحت عامہ کی ایک ترجیح",
                    "kk": "Ауыз қуысы денсаулығы – қоғамдық денсаулық сақтаудың басымдығы",
                    "ru": "Здоровье полости рта как приоритет общественного здравоохранения",
                },
                "slug": {
                    "en": "oral-health-as-a-priority",
                    "ur": "منہ-کی-صحت-ایک-ترجیح",
                    "kk": "ауыз-қуысы-денсаулығы-басымдық",
                    "ru": "здоровье-полости-рта-как-приоритет",
                },
                "intro": {
                    "en": (
                        "Why dental caries, periodontal disease and oral cancer matter for the health of whole "
                        "populations."
                    ),
                    "ur": (
                        "دانتوں کی کیریز، مسوڑھوں کی بیماریاں اور منہ کا کینسر پوری آبادی کی صحت کے لیے کیوں اہم ہیں۔"
                    ),
                    "kk": (
                        "Тіс жегісі, пародонт аурулары және ауыз қуысының обыры бүкіл халықтың денсаулығы үшін "
                        "неліктен маңызды."
                    ),
                    "ru": (
                        "Почему кариес, заболевания пародонта и рак полости рта важны для здоровья населения в целом."
                    ),
                },
                "estimated_minutes": 50,
                "is_required": True,
                "body": {
                    "en": [
                        ("heading", "The burden of oral disease"),
                        (
                            "paragraph",
                            (
                                "<p>Oral diseases are among the most common non-communicable diseases in the world. "
                                "According to the World Health Organization, untreated caries of permanent teeth is "
                                "the most common health condition globally, and severe periodontal disease affects "
                                "about one in five adults. In South Asia, including Pakistan, chewing betel quid, "
                                "areca nut and smokeless tobacco such as gutka and naswar makes <strong>oral "
                                "cancer</strong> a major public health problem; naswar (nasvay) is also widely used "
                                "in Central Asia. Most of this burden is preventable, yet access to care remains "
                                "uneven between cities and rural areas in both countries.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Oral diseases share risk factors with other non-communicable diseases, which is "
                                "the basis of the <em>common risk factor approach</em>:</p>"
                                "<ul><li>high intake of free sugars, linked to caries, obesity and type 2 "
                                "diabetes;</li>"
                                "<li>tobacco use in any form, linked to periodontal disease, oral cancer and "
                                "cardiovascular disease;</li>"
                                "<li>harmful use of alcohol;</li>"
                                "<li>poor oral hygiene and limited access to fluoride.</li></ul>"
                                "<p>Teachers should help students see oral health as part of general health rather "
                                "than as a separate, purely technical field.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "clinical",
                                "text": (
                                    "At every examination, inspect the whole oral mucosa for white or red patches "
                                    "and non-healing ulcers. Refer any lesion that persists for more than three "
                                    "weeks for specialist assessment."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": (
                                        "The World Oral Health Report 2003: continuous improvement of oral health in "
                                        "the 21st century – the approach of the WHO Global Oral Health Programme"
                                    ),
                                    "author": "Petersen PE",
                                    "year": 2003,
                                },
                                {
                                    "title": (
                                        "The common risk factor approach: a rational basis for promoting oral health"
                                    ),
                                    "author": "Sheiham A, Watt RG",
                                    "year": 2000,
                                },
                                {
                                    "title": (
                                        "Global oral health status report: towards universal health coverage for "
                                        "oral health by 2030"
                                    ),
                                    "author": "World Health Organization",
                                    "year": 2022,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "منہ کی بیماریوں کا بوجھ"),
                        (
                            "paragraph",
                            (
                                "<p>منہ کی بیماریاں دنیا کی سب سے عام غیر متعدی بیماریوں میں شامل ہیں۔ عالمی ادارۂ "
                                "صحت کے مطابق مستقل دانتوں کی ایسی کیریز جس کا علاج نہ ہوا ہو، دنیا بھر میں صحت کا "
                                "سب سے عام مسئلہ ہے، اور تقریباً ہر پانچ میں سے ایک بالغ فرد مسوڑھوں کی شدید بیماری "
                                "میں مبتلا ہے۔ پاکستان سمیت جنوبی ایشیا میں پان، چھالیہ اور گٹکا و نسوار جیسے دھوئیں "
                                "کے بغیر تمباکو کے استعمال کی وجہ سے <strong>منہ کا کینسر</strong> صحت عامہ کا ایک "
                                "بڑا مسئلہ ہے؛ نسوار وسطی ایشیا میں بھی بڑے پیمانے پر استعمال ہوتی ہے۔ اس بوجھ کے "
                                "بیشتر حصے سے بچاؤ ممکن ہے، لیکن دونوں ممالک میں شہروں اور دیہی علاقوں کے درمیان "
                                "علاج تک رسائی اب بھی یکساں نہیں۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>منہ کی بیماریوں اور دیگر غیر متعدی بیماریوں کے خطرے کے عوامل مشترک ہیں، اور یہی "
                                "<em>مشترکہ خطرے کے عوامل کے طریقہ کار</em> کی بنیاد ہے:</p>"
                                "<ul><li>آزاد شکر (فری شوگرز) کا زیادہ استعمال، جس کا تعلق کیریز، موٹاپے اور ٹائپ 2 "
                                "ذیابیطس سے ہے؛</li>"
                                "<li>کسی بھی شکل میں تمباکو کا استعمال، جس کا تعلق مسوڑھوں کی بیماری، منہ کے کینسر "
                                "اور امراض قلب سے ہے؛</li>"
                                "<li>الکحل کا نقصان دہ استعمال؛</li>"
                                "<li>منہ کی ناقص صفائی اور فلورائیڈ تک محدود رسائی۔</li></ul>"
                                "<p>اساتذہ کو چاہیے کہ وہ طلبہ کو منہ کی صحت کو ایک الگ اور محض تکنیکی شعبے کے بجائے "
                                "مجموعی صحت کا حصہ سمجھنے میں مدد دیں۔</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "clinical",
                                "text": (
                                    "ہر معائنے میں منہ کی پوری جھلی (میوکوسا) کو سفید یا سرخ دھبوں اور نہ بھرنے والے "
                                    "زخموں کے لیے بغور دیکھیں۔ تین ہفتوں سے زیادہ برقرار رہنے والی ہر غیر معمولی "
                                    "تبدیلی کو ماہر کے معائنے کے لیے ریفر کریں۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": (
                                        "The World Oral Health Report 2003: continuous improvement of oral health in "
                                        "the 21st century – the approach of the WHO Global Oral Health Programme"
                                    ),
                                    "author": "Petersen PE",
                                    "year": 2003,
                                },
                                {
                                    "title": (
                                        "The common risk factor approach: a rational basis for promoting oral health"
                                    ),
                                    "author": "Sheiham A, Watt RG",
                                    "year": 2000,
                                },
                                {
                                    "title": (
                                        "Global oral health status report: towards universal health coverage for "
                                        "oral health by 2030"
                                    ),
                                    "author": "World Health Organization",
                                    "year": 2022,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "Ауыз қуысы ауруларының ауыртпалығы"),
                        (
                            "paragraph",
                            (
                                "<p>Ауыз қуысының аурулары – әлемдегі ең көп таралған жұқпалы емес аурулардың бірі. "
                                "Дүниежүзілік денсаулық сақтау ұйымының деректері бойынша тұрақты тістердің "
                                "емделмеген жегісі жер жүзіндегі ең жиі кездесетін денсаулық жағдайы болып табылады, "
                                "ал пародонттың ауыр аурулары шамамен әр бесінші ересек адамда кездеседі. Оңтүстік "
                                "Азияда, соның ішінде Пәкістанда, бетель, арека жаңғағы мен гутка, насыбай сияқты "
                                "түтінсіз темекіні шайнау салдарынан <strong>ауыз қуысының обыры</strong> қоғамдық "
                                "денсаулық сақтаудың күрделі мәселесіне айналған; насыбай Орталық Азияда да кең "
                                "таралған. Бұл ауыртпалықтың басым бөлігінің алдын алуға болады, алайда екі елде де "
                                "қала мен ауыл арасында көмекке қолжетімділік біркелкі емес.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Ауыз қуысы аурулары басқа жұқпалы емес аурулармен ортақ қауіп факторларына ие, "
                                "бұл <em>ортақ қауіп факторлары тәсілінің</em> негізі болып табылады:</p>"
                                "<ul><li>бос қантты көп тұтыну – тіс жегісімен, семіздікпен және 2 типті қант "
                                "диабетімен байланысты;</li>"
                                "<li>темекіні кез келген түрде тұтыну – пародонт ауруларымен, ауыз қуысының обырымен "
                                "және жүрек-қан тамырлары ауруларымен байланысты;</li>"
                                "<li>алкогольді зиянды тұтыну;</li>"
                                "<li>ауыз қуысы гигиенасының нашарлығы және фторидтерге қолжетімділіктің "
                                "шектеулілігі.</li></ul>"
                                "<p>Оқытушылар студенттерге ауыз қуысы денсаулығын жеке, таза техникалық сала емес, "
                                "жалпы денсаулықтың бір бөлігі ретінде қарастыруға көмектесуі керек.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "clinical",
                                "text": (
                                    "Әр тексеру кезінде ауыз қуысының бүкіл шырышты қабығын ақ немесе қызыл "
                                    "дақтардың және жазылмайтын ойық жаралардың бар-жоғына қараңыз. Үш аптадан астам "
                                    "сақталатын кез келген зақымдануды маман кеңесіне жолдаңыз."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": (
                                        "The World Oral Health Report 2003: continuous improvement of oral health in "
                                        "the 21st century – the approach of the WHO Global Oral Health Programme"
                                    ),
                                    "author": "Petersen PE",
                                    "year": 2003,
                                },
                                {
                                    "title": (
                                        "The common risk factor approach: a rational basis for promoting oral health"
                                    ),
                                    "author": "Sheiham A, Watt RG",
                                    "year": 2000,
                                },
                                {
                                    "title": (
                                        "Global oral health status report: towards universal health coverage for "
                                        "oral health by 2030"
                                    ),
                                    "author": "World Health Organization",
                                    "year": 2022,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "Бремя стоматологических заболеваний"),
                        (
                            "paragraph",
                            (
                                "<p>Стоматологические заболевания относятся к самым распространённым неинфекционным "
                                "заболеваниям в мире. По данным Всемирной организации здравоохранения, нелеченый "
                                "кариес постоянных зубов — самое частое нарушение здоровья на планете, а тяжёлые "
                                "заболевания пародонта встречаются примерно у каждого пятого взрослого. В Южной "
                                "Азии, в том числе в Пакистане, жевание бетеля, ореха арековой пальмы и бездымного "
                                "табака, например гутки и насвая, делает <strong>рак полости рта</strong> серьёзной "
                                "проблемой общественного здравоохранения; насвай широко распространён и в "
                                "Центральной Азии. Большую часть этого бремени можно предотвратить, однако доступ к "
                                "помощи в городах и сельской местности обеих стран по-прежнему неравномерен.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Стоматологические заболевания имеют общие факторы риска с другими "
                                "неинфекционными заболеваниями, на чём основан <em>подход общих факторов "
                                "риска</em>:</p>"
                                "<ul><li>избыточное потребление свободных сахаров, связанное с кариесом, ожирением и "
                                "сахарным диабетом 2 типа;</li>"
                                "<li>употребление табака в любой форме, связанное с заболеваниями пародонта, раком "
                                "полости рта и сердечно-сосудистыми заболеваниями;</li>"
                                "<li>вредное употребление алкоголя;</li>"
                                "<li>плохая гигиена полости рта и ограниченный доступ к фторидам.</li></ul>"
                                "<p>Преподаватели должны помогать студентам видеть в здоровье полости рта часть "
                                "общего здоровья, а не отдельную, чисто техническую область.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "clinical",
                                "text": (
                                    "При каждом осмотре проверяйте всю слизистую оболочку полости рта на наличие "
                                    "белых или красных пятен и незаживающих язв. Любое поражение, сохраняющееся "
                                    "дольше трёх недель, направляйте на консультацию к специалисту."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": (
                                        "The World Oral Health Report 2003: continuous improvement of oral health in "
                                        "the 21st century – the approach of the WHO Global Oral Health Programme"
                                    ),
                                    "author": "Petersen PE",
                                    "year": 2003,
                                },
                                {
                                    "title": (
                                        "The common risk factor approach: a rational basis for promoting oral health"
                                    ),
                                    "author": "Sheiham A, Watt RG",
                                    "year": 2000,
                                },
                                {
                                    "title": (
                                        "Global oral health status report: towards universal health coverage for "
                                        "oral health by 2030"
                                    ),
                                    "author": "World Health Organization",
                                    "year": 2022,
                                },
                            ],
                        ),
                    ],
                },
            },
            {
                "title": {
                    "en": "Planning an Oral Health Survey",
                    "ur": "منہ کی صحت کے سروے کی منصوبہ بندی",
                    "kk": "Ауыз қуысы денсаулығына зерттеу жүргізуді жоспарлау",
                    "ru": "Планирование стоматологического обследования населения",
                },
                "slug": {
                    "en": "planning-an-oral-health-survey",
                    "ur": "منہ-کی-صحت-کا-سروے",
                    "kk": "ауыз-қуысы-денсаулығын-зерттеу",
                    "ru": "планирование-стоматологического-обследования",
                },
                "intro": {
                    "en": (
                        "How to use WHO basic methods to collect reliable, comparable data on oral health in a "
                        "community."
                    ),
                    "ur": (
                        "عالمی ادارۂ صحت کے بنیادی طریقوں کے ذریعے کسی کمیونٹی میں منہ کی صحت سے متعلق قابل اعتماد "
                        "اور قابل موازنہ معلومات کیسے جمع کی جائیں۔"
                    ),
                    "kk": (
                        "ДДСҰ-ның негізгі әдістерін пайдаланып, тұрғындардың ауыз қуысы денсаулығы туралы сенімді "
                        "әрі салыстыруға келетін деректерді қалай жинауға болады."
                    ),
                    "ru": (
                        "Как с помощью базовых методов ВОЗ собрать надёжные и сопоставимые данные о "
                        "стоматологическом здоровье населения."
                    ),
                },
                "estimated_minutes": 70,
                "is_required": True,
                "body": {
                    "en": [
                        ("heading", "WHO basic methods in practice"),
                        (
                            "paragraph",
                            (
                                "<p>Reliable data are the foundation of every public health programme. The WHO "
                                "manual <em>Oral Health Surveys: Basic Methods</em> recommends standard index ages "
                                "and age groups – 5, 12 and 15 years, 35–44 years and 65–74 years – so that results "
                                "can be compared between countries and over time. Age 12 is the global monitoring "
                                "age for caries in children. A <strong>pathfinder survey</strong> selects sites that "
                                "represent the main population groups, such as urban and rural areas, which keeps "
                                "the survey affordable while still giving useful results for planning services.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Before fieldwork, examiners must be trained and calibrated against an "
                                "experienced reference examiner so that they score conditions in the same way. A "
                                "typical survey team records:</p>"
                                "<ul><li>dental caries, using the DMFT index for permanent teeth;</li>"
                                "<li>periodontal status and oral mucosal lesions;</li>"
                                "<li>dental fluorosis and the need for urgent treatment.</li></ul>"
                                "<p>Dental students can take part as recorders under supervision, which gives them "
                                "early experience of research, teamwork and working in the community.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Re-examine about 5–10% of participants during fieldwork to check that examiners "
                                    "stay consistent. Calculate the kappa statistic and retrain examiners if "
                                    "agreement falls."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Oral Health Surveys: Basic Methods, 5th edition",
                                    "author": "World Health Organization",
                                    "year": 2013,
                                },
                                {
                                    "title": (
                                        "Studies on dental caries. I. Dental status and dental needs of elementary "
                                        "school children"
                                    ),
                                    "author": "Klein H, Palmer CE, Knutson JW",
                                    "year": 1938,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "عالمی ادارۂ صحت کے بنیادی طریقے عملی میدان میں"),
                        (
                            "paragraph",
                            (
                                "<p>قابل اعتماد معلومات صحت عامہ کے ہر پروگرام کی بنیاد ہوتی ہیں۔ عالمی ادارۂ صحت کا "
                                "رہنما کتابچہ «منہ کی صحت کے سروے: بنیادی طریقے» معیاری انڈیکس عمروں اور "
                                "عمر کے گروپوں کی سفارش کرتا ہے، یعنی 5، 12 اور 15 سال، 35 تا 44 سال اور 65 تا 74 "
                                "سال، تاکہ نتائج کا مختلف ممالک کے درمیان اور وقت کے ساتھ موازنہ کیا جا سکے۔ 12 سال "
                                "بچوں میں کیریز کی عالمی نگرانی کی عمر ہے۔ <strong>پاتھ فائنڈر سروے</strong> میں "
                                "ایسے مقامات منتخب کیے جاتے ہیں جو آبادی کے اہم طبقات، مثلاً شہری اور دیہی علاقوں، "
                                "کی نمائندگی کریں؛ اس طرح سروے کم خرچ رہتا ہے اور خدمات کی منصوبہ بندی کے لیے مفید "
                                "نتائج بھی فراہم کرتا ہے۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>فیلڈ ورک سے پہلے معائنہ کاروں کی تربیت اور کسی تجربہ کار ریفرنس معائنہ کار کے "
                                "ساتھ ان کی کیلیبریشن ضروری ہے تاکہ سب ایک ہی طرح اسکورنگ کریں۔ عام طور پر سروے ٹیم "
                                "درج ذیل کا اندراج کرتی ہے:</p>"
                                "<ul><li>مستقل دانتوں کے لیے ڈی ایم ایف ٹی انڈیکس کے ذریعے دانتوں کی کیریز؛</li>"
                                "<li>پیریوڈونٹل حالت اور منہ کی جھلی کی غیر معمولی تبدیلیاں؛</li>"
                                "<li>ڈینٹل فلوروسس اور فوری علاج کی ضرورت۔</li></ul>"
                                "<p>ڈینٹل طلبہ نگرانی میں ریکارڈر کے طور پر حصہ لے سکتے ہیں، جس سے انہیں تحقیق، ٹیم "
                                "ورک اور کمیونٹی میں کام کا ابتدائی تجربہ حاصل ہوتا ہے۔</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "فیلڈ ورک کے دوران تقریباً 5 سے 10 فیصد شرکا کا دوبارہ معائنہ کریں تاکہ معلوم ہو "
                                    "کہ معائنہ کاروں کی اسکورنگ یکساں ہے۔ کاپا اسٹیٹسٹک کا حساب لگائیں اور اتفاق کم "
                                    "ہونے کی صورت میں معائنہ کاروں کو دوبارہ تربیت دیں۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Oral Health Surveys: Basic Methods, 5th edition",
                                    "author": "World Health Organization",
                                    "year": 2013,
                                },
                                {
                                    "title": (
                                        "Studies on dental caries. I. Dental status and dental needs of elementary "
                                        "school children"
                                    ),
                                    "author": "Klein H, Palmer CE, Knutson JW",
                                    "year": 1938,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "ДДСҰ негізгі әдістері тәжірибеде"),
                        (
                            "paragraph",
                            (
                                "<p>Сенімді деректер – кез келген қоғамдық денсаулық сақтау бағдарламасының "
                                "іргетасы. ДДСҰ-ның «Ауыз қуысы денсаулығын зерттеу: негізгі әдістер» нұсқаулығы "
                                "нәтижелерді елдер арасында және уақыт өте келе салыстыру үшін стандартты индекстік "
                                "жастар мен жас топтарын ұсынады: 5, 12 және 15 жас, 35–44 жас және 65–74 жас. 12 "
                                "жас балалардағы тіс жегісін жаһандық мониторингілеу жасы болып саналады. "
                                "<strong>Барлау зерттеуі</strong> қала мен ауыл сияқты халықтың негізгі "
                                "топтарын бейнелейтін орындарды таңдайды, сондықтан зерттеу қымбатқа түспейді әрі "
                                "қызметтерді жоспарлауға пайдалы нәтиже береді.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Далалық жұмысқа дейін тексерушілер оқытылып, жағдайларды бірдей бағалауы үшін "
                                "тәжірибелі эталон-тексерушімен калибрленуі тиіс. Әдетте зерттеу тобы мыналарды "
                                "тіркейді:</p>"
                                "<ul><li>тұрақты тістер үшін КПУ индексі бойынша тіс жегісі;</li>"
                                "<li>пародонт жағдайы және ауыз қуысы шырышты қабығының зақымданулары;</li>"
                                "<li>тіс флюорозы және шұғыл емдеу қажеттілігі.</li></ul>"
                                "<p>Стоматология студенттері жетекшінің бақылауымен тіркеуші ретінде қатыса алады, "
                                "бұл оларға ғылыми зерттеу, командалық жұмыс және тұрғындармен жұмыс істеу бойынша "
                                "алғашқы тәжірибе береді.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Тексерушілердің бағалауы тұрақты екенін тексеру үшін далалық жұмыс барысында "
                                    "қатысушылардың шамамен 5–10%-ын қайта тексеріңіз. Каппа коэффициентін есептеп, "
                                    "келісім деңгейі төмендесе, тексерушілерді қайта оқытыңыз."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Oral Health Surveys: Basic Methods, 5th edition",
                                    "author": "World Health Organization",
                                    "year": 2013,
                                },
                                {
                                    "title": (
                                        "Studies on dental caries. I. Dental status and dental needs of elementary "
                                        "school children"
                                    ),
                                    "author": "Klein H, Palmer CE, Knutson JW",
                                    "year": 1938,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "Базовые методы ВОЗ на практике"),
                        (
                            "paragraph",
                            (
                                "<p>Надёжные данные — основа любой программы общественного здравоохранения. "
                                "Руководство ВОЗ «Обследование состояния полости рта: основные методы» рекомендует стандартные "
                                "ключевые возрасты и возрастные группы — 5, 12 и 15 лет, 35–44 года и 65–74 года, — "
                                "чтобы результаты можно было сравнивать между странами и во времени. Возраст 12 лет "
                                "— глобальный возраст мониторинга кариеса у детей. При <strong>ориентировочном "
                                "обследовании</strong> выбирают пункты, представляющие основные группы "
                                "населения, например городские и сельские районы: это удерживает затраты на "
                                "приемлемом уровне и при этом даёт полезные данные для планирования служб.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>До начала полевых работ исследователей необходимо обучить и откалибровать по "
                                "опытному эталонному эксперту, чтобы все оценивали состояние одинаково. Обычно "
                                "бригада регистрирует:</p>"
                                "<ul><li>кариес постоянных зубов по индексу КПУ;</li>"
                                "<li>состояние пародонта и поражения слизистой оболочки полости рта;</li>"
                                "<li>флюороз зубов и потребность в неотложном лечении.</li></ul>"
                                "<p>Студенты-стоматологи могут участвовать в качестве регистраторов под руководством "
                                "преподавателя, что даёт им ранний опыт научной работы, работы в команде и с "
                                "населением.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Во время полевых работ повторно осматривайте около 5–10% участников, чтобы "
                                    "убедиться в согласованности оценок. Рассчитывайте коэффициент каппа и проводите "
                                    "повторное обучение, если согласованность снижается."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Oral Health Surveys: Basic Methods, 5th edition",
                                    "author": "World Health Organization",
                                    "year": 2013,
                                },
                                {
                                    "title": (
                                        "Studies on dental caries. I. Dental status and dental needs of elementary "
                                        "school children"
                                    ),
                                    "author": "Klein H, Palmer CE, Knutson JW",
                                    "year": 1938,
                                },
                            ],
                        ),
                    ],
                },
            },
            {
                "title": {
                    "en": "School and Community Oral Health Programmes",
                    "ur": "اسکولوں اور کمیونٹی میں منہ کی صحت کے پروگرام",
                    "kk": "Мектептер мен қауымдастықтардағы ауыз қуысы денсаулығы бағдарламалары",
                    "ru": "Школьные и общественные программы охраны здоровья полости рта",
                },
                "slug": {
                    "en": "school-and-community-programmes",
                    "ur": "اسکول-اور-کمیونٹی-پروگرام",
                    "kk": "мектептік-және-қауымдастық-бағдарламалары",
                    "ru": "школьные-и-общественные-программы",
                },
                "intro": {
                    "en": (
                        "Designing, running and evaluating preventive programmes in schools and communities together "
                        "with dental students."
                    ),
                    "ur": (
                        "ڈینٹل طلبہ کے ساتھ مل کر اسکولوں اور کمیونٹی میں احتیاطی پروگراموں کی تیاری، انعقاد اور جائزہ۔"
                    ),
                    "kk": (
                        "Стоматология студенттерімен бірге мектептер мен қауымдастықтарда профилактикалық "
                        "бағдарламаларды әзірлеу, өткізу және бағалау."
                    ),
                    "ru": (
                        "Разработка, проведение и оценка профилактических программ в школах и местных сообществах "
                        "вместе со студентами-стоматологами."
                    ),
                },
                "estimated_minutes": 60,
                "is_required": True,
                "body": {
                    "en": [
                        ("heading", "Prevention where people live and learn"),
                        (
                            "paragraph",
                            (
                                "<p>Schools reach large numbers of children at the age when lifelong habits are "
                                "formed, which makes them an ideal setting for prevention. Effective programmes "
                                "combine supervised daily toothbrushing with fluoride toothpaste (1000–1500 ppm), "
                                "fluoride varnish applied at least twice a year for children at higher risk, fissure "
                                "sealants on permanent molars and simple messages about sugar and tobacco. Health "
                                "education alone rarely changes behaviour; it works best when supported by changes "
                                "in the school environment, such as healthy food in the canteen and safe drinking "
                                "water.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Community outreach should be a planned part of the dental curriculum, not an "
                                "occasional dental camp. When planning an outreach programme, teachers should:</p>"
                                "<ul><li>agree aims and responsibilities with head teachers, parents and local "
                                "health services;</li>"
                                "<li>prepare students with clear protocols for screening, infection control and "
                                "referral;</li>"
                                "<li>make sure that children who need treatment are referred to a clinic that will "
                                "actually see them;</li>"
                                "<li>evaluate the results and assess students through supervised work and reflective "
                                "reports.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "Screening without a working referral pathway can damage trust in the programme. "
                                    "Before the first visit, confirm where children with pain, infection or "
                                    "extensive caries will be treated."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Health-promoting schools: an opportunity for oral health promotion",
                                    "author": "Kwan SYL, Petersen PE, Pine CM, Borutta A",
                                    "year": 2005,
                                },
                                {
                                    "title": (
                                        "Fluoride varnishes for preventing dental caries in children and adolescents"
                                    ),
                                    "author": "Marinho VCC, Worthington HV, Walsh T, Clarkson JE",
                                    "year": 2013,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "روک تھام وہاں جہاں لوگ رہتے اور پڑھتے ہیں"),
                        (
                            "paragraph",
                            (
                                "<p>اسکولوں کے ذریعے بچوں کی بڑی تعداد تک اس عمر میں رسائی ہوتی ہے جب زندگی بھر کی "
                                "عادتیں بنتی ہیں، اس لیے یہ روک تھام کے لیے بہترین مقام ہیں۔ مؤثر پروگراموں میں "
                                "فلورائیڈ والے ٹوتھ پیسٹ (1000 تا 1500 پی پی ایم) سے نگرانی میں روزانہ برش، زیادہ خطرے "
                                "والے بچوں کے لیے سال میں کم از کم دو بار فلورائیڈ وارنش، مستقل داڑھوں پر فشر سیلنٹ "
                                "اور چینی و تمباکو کے بارے میں سادہ پیغامات شامل ہوتے ہیں۔ صرف صحت کی تعلیم سے رویے "
                                "شاذ و نادر ہی بدلتے ہیں؛ یہ اس وقت بہترین نتائج دیتی ہے جب اسکول کے ماحول میں بھی "
                                "تبدیلی لائی جائے، مثلاً کینٹین میں صحت بخش خوراک اور پینے کا صاف پانی۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>کمیونٹی آؤٹ ریچ ڈینٹل نصاب کا ایک منصوبہ بند حصہ ہونا چاہیے، نہ کہ کبھی کبھار "
                                "لگنے والا ڈینٹل کیمپ۔ آؤٹ ریچ پروگرام کی منصوبہ بندی کرتے وقت اساتذہ کو چاہیے "
                                "کہ:</p>"
                                "<ul><li>اسکول کے سربراہوں، والدین اور مقامی محکمہ صحت کے ساتھ مقاصد اور ذمہ داریاں "
                                "طے کریں؛</li>"
                                "<li>طلبہ کو اسکریننگ، انفیکشن کنٹرول اور ریفرل کے واضح پروٹوکول کے ساتھ تیار "
                                "کریں؛</li>"
                                "<li>یقینی بنائیں کہ علاج کے ضرورت مند بچوں کو ایسے کلینک میں ریفر کیا جائے جہاں "
                                "واقعی ان کا علاج ہو سکے؛</li>"
                                "<li>نتائج کا جائزہ لیں اور طلبہ کی جانچ نگرانی میں کیے گئے کام اور ان کی ریفلیکٹو "
                                "رپورٹوں کی بنیاد پر کریں۔</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "ریفرل کے مؤثر نظام کے بغیر اسکریننگ پروگرام پر اعتماد کو نقصان پہنچا سکتی ہے۔ "
                                    "پہلے دورے سے قبل یہ طے کر لیں کہ درد، انفیکشن یا وسیع کیریز والے بچوں کا علاج "
                                    "کہاں ہوگا۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Health-promoting schools: an opportunity for oral health promotion",
                                    "author": "Kwan SYL, Petersen PE, Pine CM, Borutta A",
                                    "year": 2005,
                                },
                                {
                                    "title": (
                                        "Fluoride varnishes for preventing dental caries in children and adolescents"
                                    ),
                                    "author": "Marinho VCC, Worthington HV, Walsh T, Clarkson JE",
                                    "year": 2013,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "Адамдар тұратын және оқитын жердегі профилактика"),
                        (
                            "paragraph",
                            (
                                "<p>Мектептер өмір бойғы әдеттер қалыптасатын жастағы көптеген балаларды қамтиды, "
                                "сондықтан профилактика үшін таптырмас орта болып табылады. Тиімді бағдарламалар "
                                "фторы бар тіс пастасымен (1000–1500 мг/кг) күн сайын бақылаумен тіс тазалауды, қаупі "
                                "жоғары балаларға жылына кемінде екі рет фторлы лак жағуды, тұрақты азу тістердің "
                                "фиссураларын герметиктеуді және қант пен темекі туралы қарапайым ақпаратты "
                                "біріктіреді. Денсаулық туралы ағарту жұмысының өзі ғана мінез-құлықты сирек "
                                "өзгертеді; ол мектеп ортасындағы өзгерістермен, мысалы, асханадағы пайдалы тамақпен "
                                "және таза ауыз сумен қатар жүргенде ең жақсы нәтиже береді.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Тұрғындар арасындағы көшпелі жұмыс анда-санда ұйымдастырылатын акция емес, "
                                "стоматологиялық оқу бағдарламасының жоспарлы бөлігі болуы керек. Көшпелі "
                                "бағдарламаны жоспарлағанда оқытушылар:</p>"
                                "<ul><li>мақсаттар мен жауапкершілікті мектеп басшыларымен, ата-аналармен және "
                                "жергілікті денсаулық сақтау қызметтерімен келіседі;</li>"
                                "<li>студенттерді скрининг, инфекциялық бақылау және жолдама беру бойынша нақты "
                                "хаттамалармен дайындайды;</li>"
                                "<li>емделуді қажет ететін балалардың оларды шынымен қабылдайтын емханаға жолдануын "
                                "қамтамасыз етеді;</li>"
                                "<li>нәтижелерді бағалап, студенттерді жетекшінің бақылауымен орындалған жұмыс пен "
                                "рефлексиялық есептер негізінде бағалайды.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "Жолдаудың жұмыс істейтін жүйесі болмаса, скрининг бағдарламаға деген сенімге "
                                    "нұқсан келтіруі мүмкін. Алғашқы сапарға дейін ауырсынуы, инфекциясы немесе кең "
                                    "таралған тіс жегісі бар балалар қайда емделетінін нақтылап алыңыз."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Health-promoting schools: an opportunity for oral health promotion",
                                    "author": "Kwan SYL, Petersen PE, Pine CM, Borutta A",
                                    "year": 2005,
                                },
                                {
                                    "title": (
                                        "Fluoride varnishes for preventing dental caries in children and adolescents"
                                    ),
                                    "author": "Marinho VCC, Worthington HV, Walsh T, Clarkson JE",
                                    "year": 2013,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "Профилактика там, где люди живут и учатся"),
                        (
                            "paragraph",
                            (
                                "<p>Школы охватывают множество детей в том возрасте, когда формируются привычки на "
                                "всю жизнь, поэтому они идеально подходят для профилактики. Эффективные программы "
                                "сочетают ежедневную контролируемую чистку зубов фторсодержащей пастой (1000–1500 "
                                "мг/кг), покрытие зубов фторлаком не реже двух раз в год у детей с высоким риском, "
                                "герметизацию фиссур постоянных моляров и простые сообщения о вреде сахара и табака. "
                                "Само по себе санитарное просвещение редко меняет поведение; лучше всего оно "
                                "работает при поддержке изменений в школьной среде, например здорового питания в "
                                "столовой и доступа к чистой питьевой воде.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Выездная работа с населением должна быть плановой частью стоматологической "
                                "программы, а не эпизодической акцией. Планируя выездную программу, преподавателям "
                                "следует:</p>"
                                "<ul><li>согласовать цели и распределение обязанностей с директорами школ, "
                                "родителями и местными службами здравоохранения;</li>"
                                "<li>подготовить студентов с помощью чётких протоколов скрининга, инфекционного "
                                "контроля и направления к специалистам;</li>"
                                "<li>убедиться, что нуждающихся в лечении детей направляют в клинику, которая "
                                "действительно их примет;</li>"
                                "<li>оценить результаты и аттестовать студентов по выполненной под руководством "
                                "работе и рефлексивным отчётам.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "Скрининг без отлаженной системы направления может подорвать доверие к "
                                    "программе. До первого выезда уточните, где будут лечить детей с болью, "
                                    "инфекцией или множественным кариесом."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Health-promoting schools: an opportunity for oral health promotion",
                                    "author": "Kwan SYL, Petersen PE, Pine CM, Borutta A",
                                    "year": 2005,
                                },
                                {
                                    "title": (
                                        "Fluoride varnishes for preventing dental caries in children and adolescents"
                                    ),
                                    "author": "Marinho VCC, Worthington HV, Walsh T, Clarkson JE",
                                    "year": 2013,
                                },
                            ],
                        ),
                    ],
                },
            },
        ],
    },
    {
        "key": "assessment",
        "discipline": "medical_education",
        "cpd_hours": "15.0",
        "min_attendance_percent": 75,
        "delivery_languages": ["en", "ru", "kk"],
        "cover_colour": "#7a3e9d",
        "title": {
            "en": "Assessment in Medical Education: OSCE, Workplace-Based Assessment and Feedback",
            "ur": "طبی تعلیم میں جانچ: OSCE، کام کی جگہ پر جانچ اور فیڈبیک",
            "kk": "Медициналық білім берудегі бағалау: ОСКЭ, жұмыс орнында бағалау және кері байланыс",
            "ru": "Оценивание в медицинском образовании: ОСКЭ, оценка на рабочем месте и обратная связь",
        },
        "slug": {
            "en": "assessment-in-medical-education",
            "ur": "طبی-تعلیم-میں-جانچ",
            "kk": "медициналық-білім-берудегі-бағалау",
            "ru": "оценивание-в-медицинском-образовании",
        },
        "intro": {
            "en": (
                "A course on designing fair and reliable assessments, from OSCE stations to workplace-based tools, "
                "and on using feedback to drive learning."
            ),
            "ur": (
                "منصفانہ اور قابل اعتماد جانچ کی تیاری پر ایک کورس، OSCE اسٹیشنز سے لے کر کام کی جگہ پر جانچ کے "
                "طریقوں تک، اور اس بارے میں کہ فیڈبیک کو سیکھنے کا عمل آگے بڑھانے کے لیے کیسے استعمال کیا جائے۔"
            ),
            "kk": (
                "ОСКЭ станцияларынан бастап жұмыс орнында бағалау құралдарына дейін әділ әрі сенімді бағалауды "
                "әзірлеуге және кері байланысты оқуды ілгерілету үшін пайдалануға арналған курс."
            ),
            "ru": (
                "Курс о том, как разрабатывать справедливые и надёжные формы оценивания — от станций ОСКЭ до "
                "инструментов оценки на рабочем месте — и как использовать обратную связь для развития обучающихся."
            ),
        },
        "audience": {
            "en": (
                "Faculty members who write examinations, serve as OSCE examiners or supervise trainees in clinical "
                "workplaces."
            ),
            "ur": (
                "وہ اساتذہ جو امتحانات تیار کرتے ہیں، OSCE میں ممتحن کے فرائض انجام دیتے ہیں یا کلینیکل ماحول میں "
                "زیر تربیت ڈاکٹروں کی نگرانی کرتے ہیں۔"
            ),
            "kk": (
                "Емтихан тапсырмаларын әзірлейтін, ОСКЭ-де емтихан алушы болатын немесе клиникалық базаларда "
                "резиденттерге жетекшілік ететін оқытушыларға арналған."
            ),
            "ru": (
                "Для преподавателей, которые составляют экзаменационные материалы, работают экзаменаторами на ОСКЭ "
                "или руководят обучением ординаторов и резидентов на клинических базах."
            ),
        },
        "outcomes": {
            "en": [
                (
                    "Explain how Miller's pyramid and the principles of validity and reliability guide the choice of "
                    "assessment methods."
                ),
                (
                    "Design an OSCE station with a clear task, a marking checklist or rating scale and instructions "
                    "for the standardised patient."
                ),
                "Use the mini-CEX and DOPS to assess trainees in the clinical workplace.",
                "Conduct constructive feedback conversations that help learners plan their improvement.",
            ],
            "ur": [
                ("ملر کے اہرام اور درستی و اعتباریت کے اصولوں کی روشنی میں جانچ کے طریقوں کے انتخاب کی وضاحت کرنا۔"),
                (
                    "واضح ٹاسک، مارکنگ چیک لسٹ یا ریٹنگ اسکیل اور اسٹینڈرڈائزڈ مریض کے لیے ہدایات کے ساتھ OSCE "
                    "اسٹیشن تیار کرنا۔"
                ),
                "کلینیکل ماحول میں زیر تربیت ڈاکٹروں کی جانچ کے لیے mini-CEX اور DOPS کا استعمال کرنا۔",
                "فیڈبیک پر ایسی تعمیری گفتگو کرنا جو سیکھنے والوں کو اپنی بہتری کا لائحہ عمل بنانے میں مدد دے۔",
            ],
            "kk": [
                (
                    "Миллер пирамидасы мен валидтілік және сенімділік қағидаттары бағалау әдістерін таңдауға қалай "
                    "бағыт беретінін түсіндіру."
                ),
                (
                    "Нақты тапсырмасы, бағалау парағы немесе рейтингтік шкаласы және стандартталған пациентке "
                    "арналған нұсқаулығы бар ОСКЭ станциясын әзірлеу."
                ),
                "Клиникалық базада резиденттерді бағалау үшін mini-CEX және DOPS құралдарын қолдану.",
                "Білім алушыларға өз дамуын жоспарлауға көмектесетін сындарлы кері байланыс әңгімелерін жүргізу.",
            ],
            "ru": [
                (
                    "Объяснять, как пирамида Миллера и принципы валидности и надёжности определяют выбор методов "
                    "оценивания."
                ),
                (
                    "Разрабатывать станцию ОСКЭ с чётким заданием, оценочным чек-листом или рейтинговой шкалой и "
                    "инструкциями для стандартизированного пациента."
                ),
                "Использовать mini-CEX и DOPS для оценки ординаторов и резидентов на клиническом рабочем месте.",
                (
                    "Проводить конструктивные беседы с обратной связью, которые помогают обучающимся планировать "
                    "своё развитие."
                ),
            ],
        },
        "modules": [
            {
                "title": {
                    "en": "Designing and Running an OSCE",
                    "ur": "OSCE کی تیاری اور انعقاد",
                    "kk": "ОСКЭ-ні әзірлеу және өткізу",
                    "ru": "Разработка и проведение ОСКЭ",
                },
                "slug": {
                    "en": "designing-and-running-an-osce",
                    "ur": "آسکی-کی-تیاری-اور-انعقاد",
                    "kk": "оскэ-әзірлеу-және-өткізу",
                    "ru": "разработка-и-проведение-оскэ",
                },
                "intro": {
                    "en": (
                        "How to build OSCE stations, train examiners and standardised patients, and set a defensible "
                        "pass mark."
                    ),
                    "ur": (
                        "OSCE اسٹیشن کیسے بنائے جائیں، ممتحنین اور اسٹینڈرڈائزڈ مریضوں کو تربیت کیسے دی جائے، اور "
                        "قابل دفاع پاس مارک کیسے مقرر کیا جائے۔"
                    ),
                    "kk": (
                        "ОСКЭ станцияларын қалай құру, емтихан алушылар мен стандартталған пациенттерді қалай "
                        "даярлау және негізделген өту шегін қалай белгілеу керек."
                    ),
                    "ru": (
                        "Как создавать станции ОСКЭ, готовить экзаменаторов и стандартизированных пациентов и "
                        "устанавливать обоснованный проходной балл."
                    ),
                },
                "estimated_minutes": 90,
                "is_required": True,
                "body": {
                    "en": [
                        ("heading", "From blueprint to pass mark"),
                        (
                            "paragraph",
                            (
                                "<p>The Objective Structured Clinical Examination, introduced by Harden and "
                                "colleagues in 1975, assesses clinical competence at the <em>shows how</em> level of "
                                "Miller's pyramid. Candidates rotate through a series of timed stations, each "
                                "testing a defined task such as history-taking, physical examination, communication "
                                "or a practical procedure. Reliability depends mainly on the <strong>number of "
                                "stations</strong> and on consistent marking, so a blueprint should map stations "
                                "against course outcomes and body systems before any station is written. Many "
                                "examinations use 12 to 20 stations lasting 5 to 10 minutes each.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Each station needs:</p>"
                                "<ul><li>instructions for the candidate stating the task and the time allowed;</li>"
                                "<li>a script and training for the standardised patient;</li>"
                                "<li>a checklist or global rating scale for the examiner;</li>"
                                "<li>a list of equipment and a plan of the station layout.</li></ul>"
                                "<p>Pilot new stations before the examination and brief all examiners together on "
                                "the day. Set the pass mark with a recognised standard-setting method, such as "
                                "borderline regression, rather than an arbitrary fixed percentage, and review "
                                "station statistics afterwards.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Write the examiner checklist together with the station task, not afterwards. If "
                                    "a checklist item cannot be observed within the time allowed, remove it or "
                                    "change the task."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Assessment of clinical competence using objective structured examination",
                                    "author": "Harden RM, Stevenson M, Downie WW, Wilson GM",
                                    "year": 1975,
                                },
                                {
                                    "title": "The assessment of clinical skills/competence/performance",
                                    "author": "Miller GE",
                                    "year": 1990,
                                },
                                {
                                    "title": (
                                        "The Objective Structured Clinical Examination (OSCE): AMEE Guide No. 81. "
                                        "Part I: an historical and theoretical perspective"
                                    ),
                                    "author": "Khan KZ, Ramachandran S, Gaunt K, Pushkar P",
                                    "year": 2013,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "بلیو پرنٹ سے پاس مارک تک"),
                        (
                            "paragraph",
                            (
                                "<p>آبجیکٹو اسٹرکچرڈ کلینیکل ایگزامینیشن (OSCE)، جسے ہارڈن اور ان کے ساتھیوں نے 1975 "
                                "میں متعارف کرایا، ملر کے اہرام کی <em>کر کے دکھانے</em> والی سطح پر کلینیکل قابلیت "
                                "کی جانچ کرتا ہے۔ امیدوار مقررہ وقت والے اسٹیشنز کے ایک سلسلے سے گزرتے ہیں، اور ہر "
                                "اسٹیشن پر کسی متعین کام کی جانچ ہوتی ہے، مثلاً ہسٹری لینا، جسمانی معائنہ، مریض سے "
                                "گفتگو یا کوئی عملی پروسیجر۔ اعتباریت کا دار و مدار زیادہ تر <strong>اسٹیشنز کی "
                                "تعداد</strong> اور یکساں مارکنگ پر ہوتا ہے، اس لیے کوئی بھی اسٹیشن لکھنے سے پہلے "
                                "بلیو پرنٹ کے ذریعے اسٹیشنز کو کورس کے مقاصد اور جسم کے نظاموں سے ہم آہنگ کرنا "
                                "چاہیے۔ بہت سے امتحانات میں 5 سے 10 منٹ دورانیے کے 12 سے 20 اسٹیشن رکھے جاتے ہیں۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>ہر اسٹیشن کے لیے درج ذیل ضروری ہیں:</p>"
                                "<ul><li>امیدوار کے لیے ہدایات جن میں کام اور دستیاب وقت واضح ہو؛</li>"
                                "<li>اسٹینڈرڈائزڈ مریض کے لیے اسکرپٹ اور اس کی تربیت؛</li>"
                                "<li>ممتحن کے لیے چیک لسٹ یا گلوبل ریٹنگ اسکیل؛</li>"
                                "<li>سامان کی فہرست اور اسٹیشن کی ترتیب کا نقشہ۔</li></ul>"
                                "<p>امتحان سے پہلے نئے اسٹیشنز کو آزمائشی طور پر چلائیں اور امتحان کے دن تمام "
                                "ممتحنین کو ایک ساتھ بریفنگ دیں۔ پاس مارک کسی من مانے مقررہ فیصد کے بجائے اسٹینڈرڈ "
                                "سیٹنگ کے کسی تسلیم شدہ طریقے، مثلاً بارڈر لائن ریگریشن، سے طے کریں، اور امتحان کے "
                                "بعد اسٹیشنز کے شماریاتی نتائج کا جائزہ لیں۔</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "ممتحن کی چیک لسٹ اسٹیشن کے کام کے ساتھ ہی تیار کریں، بعد میں نہیں۔ اگر چیک لسٹ "
                                    "کا کوئی نکتہ مقررہ وقت میں دیکھا نہ جا سکے تو اسے نکال دیں یا کام میں تبدیلی "
                                    "کریں۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Assessment of clinical competence using objective structured examination",
                                    "author": "Harden RM, Stevenson M, Downie WW, Wilson GM",
                                    "year": 1975,
                                },
                                {
                                    "title": "The assessment of clinical skills/competence/performance",
                                    "author": "Miller GE",
                                    "year": 1990,
                                },
                                {
                                    "title": (
                                        "The Objective Structured Clinical Examination (OSCE): AMEE Guide No. 81. "
                                        "Part I: an historical and theoretical perspective"
                                    ),
                                    "author": "Khan KZ, Ramachandran S, Gaunt K, Pushkar P",
                                    "year": 2013,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "Спецификациядан өту шегіне дейін"),
                        (
                            "paragraph",
                            (
                                "<p>1975 жылы Харден мен әріптестері енгізген объективті құрылымдалған клиникалық "
                                "емтихан (ОСКЭ) клиникалық құзыреттілікті Миллер пирамидасының <em>«көрсете "
                                "алады»</em> деңгейінде бағалайды. Үміткерлер уақыты шектелген станциялар тізбегінен "
                                "өтеді, әр станцияда анамнез жинау, физикалдық тексеру, қарым-қатынас немесе "
                                "практикалық манипуляция сияқты нақты тапсырма тексеріледі. Сенімділік негізінен "
                                "<strong>станциялар санына</strong> және бағалаудың біркелкілігіне байланысты, "
                                "сондықтан бірде-бір станция жазылмас бұрын спецификацияда станцияларды курстың "
                                "оқыту нәтижелері мен ағза жүйелеріне сәйкестендіру керек. Көптеген емтихандарда "
                                "әрқайсысы 5–10 минуттық 12–20 станция қолданылады.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Әр станцияға мыналар қажет:</p>"
                                "<ul><li>тапсырма мен берілген уақыт көрсетілген үміткерге арналған нұсқаулық;</li>"
                                "<li>стандартталған пациентке арналған сценарий және оны даярлау;</li>"
                                "<li>емтихан алушыға арналған бағалау парағы немесе жалпы рейтингтік шкала;</li>"
                                "<li>жабдықтар тізімі және станцияның орналасу сызбасы.</li></ul>"
                                "<p>Жаңа станцияларды емтиханға дейін сынақтан өткізіп, емтихан күні барлық емтихан "
                                "алушыларға бірге нұсқама беріңіз. Өту шегін кездейсоқ белгіленген тұрақты пайызбен "
                                "емес, шекаралық регрессия сияқты танылған стандарт белгілеу әдісімен анықтаңыз және "
                                "емтиханнан кейін станциялардың статистикасын талдаңыз.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Емтихан алушының бағалау парағын станция тапсырмасымен бірге жазыңыз, кейін "
                                    "емес. Егер парақтағы қандай да бір тармақты берілген уақыт ішінде бақылау "
                                    "мүмкін болмаса, оны алып тастаңыз немесе тапсырманы өзгертіңіз."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Assessment of clinical competence using objective structured examination",
                                    "author": "Harden RM, Stevenson M, Downie WW, Wilson GM",
                                    "year": 1975,
                                },
                                {
                                    "title": "The assessment of clinical skills/competence/performance",
                                    "author": "Miller GE",
                                    "year": 1990,
                                },
                                {
                                    "title": (
                                        "The Objective Structured Clinical Examination (OSCE): AMEE Guide No. 81. "
                                        "Part I: an historical and theoretical perspective"
                                    ),
                                    "author": "Khan KZ, Ramachandran S, Gaunt K, Pushkar P",
                                    "year": 2013,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "От спецификации до проходного балла"),
                        (
                            "paragraph",
                            (
                                "<p>Объективный структурированный клинический экзамен (ОСКЭ), предложенный Харденом "
                                "и соавторами в 1975 году, оценивает клиническую компетентность на уровне "
                                "<em>«показывает, как»</em> пирамиды Миллера. Кандидаты последовательно проходят "
                                "серию станций с ограниченным временем, на каждой из которых проверяется "
                                "определённое задание: сбор анамнеза, физикальное обследование, коммуникация или "
                                "практическая манипуляция. Надёжность зависит прежде всего от <strong>числа "
                                "станций</strong> и согласованности оценивания, поэтому ещё до написания станций "
                                "следует составить спецификацию, соотнеся станции с результатами обучения и "
                                "системами органов. Во многих экзаменах используют от 12 до 20 станций "
                                "продолжительностью 5–10 минут каждая.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Для каждой станции необходимы:</p>"
                                "<ul><li>инструкция для кандидата с указанием задания и отведённого времени;</li>"
                                "<li>сценарий для стандартизированного пациента и его подготовка;</li>"
                                "<li>чек-лист или глобальная рейтинговая шкала для экзаменатора;</li>"
                                "<li>перечень оборудования и схема размещения станции.</li></ul>"
                                "<p>Апробируйте новые станции до экзамена и в день экзамена проведите общий "
                                "инструктаж для всех экзаменаторов. Устанавливайте проходной балл признанным методом "
                                "стандартизации, например методом пограничной регрессии, а не произвольным "
                                "фиксированным процентом, и после экзамена анализируйте статистику по станциям.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Составляйте чек-лист экзаменатора одновременно с заданием станции, а не после. "
                                    "Если какой-либо пункт невозможно пронаблюдать за отведённое время, уберите его "
                                    "или измените задание."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "Assessment of clinical competence using objective structured examination",
                                    "author": "Harden RM, Stevenson M, Downie WW, Wilson GM",
                                    "year": 1975,
                                },
                                {
                                    "title": "The assessment of clinical skills/competence/performance",
                                    "author": "Miller GE",
                                    "year": 1990,
                                },
                                {
                                    "title": (
                                        "The Objective Structured Clinical Examination (OSCE): AMEE Guide No. 81. "
                                        "Part I: an historical and theoretical perspective"
                                    ),
                                    "author": "Khan KZ, Ramachandran S, Gaunt K, Pushkar P",
                                    "year": 2013,
                                },
                            ],
                        ),
                    ],
                },
            },
            {
                "title": {
                    "en": "Workplace-Based Assessment: Mini-CEX and DOPS",
                    "ur": "کام کی جگہ پر جانچ: Mini-CEX اور DOPS",
                    "kk": "Жұмыс орнында бағалау: Mini-CEX және DOPS",
                    "ru": "Оценка на рабочем месте: Mini-CEX и DOPS",
                },
                "slug": {
                    "en": "workplace-based-assessment",
                    "ur": "کام-کی-جگہ-پر-جانچ",
                    "kk": "жұмыс-орнында-бағалау",
                    "ru": "оценка-на-рабочем-месте",
                },
                "intro": {
                    "en": "Using short observed encounters to assess what trainees actually do with real patients.",
                    "ur": (
                        "مختصر مشاہداتی ملاقاتوں کے ذریعے یہ جانچنا کہ زیر تربیت ڈاکٹر حقیقی مریضوں کے ساتھ درحقیقت "
                        "کیا کرتے ہیں۔"
                    ),
                    "kk": (
                        "Резиденттердің нақты науқастармен шын мәнінде не істейтінін қысқа бақыланатын клиникалық "
                        "кездесулер арқылы бағалау."
                    ),
                    "ru": (
                        "Как с помощью коротких наблюдаемых клинических эпизодов оценить, что обучающиеся на самом "
                        "деле делают с реальными пациентами."
                    ),
                },
                "estimated_minutes": 60,
                "is_required": True,
                "body": {
                    "en": [
                        ("heading", "Assessing the top of Miller's pyramid"),
                        (
                            "paragraph",
                            (
                                "<p>Workplace-based assessment targets the <em>does</em> level of Miller's pyramid: "
                                "what trainees actually do in daily practice. The <strong>mini-CEX</strong> (mini "
                                "clinical evaluation exercise) is a 15–20 minute observation of a real clinical "
                                "encounter, rated on domains such as history-taking, physical examination, "
                                "communication, clinical judgement and professionalism. <strong>DOPS</strong> "
                                "(direct observation of procedural skills) assesses practical procedures in a "
                                "similar way. Because each encounter is short, trainees should be assessed several "
                                "times, by different assessors and across a range of patients, to build a reliable "
                                "picture.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>These tools are most valuable when they are used for learning rather than as a "
                                "tick-box exercise. To make them work:</p>"
                                "<ul><li>let trainees choose their cases but agree a minimum number for each "
                                "rotation;</li>"
                                "<li>train assessors to use the rating scale consistently;</li>"
                                "<li>always follow the observation with immediate, specific feedback and an agreed "
                                "action plan;</li>"
                                "<li>review all assessments together in the trainee's portfolio when making "
                                "progression decisions.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "A single mini-CEX score should never be used to decide whether a trainee passes "
                                    "or fails. High-stakes decisions must rest on many observations by several "
                                    "assessors."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "The mini-CEX: a method for assessing clinical skills",
                                    "author": "Norcini JJ, Blank LL, Duffy FD, Fortna GS",
                                    "year": 2003,
                                },
                                {
                                    "title": "Workplace-based assessment as an educational tool: AMEE Guide No. 31",
                                    "author": "Norcini J, Burch V",
                                    "year": 2007,
                                },
                                {
                                    "title": "Assessing professional competence: from methods to programmes",
                                    "author": "van der Vleuten CPM, Schuwirth LWT",
                                    "year": 2005,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "ملر کے اہرام کی بلند ترین سطح کی جانچ"),
                        (
                            "paragraph",
                            (
                                "<p>کام کی جگہ پر جانچ ملر کے اہرام کی <em>عملاً کرنے</em> والی سطح کو ہدف بناتی ہے، "
                                "یعنی یہ کہ زیر تربیت ڈاکٹر روزمرہ پریکٹس میں حقیقتاً کیا کرتے ہیں۔ "
                                "<strong>mini-CEX</strong> (منی کلینیکل ایویلیوایشن ایکسرسائز) کسی حقیقی کلینیکل "
                                "ملاقات کا 15 سے 20 منٹ کا مشاہدہ ہے، جس میں ہسٹری لینے، جسمانی معائنے، گفتگو، "
                                "کلینیکل فیصلہ سازی اور پیشہ ورانہ رویے جیسے پہلوؤں کی درجہ بندی کی جاتی ہے۔ "
                                "<strong>DOPS</strong> (عملی پروسیجرز کا براہ راست مشاہدہ) اسی انداز میں عملی "
                                "مہارتوں کی جانچ کرتا ہے۔ چونکہ ہر ملاقات مختصر ہوتی ہے، اس لیے قابل اعتماد تصویر "
                                "حاصل کرنے کے لیے زیر تربیت ڈاکٹروں کی مختلف ممتحنین کے ذریعے اور مختلف مریضوں کے "
                                "ساتھ کئی بار جانچ ہونی چاہیے۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>یہ طریقے اس وقت سب سے زیادہ مفید ہوتے ہیں جب انہیں محض خانہ پری کے بجائے سیکھنے "
                                "کے لیے استعمال کیا جائے۔ انہیں مؤثر بنانے کے لیے:</p>"
                                "<ul><li>زیر تربیت ڈاکٹروں کو کیس خود منتخب کرنے دیں لیکن ہر روٹیشن کے لیے کم از کم "
                                "تعداد طے کر لیں؛</li>"
                                "<li>ممتحنین کو ریٹنگ اسکیل یکساں طور پر استعمال کرنے کی تربیت دیں؛</li>"
                                "<li>ہر مشاہدے کے فوراً بعد مخصوص فیڈبیک دیں اور باہمی مشورے سے لائحہ عمل طے "
                                "کریں؛</li>"
                                "<li>اگلے مرحلے میں ترقی کے فیصلے کرتے وقت زیر تربیت ڈاکٹر کے پورٹ فولیو میں موجود "
                                "تمام جائزوں کو مجموعی طور پر دیکھیں۔</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "کسی ایک mini-CEX کے اسکور کی بنیاد پر کبھی یہ فیصلہ نہ کریں کہ زیر تربیت ڈاکٹر "
                                    "پاس ہے یا فیل۔ اہم فیصلے متعدد ممتحنین کے بہت سے مشاہدات پر مبنی ہونے چاہییں۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "The mini-CEX: a method for assessing clinical skills",
                                    "author": "Norcini JJ, Blank LL, Duffy FD, Fortna GS",
                                    "year": 2003,
                                },
                                {
                                    "title": "Workplace-based assessment as an educational tool: AMEE Guide No. 31",
                                    "author": "Norcini J, Burch V",
                                    "year": 2007,
                                },
                                {
                                    "title": "Assessing professional competence: from methods to programmes",
                                    "author": "van der Vleuten CPM, Schuwirth LWT",
                                    "year": 2005,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "Миллер пирамидасының ең жоғарғы деңгейін бағалау"),
                        (
                            "paragraph",
                            (
                                "<p>Жұмыс орнында бағалау Миллер пирамидасының <em>«істейді»</em> деңгейіне, яғни "
                                "резиденттердің күнделікті тәжірибеде шын мәнінде не істейтініне бағытталған. "
                                "<strong>Mini-CEX</strong> (шағын клиникалық бағалау жаттығуы) – нақты клиникалық "
                                "кездесуді 15–20 минут бақылау; ол анамнез жинау, физикалдық тексеру, қарым-қатынас, "
                                "клиникалық шешім қабылдау және кәсібилік сияқты салалар бойынша бағаланады. "
                                "<strong>DOPS</strong> (практикалық дағдыларды тікелей бақылау) манипуляцияларды "
                                "осыған ұқсас тәсілмен бағалайды. Әр кездесу қысқа болғандықтан, сенімді көрініс "
                                "қалыптастыру үшін резиденттерді әртүрлі бағалаушылар түрлі науқастармен бірнеше рет "
                                "бағалауы керек.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Бұл құралдар формальды белгі қою үшін емес, оқу үшін қолданылғанда ең пайдалы "
                                "болады. Олардың нәтижелі болуы үшін:</p>"
                                "<ul><li>резиденттерге жағдайларды өздері таңдауға мүмкіндік беріңіз, бірақ әр "
                                "ротацияға ең аз санын келісіп алыңыз;</li>"
                                "<li>бағалаушыларды рейтингтік шкаланы біркелкі қолдануға үйретіңіз;</li>"
                                "<li>әр бақылаудан кейін бірден нақты кері байланыс беріп, келісілген іс-қимыл "
                                "жоспарын құрыңыз;</li>"
                                "<li>келесі кезеңге өту туралы шешім қабылдағанда резиденттің портфолиосындағы "
                                "барлық бағалауды жиынтық түрде қарастырыңыз.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "Резиденттің өткен-өтпегенін бір ғана mini-CEX бағасы бойынша шешуге болмайды. "
                                    "Маңызды шешімдер бірнеше бағалаушының көптеген бақылауларына негізделуі тиіс."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "The mini-CEX: a method for assessing clinical skills",
                                    "author": "Norcini JJ, Blank LL, Duffy FD, Fortna GS",
                                    "year": 2003,
                                },
                                {
                                    "title": "Workplace-based assessment as an educational tool: AMEE Guide No. 31",
                                    "author": "Norcini J, Burch V",
                                    "year": 2007,
                                },
                                {
                                    "title": "Assessing professional competence: from methods to programmes",
                                    "author": "van der Vleuten CPM, Schuwirth LWT",
                                    "year": 2005,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "Оценка вершины пирамиды Миллера"),
                        (
                            "paragraph",
                            (
                                "<p>Оценка на рабочем месте направлена на уровень <em>«делает»</em> пирамиды Миллера "
                                "— на то, что обучающиеся действительно делают в повседневной практике. "
                                "<strong>Mini-CEX</strong> (мини-клиническое оценочное упражнение) — это "
                                "15–20-минутное наблюдение за реальной клинической встречей с оценкой по таким "
                                "направлениям, как сбор анамнеза, физикальное обследование, коммуникация, "
                                "клиническое суждение и профессионализм. <strong>DOPS</strong> (прямое наблюдение за "
                                "выполнением практических навыков) аналогичным образом оценивает манипуляции. "
                                "Поскольку каждый эпизод короткий, обучающихся нужно оценивать многократно, разными "
                                "экспертами и на разных пациентах, чтобы получить надёжную картину.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Эти инструменты наиболее ценны, когда используются для обучения, а не для "
                                "формальной галочки. Чтобы они работали:</p>"
                                "<ul><li>позволяйте обучающимся самим выбирать случаи, но согласуйте их минимальное "
                                "число на каждый цикл;</li>"
                                "<li>обучайте экспертов единообразно применять рейтинговую шкалу;</li>"
                                "<li>всегда завершайте наблюдение немедленной конкретной обратной связью и "
                                "согласованным планом действий;</li>"
                                "<li>принимая решение о переводе на следующий этап, рассматривайте все оценки в "
                                "портфолио обучающегося в совокупности.</li></ul>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "text": (
                                    "Никогда не используйте единичную оценку mini-CEX для решения о том, сдал "
                                    "обучающийся или нет. Решения с высокими ставками должны опираться на множество "
                                    "наблюдений нескольких экспертов."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {
                                    "title": "The mini-CEX: a method for assessing clinical skills",
                                    "author": "Norcini JJ, Blank LL, Duffy FD, Fortna GS",
                                    "year": 2003,
                                },
                                {
                                    "title": "Workplace-based assessment as an educational tool: AMEE Guide No. 31",
                                    "author": "Norcini J, Burch V",
                                    "year": 2007,
                                },
                                {
                                    "title": "Assessing professional competence: from methods to programmes",
                                    "author": "van der Vleuten CPM, Schuwirth LWT",
                                    "year": 2005,
                                },
                            ],
                        ),
                    ],
                },
            },
            {
                "title": {
                    "en": "Giving Effective Feedback",
                    "ur": "مؤثر فیڈبیک دینا",
                    "kk": "Тиімді кері байланыс беру",
                    "ru": "Эффективная обратная связь",
                },
                "slug": {
                    "en": "giving-effective-feedback",
                    "ur": "مؤثر-فیڈبیک-دینا",
                    "kk": "тиімді-кері-байланыс-беру",
                    "ru": "эффективная-обратная-связь",
                },
                "intro": {
                    "en": "Practical models for feedback conversations that learners can accept and act on.",
                    "ur": "فیڈبیک پر گفتگو کے عملی ماڈل، جنہیں سیکھنے والے قبول کر سکیں اور جن پر عمل کر سکیں۔",
                    "kk": (
                        "Білім алушылар қабылдап, іс жүзінде қолдана алатын кері байланыс әңгімелерінің практикалық "
                        "модельдері."
                    ),
                    "ru": "Практические модели бесед, в которых обратную связь обучающиеся готовы принять и применить.",
                },
                "estimated_minutes": 45,
                "is_required": False,
                "body": {
                    "en": [
                        ("heading", "Feedback as a conversation"),
                        (
                            "paragraph",
                            (
                                "<p>In his classic 1983 article, Ende described feedback as information about the "
                                "gap between what a learner did and what was expected, offered with the aim of "
                                "improving performance. Good feedback is <strong>timely, specific and based on "
                                "observed behaviour</strong>, not on personality. It should be given in a safe "
                                "setting and linked to goals that the learner understands. Learners often report "
                                "receiving little feedback, while teachers believe they give plenty; naming the "
                                "conversation clearly, for example “let me give you some feedback on that "
                                "examination”, helps to close this gap.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Several simple models can give the conversation a structure:</p>"
                                "<ul><li><strong>Ask–Tell–Ask:</strong> ask the learner to assess their own "
                                "performance, tell them what you observed, then ask how they will use it.</li>"
                                "<li><strong>Pendleton's rules:</strong> discuss first what went well and then what "
                                "could be improved, starting each time with the learner's view.</li>"
                                "<li><strong>R2C2:</strong> build rapport, explore reactions, discuss the content "
                                "and coach for change.</li></ul>"
                                "<p>Whatever the model, end every conversation with one or two concrete actions.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Avoid the so-called feedback sandwich, in which criticism is hidden between two "
                                    "compliments. Learners often remember only the praise and miss the message about "
                                    "what to change."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {"title": "Feedback in clinical medical education", "author": "Ende J", "year": 1983},
                                {"title": "The power of feedback", "author": "Hattie J, Timperley H", "year": 2007},
                                {
                                    "title": (
                                        "Facilitated reflective performance feedback: developing an evidence- and "
                                        "theory-based model that builds relationship, explores reactions and "
                                        "content, and coaches for performance change (R2C2)"
                                    ),
                                    "author": "Sargeant J, Lockyer J, Mann K, et al.",
                                    "year": 2015,
                                },
                            ],
                        ),
                    ],
                    "ur": [
                        ("heading", "فیڈبیک بطور باہمی گفتگو"),
                        (
                            "paragraph",
                            (
                                "<p>اینڈے نے 1983 کے اپنے معروف مضمون میں فیڈبیک کو ایسی معلومات قرار دیا جو سیکھنے "
                                "والے کی اصل کارکردگی اور متوقع کارکردگی کے درمیان فرق کو واضح کرے اور جس کا مقصد "
                                "کارکردگی میں بہتری ہو۔ اچھا فیڈبیک <strong>بروقت، مخصوص اور مشاہدہ کیے گئے رویے پر "
                                "مبنی</strong> ہوتا ہے، شخصیت پر نہیں۔ اسے محفوظ ماحول میں اور ایسے اہداف کے حوالے "
                                "سے دینا چاہیے جنہیں سیکھنے والا سمجھتا ہو۔ طلبہ اکثر کہتے ہیں کہ انہیں بہت کم "
                                "فیڈبیک ملتا ہے، جبکہ اساتذہ سمجھتے ہیں کہ وہ کافی فیڈبیک دیتے ہیں؛ گفتگو کو واضح "
                                "طور پر فیڈبیک کا نام دینا، مثلاً “میں آپ کو اس معائنے پر کچھ فیڈبیک دینا چاہتا "
                                "ہوں”، اس خلا کو کم کرنے میں مدد دیتا ہے۔</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>چند سادہ ماڈل اس گفتگو کو ترتیب دے سکتے ہیں:</p>"
                                "<ul><li><strong>پوچھیں، بتائیں، پوچھیں:</strong> پہلے سیکھنے والے سے اپنی کارکردگی "
                                "کا خود جائزہ لینے کو کہیں، پھر اپنے مشاہدات بتائیں، اور آخر میں پوچھیں کہ وہ ان سے "
                                "کیسے فائدہ اٹھائے گا۔</li>"
                                "<li><strong>پینڈلٹن کے اصول:</strong> پہلے اس پر بات کریں کہ کیا اچھا ہوا، پھر اس "
                                "پر کہ کیا بہتر ہو سکتا ہے، اور ہر بار آغاز سیکھنے والے کی رائے سے کریں۔</li>"
                                "<li><strong>R2C2:</strong> باہمی اعتماد کا تعلق قائم کریں، سیکھنے والے کا ردعمل "
                                "سمجھیں، مواد پر بات کریں اور تبدیلی کے لیے رہنمائی (کوچنگ) کریں۔</li></ul>"
                                "<p>ماڈل کوئی بھی ہو، ہر گفتگو کا اختتام ایک یا دو ٹھوس اقدامات پر کریں۔</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "نام نہاد “فیڈبیک سینڈوچ” سے گریز کریں جس میں تنقید کو دو تعریفوں کے درمیان چھپا "
                                    "دیا جاتا ہے۔ سیکھنے والے اکثر صرف تعریف یاد رکھتے ہیں اور تبدیلی سے متعلق اصل "
                                    "پیغام ان سے رہ جاتا ہے۔"
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {"title": "Feedback in clinical medical education", "author": "Ende J", "year": 1983},
                                {"title": "The power of feedback", "author": "Hattie J, Timperley H", "year": 2007},
                                {
                                    "title": (
                                        "Facilitated reflective performance feedback: developing an evidence- and "
                                        "theory-based model that builds relationship, explores reactions and "
                                        "content, and coaches for performance change (R2C2)"
                                    ),
                                    "author": "Sargeant J, Lockyer J, Mann K, et al.",
                                    "year": 2015,
                                },
                            ],
                        ),
                    ],
                    "kk": [
                        ("heading", "Кері байланыс – екіжақты әңгіме"),
                        (
                            "paragraph",
                            (
                                "<p>Энде 1983 жылғы белгілі мақаласында кері байланысты білім алушының іс жүзінде не "
                                "істегені мен одан не күтілгені арасындағы алшақтық туралы, нәтижені жақсарту "
                                "мақсатында берілетін ақпарат ретінде сипаттаған. Жақсы кері байланыс "
                                "<strong>уақтылы, нақты және бақыланған мінез-құлыққа негізделген</strong> болады, "
                                "адамның жеке басына емес. Оны қауіпсіз жағдайда және білім алушыға түсінікті "
                                "мақсаттармен байланыстыра беру керек. Білім алушылар кері байланысты аз алатынын "
                                "жиі айтады, ал оқытушылар оны жеткілікті беремін деп есептейді; әңгімені анық атау, "
                                "мысалы, «Осы тексеру бойынша сізге кері байланыс берейін» деу, бұл алшақтықты "
                                "азайтуға көмектеседі.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Әңгімені құрылымдауға бірнеше қарапайым модель көмектеседі:</p>"
                                "<ul><li><strong>«Сұра – айт – сұра»:</strong> алдымен білім алушыдан өз жұмысын "
                                "бағалауды сұраңыз, содан кейін өз байқағаныңызды айтыңыз, соңында оны қалай "
                                "пайдаланатынын сұраңыз.</li>"
                                "<li><strong>Пендлтон ережелері:</strong> алдымен не жақсы болғанын, содан соң нені "
                                "жақсартуға болатынын талқылаңыз, әр жолы білім алушының пікірінен бастаңыз.</li>"
                                "<li><strong>R2C2:</strong> сенімді қарым-қатынас орнатыңыз, білім алушының "
                                "реакциясын анықтаңыз, мазмұнын талқылаңыз және өзгеріске коучинг жасаңыз.</li></ul>"
                                "<p>Қандай модель болмасын, әр әңгімені бір-екі нақты әрекетпен аяқтаңыз.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Сынды екі мақтаудың арасына жасыратын «кері байланыс сэндвичі» деп аталатын "
                                    "тәсілден аулақ болыңыз. Білім алушылар көбіне тек мақтауды есте сақтап, нені "
                                    "өзгерту керегі туралы негізгі ойды аңғармай қалады."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {"title": "Feedback in clinical medical education", "author": "Ende J", "year": 1983},
                                {"title": "The power of feedback", "author": "Hattie J, Timperley H", "year": 2007},
                                {
                                    "title": (
                                        "Facilitated reflective performance feedback: developing an evidence- and "
                                        "theory-based model that builds relationship, explores reactions and "
                                        "content, and coaches for performance change (R2C2)"
                                    ),
                                    "author": "Sargeant J, Lockyer J, Mann K, et al.",
                                    "year": 2015,
                                },
                            ],
                        ),
                    ],
                    "ru": [
                        ("heading", "Обратная связь как диалог"),
                        (
                            "paragraph",
                            (
                                "<p>В классической статье 1983 года Энде описал обратную связь как информацию о "
                                "разрыве между тем, что сделал обучающийся, и тем, что от него ожидалось, "
                                "предоставляемую с целью улучшить результат. Хорошая обратная связь — "
                                "<strong>своевременная, конкретная и основанная на наблюдаемом поведении</strong>, а "
                                "не на личности. Её следует давать в безопасной обстановке и связывать с целями, "
                                "понятными обучающемуся. Обучающиеся часто говорят, что получают мало обратной "
                                "связи, тогда как преподаватели уверены, что дают её достаточно; если ясно "
                                "обозначить разговор, например: «Давайте я дам вам обратную связь по этому осмотру», "
                                "— этот разрыв сокращается.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Структурировать беседу помогают несколько простых моделей:</p>"
                                "<ul><li><strong>«Спроси – скажи – спроси»:</strong> попросите обучающегося оценить "
                                "свою работу, расскажите, что вы наблюдали, а затем спросите, как он это "
                                "использует.</li>"
                                "<li><strong>Правила Пендлтона:</strong> сначала обсудите, что получилось хорошо, "
                                "затем — что можно улучшить, каждый раз начиная с мнения обучающегося.</li>"
                                "<li><strong>R2C2:</strong> установите доверительный контакт, выясните реакцию, "
                                "обсудите содержание и помогите наметить изменения (коучинг).</li></ul>"
                                "<p>Какую бы модель вы ни выбрали, завершайте каждую беседу одним-двумя конкретными "
                                "действиями.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "text": (
                                    "Избегайте так называемого «сэндвича обратной связи», когда критика спрятана "
                                    "между двумя похвалами. Обучающиеся часто запоминают только похвалу и упускают "
                                    "главное — что нужно изменить."
                                ),
                            },
                        ),
                        (
                            "reading",
                            [
                                {"title": "Feedback in clinical medical education", "author": "Ende J", "year": 1983},
                                {"title": "The power of feedback", "author": "Hattie J, Timperley H", "year": 2007},
                                {
                                    "title": (
                                        "Facilitated reflective performance feedback: developing an evidence- and "
                                        "theory-based model that builds relationship, explores reactions and "
                                        "content, and coaches for performance change (R2C2)"
                                    ),
                                    "author": "Sargeant J, Lockyer J, Mann K, et al.",
                                    "year": 2015,
                                },
                            ],
                        ),
                    ],
                },
            },
        ],
    },
]
