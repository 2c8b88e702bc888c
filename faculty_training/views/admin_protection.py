"""One mechanism for records that must never be lost through the admin.

``PROTECT`` foreign keys already stop the ORM from deleting what attendance, enrolments and
certificates point at; these pieces turn that refusal into a translated message instead of a
500, for single deletes (``ProtectedDeleteMixin``) and bulk deletes (``deletion_blocker``), and
keep some records away from the generic create/edit/delete screens altogether.
"""

from django.contrib import messages
from django.db import router
from django.db.models.deletion import Collector, ProtectedError
from django.http import HttpResponseRedirect
from django.utils.translation import ngettext
from wagtail.permission_policies.base import ModelPermissionPolicy


def protected_message(obj, error):
    count = len(error.protected_objects)
    return ngettext(
        "“%(object)s” cannot be deleted: %(count)s record depends on it.",
        "“%(object)s” cannot be deleted: %(count)s records depend on it.",
        count,
    ) % {"object": obj, "count": count}


def deletion_blocker(obj):
    """The translated reason why deleting ``obj`` would break a PROTECT key, or None."""
    collector = Collector(using=router.db_for_write(type(obj), instance=obj))
    try:
        collector.collect([obj])
    except ProtectedError as error:
        return protected_message(obj, error)
    return None


class ProtectedDeleteMixin:
    """For Wagtail delete views: a PROTECT refusal becomes a message and a redirect."""

    def get_protected_message(self, error):
        return protected_message(self.object, error)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError as error:
            messages.error(self.request, self.get_protected_message(error))
            return HttpResponseRedirect(self.get_success_url())


class RefusingPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that the ``refused`` actions are never allowed, to anyone."""

    def __init__(self, model, refused):
        super().__init__(model)
        self.refused = frozenset(refused)

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)
