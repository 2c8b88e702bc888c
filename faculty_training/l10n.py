"""Dates, times, numbers and time-zone names for the active language, from CLDR through Babel.

One place for every human-readable date, time, number and zone name the platform prints (pages,
e-mails, certificates, transcripts, exports' readable columns): Kazakh months in lower case and
«жұма», Russian and Kazakh decimal commas, «Алматы»/«پاکستان کا وقت» instead of IANA ids. Machine
values (``datetime`` attributes, ISO dates in CSV cells, calendar files) stay ISO.
"""

import datetime
import functools
import zoneinfo
from decimal import Decimal

from babel import Locale, dates, numbers
from babel.core import get_global
from django.utils import timezone, translation

# The CLDR locale that speaks for each site language (the countries' own variants where they differ).
CLDR_LOCALES = {"en": "en_GB", "ur": "ur_PK", "kk": "kk_KZ", "ru": "ru_RU"}

# Urdu writes «،» between a date and a time (docs/glossary.md); CLDR's Urdu pattern has a bare space.
DATE_TIME_PATTERNS = {"ur": "{1}، {0}"}

# The programme's two countries: their zones come first in the time-zone picker.
HOME_COUNTRIES = ("PK", "KZ")


def language_of(language=None):
    return (language or translation.get_language() or "en").split("-")[0]


@functools.cache
def babel_locale(language=None):
    language = language_of(language)
    return Locale.parse(CLDR_LOCALES.get(language, language))


def _locale(language):
    return babel_locale(language_of(language))


def _local(value, zone=None):
    """An aware datetime in ``zone`` (default: the active zone); dates and naive values unchanged."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return value.astimezone(zone or timezone.get_current_timezone())
    return value


def format_date(value, language=None, zone=None):
    """``1 December 2026``, «2026 ж. 1 желтоқсан», «1 декабря 2026 г.», «1 دسمبر، 2026»."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = datetime.date.fromisoformat(value)
    return dates.format_date(_local(value, zone), "long", locale=_locale(language))


def format_date_with_weekday(value, language=None, zone=None):
    """The date with its weekday: «2026 ж. 4 желтоқсан, жұма», «пятница, 4 декабря 2026 г.»."""
    return dates.format_date(_local(value, zone), "full", locale=_locale(language))


def format_day_month(value, language=None):
    """Day and month without the year: «4 желтоқсан», «4 декабря»."""
    return dates.format_skeleton("MMMMd", _local(value), locale=_locale(language))


def format_month(value, language=None):
    """Month and year, standing alone: «декабрь 2026 г.», «2026 ж. желтоқсан»."""
    return dates.format_skeleton("yMMMM", value, locale=_locale(language))


def format_time(value, language=None, zone=None):
    """Hours and minutes on the 24-hour clock every partner uses (CLDR's pattern for ``Hm``)."""
    return dates.format_skeleton("Hm", _local(value, zone), locale=_locale(language))


def format_datetime(value, language=None, zone=None):
    """Date and time joined the language's way («1 دسمبر، 2026، 14:30», «1 декабря 2026 г., 14:30»)."""
    if value is None:
        return ""
    language = language_of(language)
    zone = zone or timezone.get_current_timezone()
    local = _local(value, zone)
    locale = _locale(language)
    pattern = DATE_TIME_PATTERNS.get(language) or str(locale.datetime_formats["long"])
    return pattern.replace("{1}", format_date(local, language, zone)).replace("{0}", format_time(local, language, zone))


def format_time_range(start, end, language=None, zone=None, weekday=True):
    """A session's day and hours: «2026 ж. 4 желтоқсан, жұма, 14:00–16:00», «جمعہ، 4 دسمبر، 2026، 14:00–16:00».

    In right-to-left languages the hours are wrapped in a left-to-right isolate, so that Urdu keeps «14:00–16:00» in order.
    """
    language = language_of(language)
    zone = zone or timezone.get_current_timezone()
    day = format_date_with_weekday(start, language, zone) if weekday else format_date(start, language, zone)
    hours = f"{format_time(start, language, zone)}–{format_time(end, language, zone)}"
    if translation.get_language_info(language)["bidi"]:
        hours = f"\u2066{hours}\u2069"
    pattern = DATE_TIME_PATTERNS.get(language) or str(_locale(language).datetime_formats["long"])
    return pattern.replace("{1}", day).replace("{0}", hours)


def format_number(value, language=None, max_fraction_digits=2):
    """A decimal with the language's separators: 12.5, «12,5», «1 234,5»."""
    if value in (None, ""):
        return ""
    number = Decimal(str(value))
    pattern = "#,##0." + "#" * max_fraction_digits if max_fraction_digits else "#,##0"
    return numbers.format_decimal(number, format=pattern, locale=_locale(language))


def _zone_id(zone):
    return getattr(zone, "key", None) or str(zone)


@functools.cache
def _older_ids():
    return {new: old for old, new in get_global("zone_aliases").items()}


def _cldr_keys(zone_id):
    """The ids CLDR may file ``zone_id`` under: its names keep older ids (Asia/Calcutta, America/Buenos_Aires)."""
    return [key for key in (zone_id, _older_ids().get(zone_id), get_global("zone_aliases").get(zone_id)) if key]


def _zone_data(locale, zone_id):
    return next((locale.time_zones[key] for key in _cldr_keys(zone_id) if locale.time_zones.get(key)), {})


@functools.cache
def _zone_territories():
    return get_global("zone_territories")


def _metazones(zone_id):
    """The zone's current CLDR metazone(s), latest first."""
    periods = get_global("meta_zones").get(zone_id) or []
    return [periods] if isinstance(periods, str) else list(periods)


def city_name(zone, language=None):
    """The zone's exemplar city in the language, or None when CLDR has no name for it there."""
    zone_id = _zone_id(zone)
    city = _zone_data(_locale(language), zone_id).get("city")
    if not city and language_of(language) == "en" and "/" in zone_id:
        city = zone_id.rsplit("/", 1)[1].replace("_", " ")  # English CLDR names cities by their ids
    return str(city) if city else None


@functools.cache
def _zone_name(zone_id, language, summer=False):
    locale = babel_locale(language)
    if zone_id in ("UTC", "Etc/UTC"):
        names = _zone_data(locale, "Etc/UTC").get("long") or {}
        return str(names.get("standard") or "UTC")
    variants = ("daylight", "generic", "standard") if summer else ("generic", "standard")
    candidates = [_zone_data(locale, zone_id).get("long") or {}]
    candidates += [
        (locale.meta_zones.get(metazone) or {}).get("long") or {}
        for key in _cldr_keys(zone_id)
        for metazone in _metazones(key)
    ]
    for names in candidates:  # the zone's own name first (British Summer Time), then its metazone's
        name = next((names[variant] for variant in variants if names.get(variant)), None)
        if name:
            return str(name)
    city = city_name(zone_id, language)
    if city:
        # Babel reads Russian's regionFormat from its summer-time variant («…, летнее время»): the city alone.
        return str(locale.zone_formats["region"]).replace("%s", city) if language != "ru" else city
    return zone_id


def zone_name(zone, language=None, at=None):
    """The zone as a reader names it: «Пәкістан уақыты», «پاکستان کا وقت», «Казахстан», "Kazakhstan Time";
    given the instant ``at``, a zone on summer time is named so (British Summer Time)."""
    summer = False
    if at is not None and isinstance(zone, datetime.tzinfo):
        summer = bool(at.astimezone(zone).dst())
    elif at is not None:
        summer = bool(at.astimezone(zoneinfo.ZoneInfo(_zone_id(zone))).dst())
    return _zone_name(_zone_id(zone), language_of(language), summer)


@functools.cache
def _zone_label(zone_id, language):
    name, city = _zone_name(zone_id, language), city_name(zone_id, language)
    if city and city not in name:
        return str(babel_locale(language).zone_formats["fallback"]) % {"0": city, "1": name}
    return name


def zone_label(zone, language=None):
    """The zone named with its city, for choosing one: «Қазақстан уақыты (Қостанай)»."""
    return _zone_label(_zone_id(zone), language_of(language))


@functools.cache
def _named_zones(language):
    """IANA ids that the language can name (CLDR has a city for them), canonical ids only."""
    available = zoneinfo.available_timezones()
    territories = _zone_territories()
    return [zone for zone in territories if zone in available and city_name(zone, language)]


def home_zones():
    """The two countries' zones, Pakistan first."""
    territories = _zone_territories()
    return [
        zone
        for country in HOME_COUNTRIES
        for zone in sorted(zone for zone, territory in territories.items() if territory == country)
        if zone in zoneinfo.available_timezones()
    ]


def zone_choices(language=None):
    """(home zones, every other named zone), each as (IANA id, localised label), the others sorted by label."""
    language = language_of(language)
    home = home_zones()
    first = [(zone, zone_label(zone, language)) for zone in home]
    others = [(zone, zone_label(zone, language)) for zone in _named_zones(language) if zone not in home]
    others.append(("UTC", zone_name("UTC", language)))
    return first, sorted(others, key=lambda choice: choice[1].casefold())
