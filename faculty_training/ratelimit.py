"""Rate limits on guessable codes, with django-ratelimit on the shared cache (Redis in production).

Only failures count: a participant who checks in correctly is never slowed down. After
``count`` failures within ``period`` (FACULTY_TRAINING_CHECK_IN_RATE, e.g. "10/10m") from one
account or one IP address, further attempts are refused until the period ends.
"""

from django_ratelimit.core import get_usage

from .conf import app_settings


def _account(group, request):
    return f"user:{request.user.pk}" if request.user.is_authenticated else f"ip:{request.META.get('REMOTE_ADDR', '')}"


def _usages(request, group, rate, increment):
    return [
        get_usage(request, group=f"{group}:account", key=_account, rate=rate, increment=increment),
        get_usage(request, group=f"{group}:ip", key="ip", rate=rate, increment=increment),
    ]


def attempts_exceeded(request, group, rate):
    return any(usage and usage["count"] >= usage["limit"] for usage in _usages(request, group, rate, increment=False))


def count_failure(request, group, rate):
    _usages(request, group, rate, increment=True)


def check_in_attempts_exceeded(request):
    return attempts_exceeded(request, "faculty_training.check_in", app_settings.CHECK_IN_RATE)


def count_failed_check_in(request):
    count_failure(request, "faculty_training.check_in", app_settings.CHECK_IN_RATE)
