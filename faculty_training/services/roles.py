"""Role groups and their permissions; safe to run on every migrate."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from .. import roles

ADMIN_ACCESS = ("wagtailadmin", "access_admin")


def _permissions(app_label_codenames):
    permissions = []
    for app_label, codename in app_label_codenames:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            permissions.append(permission)
    return permissions


@transaction.atomic
def roles_ensure_groups():
    """Create the plugin's role groups if missing and grant them their base permissions."""
    administrators, _ = Group.objects.get_or_create(name=roles.PROGRAMME_ADMINISTRATORS)
    plugin_permissions = Permission.objects.filter(content_type__app_label="faculty_training")
    administrators.permissions.add(*plugin_permissions, *_permissions([ADMIN_ACCESS]))

    facilitators, _ = Group.objects.get_or_create(name=roles.FACILITATORS)
    facilitators.permissions.add(
        *_permissions(
            [
                ADMIN_ACCESS,
                ("faculty_training", "view_trainingsession"),
                ("faculty_training", "view_testattempt"),
                ("faculty_training", "view_coursetest"),
            ]
        )
    )

    Group.objects.get_or_create(name=roles.INSTITUTION_COORDINATORS)
