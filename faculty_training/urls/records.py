"""records/...: coordinators' completion records. Include with namespace "faculty_training_records"."""

from django.urls import path

from ..views import assessments, evaluation, members, records

app_name = "faculty_training_records"

urlpatterns = [
    path("", records.records, name="index"),
    path("export.csv", records.export_csv, name="export_csv"),
    path("export.xlsx", records.export_xlsx, name="export_xlsx"),
    path("transcripts.zip", records.export_transcripts, name="export_transcripts"),
    path("exports/<uuid:job_id>/", records.export_job, name="export_job"),
    path("transcript/<id:participant_id>.pdf", records.transcript, name="transcript"),
    path("gains/", assessments.gains, name="gains"),
    path("evaluation/", evaluation.survey_results, name="evaluation"),
    path("evaluation/export.csv", evaluation.survey_results_csv, name="evaluation_csv"),
    path("evaluation/export.xlsx", evaluation.survey_results_xlsx, name="evaluation_xlsx"),
    path("members/", members.members, name="members"),
    path("members/<id:profile_id>/", members.decide, name="member_decide"),
]
