"""Template filters for CLDR dates, times, numbers and zone names (faculty_training.l10n) in the active language.

``{{ value|ldate }}``, ``|ldate_weekday``, ``|lday_month``, ``|lmonth``, ``|ltime``, ``|ldatetime``,
``|lnumber``, ``|lzone``, ``|lzone_label``. Aware datetimes are shown in the active time zone, as
Django's ``date`` filter does, unless the template wraps them in ``{% timezone %}``.
"""

from django import template

from .. import l10n

register = template.Library()


@register.filter(expects_localtime=True)
def ldate(value):
    return l10n.format_date(value) if value else ""


@register.filter(expects_localtime=True)
def ldate_weekday(value):
    return l10n.format_date_with_weekday(value) if value else ""


@register.filter(expects_localtime=True)
def lday_month(value):
    return l10n.format_day_month(value) if value else ""


@register.filter(expects_localtime=True)
def lmonth(value):
    return l10n.format_month(value) if value else ""


@register.filter(expects_localtime=True)
def ltime(value):
    return l10n.format_time(value, zone=getattr(value, "tzinfo", None)) if value else ""


@register.filter(expects_localtime=True)
def ldatetime(value):
    return l10n.format_datetime(value, zone=getattr(value, "tzinfo", None)) if value else ""


@register.filter
def lnumber(value, max_fraction_digits=2):
    return l10n.format_number(value, max_fraction_digits=int(max_fraction_digits)) if value not in (None, "") else ""


@register.filter
def lzone(value):
    return l10n.zone_name(value) if value else ""


@register.filter
def lzone_label(value):
    return l10n.zone_label(value) if value else ""
