"""Knowledge tests: question banks, the pre- and post-tests of a course, and participants' attempts.

Rules (drawing questions, scoring, opening, submitting) live in services/assessments.py; what an
attempt shows was frozen when it started, so editing a bank later never changes a taken test.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from ..search import translated_search_fields


class QuestionBank(models.Model):
    """The questions of one programme that its courses' tests draw from."""

    programme = models.ForeignKey(
        "faculty_training.ProgramPage",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="question_banks",
    )
    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("programme"), FieldPanel("name"), FieldPanel("description")]
    translation_status_fields = ("name", "description")

    class Meta:
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")
        ordering = ["programme", "name_en"]

    def __str__(self):
        return self.name


class Question(ClusterableModel):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        TRUE_FALSE = "true_false", _("True or false")
        NUMERIC = "numeric", _("Numeric answer")

    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("question bank"), on_delete=models.PROTECT, related_name="questions"
    )
    kind = models.CharField(_("type"), max_length=16, choices=Kind.choices, default=Kind.SINGLE)
    category = models.CharField(
        _("category"),
        max_length=64,
        blank=True,
        help_text=_("An outcome or module the question tests; a test can draw a number of questions per category."),
    )
    text = models.TextField(_("question"))
    feedback = models.TextField(
        pgettext_lazy("question", "feedback"), blank=True, help_text=_("Shown after submission, whatever the answer.")
    )
    explanation = models.TextField(_("explanation"), blank=True, help_text=_("Why the right answer is right."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_true = models.BooleanField(_("the statement is true"), default=True, help_text=_("For true-or-false questions."))
    numeric_answer = models.DecimalField(_("numeric answer"), max_digits=12, decimal_places=4, null=True, blank=True)
    numeric_tolerance = models.DecimalField(
        _("tolerance"),
        max_digits=12,
        decimal_places=4,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("An answer within this distance of the numeric answer counts as right."),
    )
    is_active = models.BooleanField(
        _("in use"), default=True, help_text=_("Untick to stop tests drawing this question; taken attempts keep it.")
    )

    panels = [
        FieldPanel("bank"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("category"), FieldPanel("is_active")]),
        FieldPanel("text"),
        FieldPanel("image"),
        InlinePanel("options", label=_("Options (single and multiple choice)")),
        MultiFieldPanel(
            [FieldPanel("is_true"), FieldRowPanel([FieldPanel("numeric_answer"), FieldPanel("numeric_tolerance")])],
            heading=_("Answer of true-or-false and numeric questions"),
        ),
        FieldPanel("feedback"),
        FieldPanel("explanation"),
    ]
    search_fields = translated_search_fields("text")
    translation_status_fields = ("text", "feedback", "explanation")

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["bank", "category", "pk"]

    def __str__(self):
        text = self.text or ""
        return text if len(text) <= 80 else text[:79] + "…"

    def clean(self):
        if self.kind == self.Kind.NUMERIC and self.numeric_answer is None:
            raise ValidationError({"numeric_answer": _("A numeric question needs its answer.")})


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("option"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.CharField(_("feedback on this option"), max_length=500, blank=True)

    panels = [FieldRowPanel([FieldPanel("text"), FieldPanel("is_correct")]), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return self.text


class CourseTest(models.Model):
    """A course's pre-test or post-test: which questions, how often, how long, and the pass mark."""

    class Kind(models.TextChoices):
        PRE = "pre", _("Pre-test")
        POST = "post", _("Post-test")

    class Draw(models.TextChoices):
        FIXED = "fixed", _("The questions listed, in order")
        RANDOM = "random", _("A number of random questions per category")

    course = models.ForeignKey(
        "faculty_training.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="tests"
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("question bank"), on_delete=models.PROTECT, related_name="tests"
    )
    draw = models.CharField(_("questions"), max_length=8, choices=Draw.choices, default=Draw.FIXED)
    questions = models.ManyToManyField(
        Question,
        verbose_name=_("fixed questions"),
        blank=True,
        related_name="+",
        help_text=_("For a fixed test: the questions, all from the test's bank."),
    )
    per_category = models.PositiveSmallIntegerField(
        _("random questions per category"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("For a random test: drawn from each category of the bank (all of a category when it has fewer)."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Empty for no limit. The server closes an attempt when its time is up."),
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=1, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    pass_mark_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True, help_text=_("Empty: from enrolment."))
    closes_at = models.DateTimeField(
        _("closes at"),
        null=True,
        blank=True,
        help_text=_("Empty: a pre-test closes when the course's first session starts; a post-test stays open."),
    )
    is_required_for_completion = models.BooleanField(
        _("passing is required for completion"),
        default=False,
        help_text=_(
            "For a post-test: the course is complete, and its certificate and CPD credit issued, only after a pass."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("course"), FieldPanel("kind")]),
        FieldPanel("bank"),
        MultiFieldPanel(
            [FieldPanel("draw"), FieldPanel("questions"), FieldPanel("per_category")], heading=_("Questions")
        ),
        FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
        FieldRowPanel(
            [FieldPanel("time_limit_minutes"), FieldPanel("attempts_allowed"), FieldPanel("pass_mark_percent")]
        ),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("is_required_for_completion"),
    ]

    class Meta:
        verbose_name = _("course test")
        verbose_name_plural = _("course tests")
        ordering = ["course", "kind"]
        constraints = [models.UniqueConstraint(fields=["course", "kind"], name="one_test_of_a_kind_per_course")]

    def __str__(self):
        return f"{self.course} – {self.get_kind_display()}"

    def clean(self):
        if self.is_required_for_completion and self.kind != self.Kind.POST:
            raise ValidationError({"is_required_for_completion": _("Only a post-test can be required for completion.")})
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A test must close after it opens.")})


class TestAttempt(models.Model):
    """One sitting of a test by one person; its questions and option order are frozen when it starts."""

    __test__ = False  # not a pytest test class

    test = models.ForeignKey(CourseTest, verbose_name=_("test"), on_delete=models.PROTECT, related_name="attempts")
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.PROTECT, related_name="test_attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    # [question id, ...] and {question id: [option id, ...]} as shown to this person.
    question_ids = models.JSONField(default=list)
    option_order = models.JSONField(default=dict)
    # {question id: option id | [option ids] | "12.5"} as given, saved with every answer.
    answers = models.JSONField(default=dict)
    # {question id: points from 0 to 1}, written once at submission.
    points = models.JSONField(default=dict)
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=1, null=True, blank=True)
    is_passed = models.BooleanField(_("passed"), null=True)
    pass_mark_percent = models.PositiveSmallIntegerField(_("pass mark (%)"), default=0)

    class Meta:
        verbose_name = _("test attempt")
        verbose_name_plural = _("test attempts")
        ordering = ["test", "participant", "number"]
        constraints = [
            models.UniqueConstraint(fields=["test", "participant", "number"], name="one_attempt_per_number"),
        ]
        indexes = [models.Index(fields=["participant", "test"])]

    def __str__(self):
        return f"{self.test} – {self.participant} #{self.number}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None


class ExtraAttemptGrant(models.Model):
    """One more attempt for one person, given by staff with a reason (also in the audit log)."""

    test = models.ForeignKey(CourseTest, verbose_name=_("test"), on_delete=models.PROTECT, related_name="extra_grants")
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=500)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("granted by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("extra attempt")
        verbose_name_plural = _("extra attempts")
        ordering = ["-granted_at"]

    def __str__(self):
        return f"{self.test} – {self.participant}"
