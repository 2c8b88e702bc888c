"""Evaluation beyond tests: course surveys (Kirkpatrick level 1) and observed micro-teaching
scored against rubrics (level 3).

Anonymity is a property of the tables, not of the views: an anonymous ``SurveyResponse`` has no
column that names, or can be joined to, a person. Who has answered lives in ``SurveyCompletion``;
the response has a random primary key (its order says nothing about who answered first), no
time of day, and its answers live in the row itself (an answers table with a sequential key
would order them). See docs/coordinators.md, "Anonymity".
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, PreviewableMixin

from ..storage import private_storage

#: Likert answers are 1..5, labelled in the viewer's language.
LIKERT_CHOICES = [
    (1, _("Strongly disagree")),
    (2, _("Disagree")),
    (3, _("Neither agree nor disagree")),
    (4, _("Agree")),
    (5, _("Strongly agree")),
]


def option_lines(text):
    """The options of a choice item: one per non-empty line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class SurveyTemplate(ClusterableModel):
    """A reusable questionnaire ("End of module", "End of course", "Session") in four languages."""

    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("intro"), InlinePanel("items", label=_("Questions"), min_num=1)]

    class Meta:
        verbose_name = _("survey template")
        verbose_name_plural = _("survey templates")
        ordering = ["title"]

    def __str__(self):
        return self.title


class SurveyItem(Orderable):
    class Kind(models.TextChoices):
        LIKERT = "likert", _("Agreement (1–5)")
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        TEXT = "text", _("Free text")

    template = ParentalKey(SurveyTemplate, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.LIKERT)
    text = models.CharField(_("question"), max_length=500)
    scale = models.CharField(
        _("scale"),
        max_length=120,
        blank=True,
        help_text=_("Agreement items with the same scale name are reported together (e.g. Relevance)."),
    )
    options = models.TextField(_("options"), blank=True, help_text=_("Choice items: one option per line."))
    is_required = models.BooleanField(_("answer required"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("is_required")]),
        FieldPanel("text"),
        FieldPanel("scale"),
        FieldPanel("options"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("survey question")
        verbose_name_plural = _("survey questions")

    def __str__(self):
        return self.text

    def clean(self):
        if self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE) and len(option_lines(self.options)) < 2:
            raise ValidationError({"options": _("A choice question needs at least two options, one per line.")})

    @property
    def is_choice(self):
        return self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE)

    def option_list(self):
        """Options in the active language; positions are what answers store, so every language must
        list the same options in the same order (a language with fewer lines falls back to English)."""
        english = option_lines(self.options_en) if hasattr(self, "options_en") else option_lines(self.options)
        shown = option_lines(self.options)
        return shown if len(shown) == len(english) else english


class CourseSurvey(models.Model):
    """A survey template attached to a course, with the rule that opens it."""

    class Opens(models.TextChoices):
        AFTER_MODULE = "after_module", _("After a module is studied")
        AFTER_LAST_SESSION = "after_last_session", _("After the last session")
        AT_COMPLETION = "at_completion", _("When everything else for completion is done")

    course = models.ForeignKey(
        "faculty_training.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="surveys"
    )
    template = models.ForeignKey(
        SurveyTemplate, verbose_name=_("survey template"), on_delete=models.PROTECT, related_name="uses"
    )
    opens = models.CharField(_("opens"), max_length=24, choices=Opens.choices, default=Opens.AT_COMPLETION)
    module = models.ForeignKey(
        "faculty_training.ModulePage",
        verbose_name=_("module"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("For a survey that opens after a module."),
    )
    is_anonymous = models.BooleanField(
        _("anonymous"),
        default=True,
        help_text=_("Answers are stored without any link to the person; cannot be changed once answers exist."),
    )
    is_required = models.BooleanField(
        _("required for completion"), default=False, help_text=_("Participants must answer it to complete the course.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("course"),
        FieldPanel("template"),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("module")]),
        FieldRowPanel([FieldPanel("is_anonymous"), FieldPanel("is_required")]),
    ]

    class Meta:
        verbose_name = _("course survey")
        verbose_name_plural = _("course surveys")
        ordering = ["course", "pk"]

    def __str__(self):
        return f"{self.template} – {self.course}"

    def clean(self):
        if self.opens == self.Opens.AFTER_MODULE and self.module_id is None:
            raise ValidationError({"module": _("Choose the module after which the survey opens.")})
        if self.pk and self.responses.exists():
            before = CourseSurvey.objects.get(pk=self.pk)
            if before.is_anonymous != self.is_anonymous or before.template_id != self.template_id:
                raise ValidationError(_("Answers exist: anonymity and the template can no longer change."))


class SurveyCompletion(models.Model):
    """That a person answered a survey: for reminders and the completion rule. Never the answers."""

    course_survey = models.ForeignKey(CourseSurvey, on_delete=models.PROTECT, related_name="completions")
    participant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # A date, not a time: together with a response's date it must not single anyone out.
    completed_on = models.DateField(_("answered on"))

    class Meta:
        verbose_name = _("survey answered")
        verbose_name_plural = _("surveys answered")
        constraints = [
            models.UniqueConstraint(fields=["course_survey", "participant"], name="one_survey_completion_per_person")
        ]

    def __str__(self):
        return f"{self.participant} – {self.course_survey}"


class SurveyResponse(models.Model):
    """One set of answers. Anonymous: ``respondent`` and ``submitted_on`` are empty, always."""

    # Random, so that ordering by key (the default everywhere) says nothing about who came first.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    course_survey = models.ForeignKey(CourseSurvey, on_delete=models.PROTECT, related_name="responses")
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The groups a report may show (each only with enough responses): confirmed institution at the
    # time of answering, its country. Facilitators are the course's.
    institution = models.ForeignKey(
        "faculty_training.Institution", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    country = models.CharField(max_length=2, blank=True)
    submitted_on = models.DateField(null=True, blank=True)
    # Results count only released responses. A response is released with the others of its cell
    # (course survey, institution or none) once that cell holds FACULTY_TRAINING_SURVEY_MIN_GROUP
    # unreleased ones, so any two outputs differ by whole cells of at least that many.
    released = models.BooleanField(default=False, editable=False)
    #: item id (as text) -> 1..5 (likert), option position (single), [positions] (multiple), text
    answers = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["id"]

    def __str__(self):
        # Never the respondent, never a date: this text reaches admin lists and history entries.
        return str(_("Response to %(survey)s") % {"survey": self.course_survey})


class Rubric(PreviewableMixin, ClusterableModel):
    """Criteria × levels with a descriptor in each cell, in four languages; the admin previews it as
    the table participants and assessors see."""

    title = models.CharField(_("title"), max_length=200)
    levels = models.TextField(
        _("levels"),
        help_text=_("One level name per line, lowest first (e.g. Beginning, Developing, Competent, Exemplary)."),
    )

    panels = [FieldPanel("title"), FieldPanel("levels"), InlinePanel("criteria", label=_("Criteria"), min_num=1)]

    class Meta:
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def clean(self):
        if len(option_lines(self.levels)) < 2:
            raise ValidationError({"levels": _("A rubric needs at least two levels, one per line.")})

    def level_names(self):
        english = option_lines(getattr(self, "levels_en", self.levels))
        shown = option_lines(self.levels)
        return shown if len(shown) == len(english) else english

    def grid_rows(self, criteria=None):
        """The table: per criterion (all, or ``criteria``), (level name, descriptor) for each level,
        lowest first; the descriptor is "" where the criterion has fewer lines than levels."""
        names = self.level_names()
        rows = []
        for criterion in self.criteria.all() if criteria is None else criteria:
            descriptors = criterion.descriptor_list()
            cells = [
                (name, descriptors[number] if number < len(descriptors) else "") for number, name in enumerate(names)
            ]
            rows.append((criterion, cells))
        return rows

    def get_preview_template(self, request, mode_name):
        return "faculty_training/evaluation/rubric_preview.html"


class RubricCriterion(Orderable):
    class Perspective(models.TextChoices):
        ALL = "all", _("Facilitator and peers")
        FACILITATOR = "facilitator", _("Facilitator only")
        PEER = "peer", _("Peers only")

    rubric = ParentalKey(Rubric, on_delete=models.CASCADE, related_name="criteria")
    title = models.CharField(_("criterion"), max_length=200)
    descriptors = models.TextField(
        _("descriptors"), blank=True, help_text=_("What each level looks like: one line per level, lowest first.")
    )
    perspective = models.CharField(_("scored by"), max_length=16, choices=Perspective.choices, default=Perspective.ALL)

    panels = [FieldPanel("title"), FieldPanel("perspective"), FieldPanel("descriptors")]

    class Meta(Orderable.Meta):
        verbose_name = _("rubric criterion")
        verbose_name_plural = _("rubric criteria")

    def __str__(self):
        return self.title

    def descriptor_list(self):
        english = option_lines(getattr(self, "descriptors_en", self.descriptors))
        shown = option_lines(self.descriptors)
        return shown if len(shown) == len(english) else english


class CourseObservation(models.Model):
    """Observed micro-teaching in a course: the rubric, and whether it counts for completion."""

    course = models.ForeignKey(
        "faculty_training.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="observations"
    )
    rubric = models.ForeignKey(Rubric, verbose_name=_("rubric"), on_delete=models.PROTECT, related_name="uses")
    peers_per_episode = models.PositiveSmallIntegerField(_("peers per episode"), default=2)
    is_required = models.BooleanField(
        _("required for completion"),
        default=False,
        help_text=_("Participants need a post-course episode scored by a facilitator to complete the course."),
    )

    panels = [
        FieldPanel("course"),
        FieldPanel("rubric"),
        FieldRowPanel([FieldPanel("peers_per_episode"), FieldPanel("is_required")]),
    ]

    class Meta:
        verbose_name = _("micro-teaching observation")
        verbose_name_plural = _("micro-teaching observations")
        ordering = ["course", "pk"]

    def __str__(self):
        return f"{self.rubric} – {self.course}"


class TeachingEpisode(models.Model):
    class Stage(models.TextChoices):
        PRE = "pre", _("Before the course")
        POST = "post", _("After the course")

    observation = models.ForeignKey(CourseObservation, on_delete=models.PROTECT, related_name="episodes")
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.PROTECT, related_name="+"
    )
    stage = models.CharField(_("stage"), max_length=8, choices=Stage.choices, default=Stage.POST)
    taught_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=200)
    # In the private storage, served only by a view that checks who asks.
    file = models.FileField(_("video or document"), blank=True, storage=private_storage, upload_to="episodes/%Y/%m/")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("teaching episode")
        verbose_name_plural = _("teaching episodes")
        constraints = [
            models.UniqueConstraint(fields=["observation", "participant", "stage"], name="one_episode_per_stage")
        ]

    def __str__(self):
        return f"{self.topic} ({self.taught_on})"


class EpisodeAssessor(models.Model):
    """Who scores an episode, and from which perspective (a facilitator, or a peer of the course)."""

    class Perspective(models.TextChoices):
        FACILITATOR = "facilitator", _("Facilitator")
        PEER = "peer", _("Peer")

    episode = models.ForeignKey(TeachingEpisode, on_delete=models.CASCADE, related_name="assessors")
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    perspective = models.CharField(max_length=16, choices=Perspective.choices)
    #: criterion id (as text) -> level number (1 = lowest); empty until scored
    levels = models.JSONField(default=dict, blank=True)
    comment = models.TextField(blank=True)
    scored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("episode assessor")
        verbose_name_plural = _("episode assessors")
        constraints = [models.UniqueConstraint(fields=["episode", "assessor"], name="one_score_per_assessor")]

    def __str__(self):
        return f"{self.assessor} – {self.episode}"
