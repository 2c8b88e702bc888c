"""training/...: the participant's pages. Include with namespace "faculty_training"."""

from django.urls import path

from ..views import accounts, participants

app_name = "faculty_training"

urlpatterns = [
    path("my/", participants.dashboard, name="dashboard"),
    path("profile/", accounts.profile, name="profile"),
    path("courses/<int:course_id>/enrol/", participants.enrol, name="enrol"),
    path("courses/<int:course_id>/withdraw/", participants.withdraw, name="withdraw"),
    path("modules/<int:module_id>/done/", participants.module_done, name="module_done"),
]
