"""records/...: coordinators' completion records. Include with namespace "faculty_training_records"."""

from django.urls import path

from ..views import records

app_name = "faculty_training_records"

urlpatterns = [
    path("", records.records, name="index"),
    path("export.csv", records.export_csv, name="export_csv"),
    path("export.xlsx", records.export_xlsx, name="export_xlsx"),
    path("transcript/<id:participant_id>.pdf", records.transcript, name="transcript"),
]
