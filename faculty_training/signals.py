"""Signal receivers of the plugin; they only call services."""

from django.apps import apps
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .events import completion_changed


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
    from .middleware import LANGUAGE_SESSION_KEY, SESSION_KEY
    from .models import ParticipantProfile

    profile = ParticipantProfile.objects.filter(user=user).select_related("institution").first()
    if profile is not None and request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = profile.effective_time_zone.key
        request.session[LANGUAGE_SESSION_KEY] = profile.preferred_language


@receiver(m2m_changed, dispatch_uid="faculty_training-roles-groups-changed")
def forget_groups_read_before_a_change(sender, instance, action, reverse, **kwargs):
    # roles.group_names keeps a user's groups on the user object: ``user.groups.add(...)`` on that
    # object must be seen by its next role check (a script, a test, the demo's builders).
    if action in ("post_add", "post_remove", "post_clear") and not reverse:
        from django.contrib.auth.models import Group

        if kwargs.get("model") is Group:
            from .roles import forget_group_names

            forget_group_names(instance)


@receiver(pre_save, sender="faculty_training.TrainingSession")
def remember_session_before_edit(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    from .services.notifications import session_snapshot

    instance._notification_before = session_snapshot(instance.pk)


@receiver(post_save, sender="faculty_training.TrainingSession")
def decide_completion_after_session_change(sender, instance, raw=False, **kwargs):
    # A session added, moved, cancelled or restored changes what counts as held for everyone.
    if raw:
        return
    from .services.completion import completion_session_saved

    completion_session_saved(instance)


@receiver(post_page_move)
def decide_completion_after_a_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    # A module moved between courses changes the requirements of both.
    from .services.completion import completion_page_changed

    for parent in {parent_page_before, parent_page_after}:
        completion_page_changed(parent)


@receiver(page_published)
@receiver(page_unpublished)
def decide_completion_after_content_change(sender, instance, **kwargs):
    # Required modules, a course's minimum or sessions setting, a programme's default minimum.
    from .services.completion import completion_page_changed

    completion_page_changed(instance)


@receiver(page_published, dispatch_uid="faculty_training-navigation-published")
@receiver(page_unpublished, dispatch_uid="faculty_training-navigation-unpublished")
@receiver(post_page_move, dispatch_uid="faculty_training-navigation-moved")
def navigation_follows_pages(sender, **kwargs):
    from .selectors.navigation import navigation_changed

    navigation_changed()


@receiver(post_delete, dispatch_uid="faculty_training-navigation-deleted")
@receiver(post_save, dispatch_uid="faculty_training-navigation-privacy")
def navigation_follows_deletions_and_privacy(sender, **kwargs):
    # A site's hostname or root page is part of the link (Wagtail's own site-root cache is dropped
    # the same way).
    from wagtail.models import Page, PageViewRestriction, Site

    if sender is PageViewRestriction or sender is Site or (issubclass(sender, Page) and kwargs.get("created") is None):
        from .selectors.navigation import navigation_changed

        navigation_changed()


@receiver(completion_changed)
def certificates_follow_completion(sender, gained, lost, **kwargs):
    from .services.certificates import certificates_on_completion, certificates_on_completion_lost

    if lost:
        certificates_on_completion_lost(lost)
    if gained:
        certificates_on_completion(gained)


@receiver(post_save, sender="faculty_training.TrainingSession")
def tell_participants_of_session_change(sender, instance, created=False, raw=False, **kwargs):
    # ``notify_participants = False`` on the instance saves silently (the demo's daily refresh).
    if raw or created or not getattr(instance, "notify_participants", True):
        return
    from .services.notifications import notify_session_change

    notify_session_change(instance, getattr(instance, "_notification_before", None))


@receiver(post_delete, sender="faculty_training.GeneratedFile")
def discard_stored_file(sender, instance, **kwargs):
    # Deleting the record (expiry, or the owner's account) also removes the private bytes.
    from .services.generated_files import generated_file_discard_stored

    generated_file_discard_stored(instance)


@receiver(post_save, sender="faculty_training.Certificate")
def forget_cached_verification(sender, instance, raw=False, **kwargs):
    # Every change of a certificate's state (revocation, late signing, an edit) goes through save.
    from .services.verification import verify_cache_forget

    verify_cache_forget([instance.verification_code])


@receiver(post_save, sender="faculty_training.CourseSurvey")
@receiver(post_delete, sender="faculty_training.CourseSurvey")
@receiver(post_save, sender="faculty_training.CourseObservation")
@receiver(post_delete, sender="faculty_training.CourseObservation")
def decide_completion_after_evaluation_change(sender, instance, raw=False, **kwargs):
    # A survey or an observation made (or no longer) required changes what completion asks for.
    if raw:
        return
    from .services.completion import completion_evaluate_courses

    completion_evaluate_courses([instance.course_id])
