"""Builders of the demo: institutions, role users and the programme index, each idempotent."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from ..models import Institution, ProgramIndexPage
from ..services.roles import roles_ensure_groups
from . import data

DEMO_PASSWORD = "training-demo-2025"  # noqa: S105  (dev-only demo logins, printed by load_demo)


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _set_translations(obj, field_name, values):
    for language in _languages():
        setattr(obj, build_localized_fieldname(field_name, language), values.get(language, ""))


def demo_institutions_ensure():
    institutions = {}
    for row in data.INSTITUTIONS:
        institution = Institution.objects.filter(code=row["code"]).first() or Institution(code=row["code"])
        institution.country = row["country"]
        institution.kind = row["kind"]
        institution.website = row["website"]
        _set_translations(institution, "name", row["name"])
        _set_translations(institution, "city", row["city"])
        institution.save()
        institutions[row["code"]] = institution
    return institutions


def demo_users_ensure():
    roles_ensure_groups()
    user_model = get_user_model()
    users = {}
    for username, (first_name, last_name, group_name, _institution_code) in data.USERS.items():
        user = user_model.objects.filter(username=username).first() or user_model(username=username)
        user.first_name = first_name
        user.last_name = last_name
        user.email = f"{username}@example.org"
        user.is_staff = group_name is not None and group_name != "Institution coordinators"
        user.is_superuser = username == "admin"
        user.set_password(DEMO_PASSWORD)
        user.save()
        if group_name:
            user.groups.set([Group.objects.get(name=group_name)])
        users[username] = user
    return users


def _translate_page(page, texts):
    for field_name, values in texts.items():
        _set_translations(page, field_name, values)
    page.title = texts["title"]["en"]
    if "slug" in texts:
        page.slug = texts["slug"]["en"]


def demo_program_index_ensure(home_page):
    index = ProgramIndexPage.objects.child_of(home_page).first()
    if index is None:
        index = ProgramIndexPage()
        _translate_page(index, data.PROGRAM_INDEX)
        home_page.add_child(instance=index)
    else:
        _translate_page(index, data.PROGRAM_INDEX)
    index.save_revision().publish()
    return index


@transaction.atomic
def demo_content_load(home_page):
    """Fill the plugin's demo content below the host's home page; returns the demo users."""
    with translation.override(settings.LANGUAGE_CODE):
        demo_institutions_ensure()
        users = demo_users_ensure()
        demo_program_index_ensure(home_page)
    return users


def demo_home_texts():
    return data.HOME
