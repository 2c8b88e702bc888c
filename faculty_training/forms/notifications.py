"""The form of a person's notification choices."""

from django import forms

from ..models import InstitutionCoordinator, NotificationPreference, ParticipantProfile


class NotificationPreferenceForm(forms.ModelForm):
    """Optional e-mails a person may switch off; the digest only for coordinators, the language only
    for people without a participant profile (whose profile language is used otherwise)."""

    class Meta:
        model = NotificationPreference
        fields = [
            "enrolment",
            "reminders",
            "evaluation_reminders",
            "session_updates",
            "certificates",
            "digest",
            "language",
        ]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if not InstitutionCoordinator.objects.filter(user=user).exists():
            del self.fields["digest"]
        if ParticipantProfile.objects.filter(user=user).exists():
            del self.fields["language"]
