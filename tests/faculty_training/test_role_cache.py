"""A user's groups are read once per user object, but a change of that user's groups is seen at once."""

import pytest
from django.contrib.auth.models import Group

from faculty_training import roles
from faculty_training.selectors.records import scope_for_user
from tests.builders import build_user

pytestmark = pytest.mark.django_db


def test_adding_and_removing_a_role_is_seen_by_the_same_user_object():
    user = build_user()
    administrators = Group.objects.get(name=roles.PROGRAMME_ADMINISTRATORS)
    assert scope_for_user(user) is None  # reads (and keeps) the user's groups
    user.groups.add(administrators)
    assert roles.is_programme_administrator(user)
    assert scope_for_user(user) is not None
    user.groups.remove(administrators)
    assert not roles.has_role(user, roles.PROGRAMME_ADMINISTRATORS)
    user.groups.set([administrators])
    assert roles.has_role(user, roles.PROGRAMME_ADMINISTRATORS)
    user.groups.clear()
    assert roles.group_names(user) == frozenset()
