"""training/tests/...: the participant's knowledge tests (included by urls/training.py)."""

from django.urls import path

from ..views import assessments

urlpatterns = [
    path("tests/<id:test_id>/", assessments.test_detail, name="test"),
    path("tests/<id:test_id>/start/", assessments.test_start, name="test_start"),
    path("attempts/<id:attempt_id>/", assessments.attempt_view, name="attempt"),
]
