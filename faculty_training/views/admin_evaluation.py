"""Admin listings of evaluation: survey templates, rubrics, and what courses attach of them.

Responses are never listed in the admin: anonymous ones name nobody, and a list of named ones
next to the "has answered" rows would invite joining them. Results are on the records page.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..models import CourseObservation, CourseSurvey, Rubric, SurveyTemplate
from .admin_snippets import ProtectedSnippetDeleteView


class SurveyTemplateViewSet(SnippetViewSet):
    model = SurveyTemplate
    delete_view_class = ProtectedSnippetDeleteView
    icon = "form"
    menu_label = _("Survey templates")
    list_display = ["title"]
    search_fields = ["title"]


class CourseSurveyViewSet(SnippetViewSet):
    model = CourseSurvey
    delete_view_class = ProtectedSnippetDeleteView
    icon = "list-ul"
    menu_label = _("Course surveys")
    list_display = ["template", "course", "opens", "is_anonymous", "is_required"]
    list_filter = ["opens", "is_anonymous", "is_required"]
    copy_view_enabled = False


class RubricViewSet(SnippetViewSet):
    model = Rubric
    delete_view_class = ProtectedSnippetDeleteView
    icon = "table"
    menu_label = _("Rubrics")
    list_display = ["title"]


class CourseObservationViewSet(SnippetViewSet):
    model = CourseObservation
    delete_view_class = ProtectedSnippetDeleteView
    icon = "view"
    menu_label = _("Micro-teaching observations")
    list_display = ["rubric", "course", "peers_per_episode", "is_required"]
    copy_view_enabled = False


class EvaluationViewSetGroup(SnippetViewSetGroup):
    items = (SurveyTemplateViewSet, CourseSurveyViewSet, RubricViewSet, CourseObservationViewSet)
    menu_icon = "form"
    menu_label = _("Evaluation")
    menu_order = 320
