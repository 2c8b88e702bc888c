"""Small builders for survey and rubric tests."""

from faculty_training.models import (
    CourseObservation,
    CourseSurvey,
    Rubric,
    RubricCriterion,
    SurveyItem,
    SurveyTemplate,
)


def build_survey_template(title="End of course"):
    template = SurveyTemplate.objects.create(
        title_en=title,
        title_kk="Курс соңындағы сауалнама",
        title_ur="کورس کے اختتام پر سروے",
        title_ru="Анкета по окончании курса",
    )
    SurveyItem.objects.create(
        template=template,
        sort_order=1,
        kind="likert",
        text_en="The course was relevant",
        text_kk="Курс өзекті болды",
        text_ur="کورس متعلقہ تھا",
        scale_en="Relevance",
        scale_kk="Өзектілік",
    )
    SurveyItem.objects.create(
        template=template,
        sort_order=2,
        kind="likert",
        text_en="I will use what I learned",
        scale_en="Relevance",
        text_kk="Үйренгенімді қолданамын",
    )
    SurveyItem.objects.create(
        template=template,
        sort_order=3,
        kind="single",
        text_en="Best format",
        options_en="Lecture\nWorkshop",
        text_kk="Ең жақсы формат",
        options_kk="Дәріс\nШеберхана",
    )
    SurveyItem.objects.create(
        template=template,
        sort_order=4,
        kind="multiple",
        text_en="What helped",
        options_en="Slides\nCases\nPeers",
        is_required=False,
    )
    SurveyItem.objects.create(
        template=template,
        sort_order=5,
        kind="text",
        text_en="Anything else?",
        is_required=False,
        text_kk="Тағы не айтасыз?",
    )
    return template


def build_course_survey(course, template=None, **fields):
    defaults = {"opens": CourseSurvey.Opens.AT_COMPLETION, "is_anonymous": True}
    defaults.update(fields)
    return CourseSurvey.objects.create(course=course, template=template or build_survey_template(), **defaults)


def answers_for(template, level=4, text=""):
    items = {item.kind + str(item.sort_order): item for item in template.items.all()}
    answers = {}
    for item in template.items.all():
        if item.kind == "likert":
            answers[item.pk] = level
        elif item.kind == "single":
            answers[item.pk] = 1
        elif item.kind == "multiple":
            answers[item.pk] = [0, 2]
        else:
            answers[item.pk] = text
    del items
    return answers


def build_rubric():
    rubric = Rubric.objects.create(
        title_en="Micro-teaching",
        title_kk="Микросабақ",
        levels_en="Beginning\nDeveloping\nCompetent\nExemplary",
        levels_kk="Бастапқы\nДамушы\nҚұзыретті\nҮлгілі",
    )
    RubricCriterion.objects.create(
        rubric=rubric,
        sort_order=1,
        title_en="Set induction",
        title_kk="Сабаққа кіріспе",
        descriptors_en="No opening\nA vague opening\nA clear opening\nAn engaging opening",
    )
    RubricCriterion.objects.create(rubric=rubric, sort_order=2, title_en="Questioning", title_kk="Сұрақ қою")
    RubricCriterion.objects.create(
        rubric=rubric, sort_order=3, title_en="Use of the lesson plan", perspective="facilitator"
    )
    return rubric


def build_observation(course, rubric=None, **fields):
    return CourseObservation.objects.create(course=course, rubric=rubric or build_rubric(), **fields)
