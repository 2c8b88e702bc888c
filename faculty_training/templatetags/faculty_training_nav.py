"""Navigation helpers for the host's header."""

from django import template

from ..selectors.navigation import programmes_url as _programmes_url
from ..selectors.records import scope_for_user

register = template.Library()


@register.simple_tag
def may_see_records(user):
    return scope_for_user(user) is not None


@register.simple_tag
def programmes_url():
    """The programmes page in the current language (for the header and empty dashboards)."""
    return _programmes_url()
