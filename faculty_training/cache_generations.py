"""A generation number in the shared cache: part of every key of a family of cached values, so that
bumping it drops the whole family at once, in every process.

``bump`` drops them now and again once the change that caused it is committed: a request served
between the two read the old rows and may have cached an old value under the new generation.
Used by the header's programmes link (selectors/navigation.py) and by the host site's page cache.
"""

from django.core.cache import cache
from django.db import transaction


class CacheGeneration:
    def __init__(self, key):
        self.key = key

    def current(self):
        return cache.get_or_set(self.key, 1, None)

    def _increment(self):
        try:
            cache.incr(self.key)
        except ValueError:  # evicted or never set
            cache.set(self.key, 2, None)

    def bump(self, **_signal_kwargs):
        self._increment()
        transaction.on_commit(self._increment)
