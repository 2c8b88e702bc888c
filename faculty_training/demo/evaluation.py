"""Demo evaluation: an end-of-course survey with answers and a micro-teaching rubric with scored
episodes, so that every evaluation report has numbers. Safe to rerun."""

import datetime

from ..models import (
    CourseObservation,
    CourseSurvey,
    Rubric,
    RubricCriterion,
    SurveyItem,
    SurveyTemplate,
    TeachingEpisode,
)

SURVEY = {
    "title": {
        "en": "End of course",
        "ur": "کورس کے اختتام پر سروے",
        "kk": "Курс соңындағы сауалнама",
        "ru": "Анкета по окончании курса",
    },
    "intro": {
        "en": "Tell us how the course went. It takes about three minutes.",
        "ur": "ہمیں بتائیں کہ کورس کیسا رہا۔ اس میں تقریباً تین منٹ لگتے ہیں۔",
        "kk": "Курс қалай өткенін айтыңыз. Шамамен үш минут алады.",
        "ru": "Расскажите, как прошёл курс. Это займёт около трёх минут.",
    },
}
RELEVANCE = {"en": "Relevance", "ur": "مطابقت", "kk": "Өзектілік", "ru": "Актуальность"}
DELIVERY = {"en": "Delivery", "ur": "تدریس کا انداز", "kk": "Өткізу", "ru": "Проведение"}
ITEMS = [
    (
        "likert",
        RELEVANCE,
        {
            "en": "The course was relevant to my teaching.",
            "ur": "کورس میری تدریس سے متعلق تھا۔",
            "kk": "Курс менің оқытуыма қатысты болды.",
            "ru": "Курс был полезен для моего преподавания.",
        },
        None,
    ),
    (
        "likert",
        RELEVANCE,
        {
            "en": "I will use what I learned with my students.",
            "ur": "میں جو سیکھا ہے وہ اپنے طلبہ کے ساتھ استعمال کروں گا۔",
            "kk": "Үйренгенімді студенттеріммен қолданамын.",
            "ru": "Я применю изученное со своими студентами.",
        },
        None,
    ),
    (
        "likert",
        DELIVERY,
        {
            "en": "The facilitators explained clearly.",
            "ur": "سہولت کاروں نے واضح طور پر سمجھایا۔",
            "kk": "Фасилитаторлар түсінікті түсіндірді.",
            "ru": "Фасилитаторы объясняли понятно.",
        },
        None,
    ),
    (
        "likert",
        DELIVERY,
        {
            "en": "The sessions left enough time for practice.",
            "ur": "سیشنز میں مشق کے لیے کافی وقت تھا۔",
            "kk": "Сабақтарда жаттығуға уақыт жеткілікті болды.",
            "ru": "На занятиях хватало времени на практику.",
        },
        None,
    ),
    (
        "single",
        {},
        {
            "en": "Which format helped you most?",
            "ur": "کس انداز نے آپ کی سب سے زیادہ مدد کی؟",
            "kk": "Қай формат сізге көбірек көмектесті?",
            "ru": "Какой формат помог вам больше всего?",
        },
        {
            "en": "Lectures\nWorkshops\nMicro-teaching",
            "ur": "لیکچر\nورکشاپ\nمائیکرو ٹیچنگ",
            "kk": "Дәрістер\nШеберханалар\nМикросабақ",
            "ru": "Лекции\nПрактикумы\nМикропреподавание",
        },
    ),
    (
        "text",
        {},
        {
            "en": "What should we change next time?",
            "ur": "اگلی بار ہمیں کیا تبدیل کرنا چاہیے؟",
            "kk": "Келесі жолы нені өзгертуіміз керек?",
            "ru": "Что нам изменить в следующий раз?",
        },
        None,
    ),
]
COMMENTS = [
    "او ایس سی ای اسٹیشن کی مشق کے لیے مزید وقت دیں۔",
    "Кейстер көбірек болса екен.",
    "سیشنز تھوڑے چھوٹے ہوں تو بہتر ہے۔",
    "Больше разборов реальных лекций.",
    "Слайдтарды әр сабақ алдында бөлісіңіз.",
]
RUBRIC = {
    "title": {"en": "Micro-teaching", "ur": "مائیکرو ٹیچنگ", "kk": "Микросабақ", "ru": "Микропреподавание"},
    "levels": {
        "en": "Beginning\nDeveloping\nCompetent\nExemplary",
        "ur": "ابتدائی\nترقی پذیر\nقابل\nمثالی",
        "kk": "Бастапқы\nДамушы\nҚұзыретті\nҮлгілі",
        "ru": "Начальный\nРазвивающийся\nКомпетентный\nОбразцовый",
    },
}
CRITERIA = [
    (
        {"en": "Set induction", "ur": "سبق کا آغاز", "kk": "Сабаққа кіріспе", "ru": "Введение в тему"},
        {
            "en": "No opening\nStates the topic\nLinks to what students know\nEngages and sets clear outcomes",
            "ur": "کوئی آغاز نہیں\nموضوع بتاتا ہے\nطلبہ کے علم سے جوڑتا ہے\nدلچسپی پیدا کرتا اور واضح نتائج بتاتا ہے",
            "kk": "Кіріспе жоқ\nТақырыпты атайды\nСтуденттер білетінмен байланыстырады\nҚызықтырып, нақты нәтижелерді қояды",
            "ru": "Нет введения\nНазывает тему\nСвязывает с тем, что студенты знают\nВовлекает и ставит ясные цели",
        },
        "all",
    ),
    (
        {"en": "Questioning", "ur": "سوال کرنا", "kk": "Сұрақ қою", "ru": "Постановка вопросов"},
        {
            "en": "No questions\nRecall questions only\nMixes recall and reasoning\nProbes and builds on answers",
            "ur": "کوئی سوال نہیں\nصرف یاد داشت کے سوال\nیاد داشت اور استدلال دونوں\nجوابات پر مزید سوال کرتا ہے",
            "kk": "Сұрақ жоқ\nТек есте сақтау сұрақтары\nЕсте сақтау мен пайымдауды араластырады\nЖауаптарды тереңдетеді",
            "ru": "Нет вопросов\nТолько вопросы на память\nСочетает память и рассуждение\nУглубляет и развивает ответы",
        },
        "all",
    ),
    (
        {
            "en": "Use of the lesson plan",
            "ur": "سبق کے منصوبے کا استعمال",
            "kk": "Сабақ жоспарын қолдану",
            "ru": "Следование плану занятия",
        },
        {
            "en": "No plan\nPlan not followed\nPlan followed\nPlan adapted to the class",
            "ur": "کوئی منصوبہ نہیں\nمنصوبے پر عمل نہیں\nمنصوبے پر عمل\nمنصوبہ کلاس کے مطابق ڈھالا",
            "kk": "Жоспар жоқ\nЖоспар орындалмады\nЖоспар орындалды\nЖоспар топқа бейімделді",
            "ru": "Нет плана\nПлан не соблюдён\nПлан соблюдён\nПлан адаптирован к группе",
        },
        "facilitator",
    ),
]


def _set(obj, field_name, values):
    for language, value in values.items():
        setattr(obj, f"{field_name}_{language}", value)


def demo_survey_ensure(course):
    template = SurveyTemplate.objects.filter(title_en=SURVEY["title"]["en"]).first()
    if template is None:
        template = SurveyTemplate()
        _set(template, "title", SURVEY["title"])
        _set(template, "intro", SURVEY["intro"])
        template.save()
        for order, (kind, scale, text, options) in enumerate(ITEMS, start=1):
            item = SurveyItem(template=template, sort_order=order, kind=kind, is_required=kind != "text")
            _set(item, "text", text)
            _set(item, "scale", scale)
            if options:
                _set(item, "options", options)
            item.save()
    course_survey, _created = CourseSurvey.objects.get_or_create(
        course=course,
        template=template,
        defaults={"opens": CourseSurvey.Opens.AFTER_MODULE, "module": course.get_children().specific().first()},
    )
    return course_survey


def demo_survey_answers_ensure(course_survey, people):
    """Answers of most of the cohort, written as survey_submit writes them (anonymous rows)."""
    from ..models import SurveyCompletion, SurveyResponse
    from ..models.people import Membership

    if course_survey.responses.exists():
        return
    items = list(course_survey.template.items.all())
    today = datetime.date.today()
    for number, person in enumerate(people):
        if number % 7 == 6:
            continue  # some have not answered yet: the reminder has someone to remind
        answers = {}
        for index, item in enumerate(items):
            if item.kind == "likert":
                answers[str(item.pk)] = 3 + (number + index) % 3 if index != 3 else 2 + (number * 3 + index) % 4
            elif item.kind == "single":
                answers[str(item.pk)] = number % 3
            elif number % 3 == 0:
                answers[str(item.pk)] = COMMENTS[number // 3 % len(COMMENTS)]
        profile = person.participant_profile
        confirmed = profile.membership == Membership.VERIFIED and profile.institution_id
        SurveyCompletion.objects.create(course_survey=course_survey, participant=person, completed_on=today)
        SurveyResponse.objects.create(
            course_survey=course_survey,
            institution_id=profile.institution_id if confirmed else None,
            country=profile.institution.country if confirmed else "",
            answers=answers,
        )
    from ..services.surveys import survey_cell_release

    for institution_id in set(course_survey.responses.values_list("institution_id", flat=True)):
        survey_cell_release(course_survey, institution_id)


def demo_rubric_ensure(course):
    rubric = Rubric.objects.filter(title_en=RUBRIC["title"]["en"]).first()
    if rubric is None:
        rubric = Rubric()
        _set(rubric, "title", RUBRIC["title"])
        _set(rubric, "levels", RUBRIC["levels"])
        rubric.save()
        for order, (title, descriptors, perspective) in enumerate(CRITERIA, start=1):
            criterion = RubricCriterion(rubric=rubric, sort_order=order, perspective=perspective)
            _set(criterion, "title", title)
            _set(criterion, "descriptors", descriptors)
            criterion.save()
    observation, _created = CourseObservation.objects.get_or_create(course=course, rubric=rubric)
    return observation


def demo_episodes_ensure(observation, people):
    """Six participants taught before and after the course; a facilitator and two peers scored both."""
    from ..services.rubrics import criteria_for, episode_create, episode_score

    if TeachingEpisode.objects.filter(observation=observation).exists():
        return
    teachers = people[:3] + people[15:18]
    # Written by the teachers in their own language, as they would.
    topics = {
        "PK": ["سینے کا درد: پہلے دس منٹ", "اچھے ایم سی کیو لکھنا", "ٹانکے لگانے کی بنیادی باتیں"],
        "KZ": ["Кеуде ауыруы: алғашқы он минут", "Жақсы тест сұрақтарын жазу", "Тігістің негіздері"],
    }
    for number, teacher in enumerate(teachers):
        peers = [person for person in people if person not in teachers][number * 2 : number * 2 + 2]
        for stage, base, day in (("pre", 1, 1), ("post", 2, 28)):
            episode = episode_create(
                participant=teacher,
                observation=observation,
                stage=stage,
                taught_on=datetime.date.today() - datetime.timedelta(days=60 - day),
                topic=topics[teacher.participant_profile.institution.country][number % 3],
                peers=peers,
            )
            for offset, assignment in enumerate(episode.assessors.all()):
                levels = {
                    str(criterion.pk): min(4, base + (number + offset + index) % 2)
                    for index, criterion in enumerate(criteria_for(assignment))
                }
                episode_score(assignment, levels=levels, comment="")


def demo_evaluation_ensure(course, people):
    course_survey = demo_survey_ensure(course)
    demo_survey_answers_ensure(course_survey, people)
    demo_episodes_ensure(demo_rubric_ensure(course), people)
