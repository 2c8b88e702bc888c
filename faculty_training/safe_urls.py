"""Links and redirects built from what a request says stay on this site.

A path from the request line can start with ``//host`` or ``/\\host``, which browsers read as
another site; a ``next`` parameter can name any address. Everything that echoes either into a
link or a redirect goes through here.
"""

from django.utils.http import url_has_allowed_host_and_scheme


def same_site_path(path):
    """``path`` with exactly one leading slash: never scheme-relative, never absolute."""
    return "/" + str(path).lstrip("/\\")


def is_same_site_path(url):
    """Whether ``url`` is a path on this site (no scheme, no host, not ``//`` or ``/\\``)."""
    return (
        isinstance(url, str)
        and url.startswith("/")
        and not url.startswith(("//", "/\\"))
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    )


def safe_next(request, target):
    """``target`` if it may be redirected to after a request from this site, else ""."""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return ""
