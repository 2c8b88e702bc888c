"""Navigation helpers for the host's header."""

from django import template

from ..selectors.records import scope_for_user

register = template.Library()


@register.simple_tag
def may_see_records(user):
    return scope_for_user(user) is not None
