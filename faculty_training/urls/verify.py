"""verify/...: public certificate verification. Include with namespace "faculty_training_verify"."""

from django.urls import path

from ..views import certificates

app_name = "faculty_training_verify"

urlpatterns = [
    path("", certificates.verify_form, name="form"),
    path("check/", certificates.verify_signed, name="check"),
    path("<text:code>/", certificates.verify_result, name="result"),
]
