"""/healthz: is the database reachable and the cache working? For load balancers and monitors."""

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception as error:  # any failure is reported, never raised
        checks["database"] = f"error: {type(error).__name__}"
    try:
        key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
        cache.set(key, value, 10)
        checks["cache"] = "ok" if cache.get(key) == value else "error: value not read back"
        cache.delete(key)
    except Exception as error:
        checks["cache"] = f"error: {type(error).__name__}"
    healthy = all(state == "ok" for state in checks.values())
    # A queue nobody works is reported but keeps the web node in rotation: the site still serves.
    queue = _queue_check() if checks["database"] == "ok" else "unknown"
    status = "error" if not healthy else ("degraded" if queue != "ok" else "ok")
    return JsonResponse({"status": status, **checks, "queue": queue}, status=200 if healthy else 503)


def _queue_check():
    from faculty_training.services.queue import queue_state

    try:
        state = queue_state()
    except Exception as error:  # a missing table or a broken query is reported, never raised
        return f"error: {type(error).__name__}"
    if state.is_stalled:
        return f"stalled: {state.waiting} tasks waiting since {state.oldest.isoformat(timespec='seconds')}; is a worker running?"
    return "ok"
