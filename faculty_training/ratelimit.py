"""Rate limits on guessable codes and on forms that send e-mail, counted on the shared cache (Redis in production).

An attempt is counted before it is judged: ``cache.add`` then ``cache.incr``, each atomic on Redis
and on local memory, so of N simultaneous attempts at most ``count`` get through however they
interleave (reading the count first and adding to it later let all N pass). An attempt that takes a
count over a limit is refused before its code is looked at, and handed back at once; an attempt whose
outcome should not count (a right check-in code) is handed back afterwards. Counts live in fixed
windows of the rate's period.

Who is counted: the account where there is one; the client address (``client_address.py``, which
knows the trusted proxies; IPv6 by /64, which one subscriber usually holds) with a limit far above
what a lecture hall behind one NAT reaches; forms that send e-mail also per recipient address.
"""

import hashlib
import ipaddress
import re
import time
from dataclasses import dataclass

from django.core.cache import cache

from .client_address import client_address
from .conf import app_settings

RATE_PATTERN = re.compile(r"^(\d+)/(\d*)([smhd])$")
PERIOD_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
KEY_PREFIX = "faculty_training:limit"


def parse_rate(rate):
    """``"10/10m"`` -> ``(10, 600)``: a count per period; ValueError for anything else."""
    match = RATE_PATTERN.match(rate) if isinstance(rate, str) else None
    if match is None:
        raise ValueError(f'A rate looks like "10/10m" (count/period with s, m, h or d), not {rate!r}.')
    count, multiplier, unit = match.groups()
    return int(count), int(multiplier or 1) * PERIOD_SECONDS[unit]


@dataclass(frozen=True)
class Limit:
    scope: str  # what is counted: "account", "address", "recipient"
    who: str
    rate: str


class Attempt:
    """One counted attempt; ``allowed`` says whether it stayed within every limit."""

    def __init__(self, keys, allowed):
        self._keys = keys
        self.allowed = allowed

    def give_back(self):
        """Uncount this attempt (it was refused, or its outcome is not one that counts)."""
        for key in self._keys:
            try:
                cache.decr(key)
            except ValueError:  # the window ended meanwhile: nothing left to give back
                pass
        self._keys = []


def _count(key, timeout):
    """Add one to ``key`` and return the new count, atomically."""
    for _retry in range(3):
        if cache.add(key, 1, timeout):
            return 1
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr: start it again
            continue
    return cache.incr(key)


def attempt_take(group, limits):
    """Count one attempt against each of ``limits``; refused (and handed back) if any went over."""
    keys, allowed, now = [], True, time.time()
    for limit in limits:
        count, seconds = parse_rate(limit.rate)
        digest = hashlib.sha256(limit.who.encode()).hexdigest()[:32]
        key = f"{KEY_PREFIX}:{group}:{limit.scope}:{int(now // seconds)}:{digest}"
        keys.append(key)
        if _count(key, seconds + 5) > count:
            allowed = False
    attempt = Attempt(keys, allowed)
    if not allowed:
        attempt.give_back()
    return attempt


def address_scope(request):
    """The client address as counted: IPv4 as it is, IPv6 by its /64 network."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def check_in_attempt(request):
    """A typed or scanned check-in code: per account, and per address far above a classroom."""
    return attempt_take(
        "check_in",
        [
            Limit("account", str(request.user.pk), app_settings.CHECK_IN_RATE),
            Limit("address", address_scope(request), app_settings.CHECK_IN_ADDRESS_RATE),
        ],
    )


def verify_attempt(request):
    """A certificate look-up on the public verify page: per address."""
    return attempt_take("verify", [Limit("address", address_scope(request), app_settings.VERIFY_RATE)])


def account_email_attempt(request, email):
    """A request that e-mails ``email`` (password reset, sign-up): per recipient, and per address.

    Counted alike whether or not an account has the address, so the limit reveals nothing.
    """
    return attempt_take(
        "account_email",
        [
            Limit("recipient", email.strip().lower(), app_settings.ACCOUNT_EMAIL_RATE),
            Limit("address", address_scope(request), app_settings.ACCOUNT_EMAIL_ADDRESS_RATE),
        ],
    )
