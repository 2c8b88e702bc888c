"""The address of the client behind a known number of trusted reverse proxies.

Each proxy appends the address it received the request from to ``X-Forwarded-For``, so with
``FACULTY_TRAINING_TRUSTED_PROXY_COUNT`` = N the N-th entry from the right is what the outermost
trusted proxy saw: the client. Entries further left were written by the client itself and are never
used. With no trusted proxy (0, or not configured) the header is ignored and ``REMOTE_ADDR`` is the
client. Rate limits (``ratelimit.py``) and django-axes (``AXES_CLIENT_IP_CALLABLE``) both ask here.
"""

import ipaddress

from .conf import app_settings


def _address(text):
    try:
        return str(ipaddress.ip_address(text.strip().strip("[]")))
    except ValueError:
        return None


def client_address(request):
    """The client's IP address as a normalised string ("" if the server gave none)."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = app_settings.TRUSTED_PROXY_COUNT or 0
    if proxies > 0:
        hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        if hops:
            # Fewer hops than proxies: the request skipped an outer proxy; the farthest hop recorded
            # was still written by one of ours.
            forwarded = _address(hops[-min(proxies, len(hops))])
            if forwarded:
                return forwarded
    return _address(remote) or remote
