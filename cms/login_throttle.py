"""django-axes with a lock per account *and address*, plus wider limits per address and per account.

Axes compares one failure count with one limit (``AXES_FAILURE_LIMIT``), over its lockout
parameters, and a successful log-in deletes the failures that match them. Its parameters are
therefore only the pair (username, address): five wrong passwords for one account lock that
account from that address, not a classmate behind the same NAT, and logging in clears only one's
own failures. The two wider limits (settings in cms/settings/base.py) are counted here from the same
rows: failures from one address over any accounts, and for one account from any addresses.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class LoginThrottleHandler(AxesDatabaseHandler):
    def _recent_failures(self, request, **match):
        attempts = AccessAttempt.objects.filter(**match)
        if settings.AXES_COOLOFF_TIME is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0

    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)
        username = get_client_username(request, credentials)
        wider = (
            self._recent_failures(request, ip_address=request.axes_ip_address)
            >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS
        ) or (
            username is not None
            and self._recent_failures(request, username=username) >= settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT
        )
        # Axes locks when this number reaches AXES_FAILURE_LIMIT: a wider limit reached counts as that.
        return max(failures, get_failure_limit(request, credentials)) if wider else failures
