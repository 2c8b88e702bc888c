"""training/...: the participant's pages. Include with namespace "faculty_training"."""

from django.urls import path

from ..views import accounts, certificates, credentials, evaluation, files, notifications, participants, sessions
from .assessments import urlpatterns as assessment_urlpatterns

app_name = "faculty_training"

urlpatterns = [
    path("my/", participants.dashboard, name="dashboard"),
    path("profile/", accounts.profile, name="profile"),
    path("notifications/", notifications.preferences, name="notifications"),
    path("notifications/read/", notifications.mark_read, name="notifications_read"),
    path("notifications/unsubscribe/<text:token>/", notifications.unsubscribe_view, name="unsubscribe"),
    path("courses/<id:course_id>/enrol/", participants.enrol, name="enrol"),
    path("courses/<id:course_id>/withdraw/", participants.withdraw, name="withdraw"),
    path("modules/<id:module_id>/done/", participants.module_done, name="module_done"),
    path("check-in/", sessions.check_in, name="check_in"),
    path("check-in/done/<id:session_id>/", sessions.check_in_done, name="check_in_done"),
    path("check-in/<text:token>/", sessions.check_in_token, name="check_in_token"),
    path("sessions/<id:session_id>.ics", sessions.session_ics, name="session_ics"),
    path("sessions/<id:session_id>/feedback/", sessions.feedback, name="feedback"),
    path("my/calendar.ics", sessions.my_calendar, name="my_calendar"),
    path("certificates/<text:serial>.pdf", certificates.certificate_download, name="certificate_pdf"),
    path("certificates/<text:serial>.json", credentials.credential_download, name="certificate_credential"),
    path("files/<uuid:file_id>/", files.generated_file_download, name="generated_file"),
    *assessment_urlpatterns,
    path("surveys/", evaluation.my_surveys, name="surveys"),
    path("surveys/<id:course_survey_id>/", evaluation.survey, name="survey"),
    path("episodes/", evaluation.my_episodes, name="episodes"),
    path("episodes/new/<id:observation_id>/", evaluation.episode_new, name="episode_new"),
    path("episodes/<id:episode_id>/", evaluation.episode_feedback, name="episode_feedback"),
    path("episodes/<id:episode_id>/score/", evaluation.episode_score, name="episode_score"),
    path("episodes/<id:episode_id>/file/", evaluation.episode_file, name="episode_file"),
    path("teaching/<id:course_id>/evaluation/", evaluation.teaching_results, name="teaching_results"),
]
