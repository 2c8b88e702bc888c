"""Signal receivers of the plugin; they only call services."""

from django.apps import apps
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate, post_save, pre_save
from django.dispatch import receiver


@receiver(post_migrate)
def ensure_role_groups(sender, app_config=None, **kwargs):
    # Run once, after the last app migrated, when every app's permissions exist.
    apps_with_models = [config for config in apps.get_app_configs() if config.models_module is not None]
    if app_config is None or app_config is not apps_with_models[-1]:
        return
    from .services.roles import roles_ensure_groups

    roles_ensure_groups()


@receiver(user_logged_in)
def remember_time_zone(sender, request, user, **kwargs):
    from .middleware import SESSION_KEY
    from .models import ParticipantProfile

    profile = ParticipantProfile.objects.filter(user=user).select_related("institution").first()
    if profile is not None and request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = profile.effective_time_zone.key


@receiver(pre_save, sender="faculty_training.TrainingSession")
def remember_session_before_edit(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    from .services.notifications import session_snapshot

    instance._notification_before = session_snapshot(instance.pk)


@receiver(post_save, sender="faculty_training.TrainingSession")
def tell_participants_of_session_change(sender, instance, created=False, raw=False, **kwargs):
    # ``notify_participants = False`` on the instance saves silently (the demo's daily refresh).
    if raw or created or not getattr(instance, "notify_participants", True):
        return
    from .services.notifications import notify_session_change

    notify_session_change(instance, getattr(instance, "_notification_before", None))


@receiver(post_save, sender="faculty_training.Certificate")
def forget_cached_verification(sender, instance, raw=False, **kwargs):
    # Every change of a certificate's state (revocation, late signing, an edit) goes through save.
    from .services.verification import verify_cache_forget

    verify_cache_forget(instance)
