"""Caches published pages for anonymous visitors, per language, until something is published.

Only GET requests to Wagtail pages from visitors who carry no session and no flash messages are
cached, and only plain 200 responses that set no cookie (a CSRF token or a consumed message sets
one): the cached page is the one every anonymous visitor gets, and its key says so. Publishing or
unpublishing any page bumps a generation number that is part of every key, so all cached pages
are dropped at once.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import resolve
from django.urls.exceptions import Resolver404
from wagtail.signals import page_published, page_unpublished, post_page_move

from faculty_training.cache_generations import CacheGeneration

GENERATION_KEY = "page-cache:generation"


page_cache_generation = CacheGeneration(GENERATION_KEY)


def invalidate_page_cache(**kwargs):
    """Drop every cached page, now and again after commit (faculty_training.cache_generations)."""
    page_cache_generation.bump()


page_published.connect(invalidate_page_cache, dispatch_uid="page-cache-published")
page_unpublished.connect(invalidate_page_cache, dispatch_uid="page-cache-unpublished")
post_page_move.connect(invalidate_page_cache, dispatch_uid="page-cache-moved")

#: Rows that published pages show or that decide who may see them: a change of any of them drops
#: every cached page (sessions on course and programme pages, institutions, CPD recognition, and
#: page privacy). Attendance, enrolments and certificates are not shown to anonymous visitors.
PAGE_CONTENT_MODELS = (
    "wagtailcore.PageViewRestriction",
    "faculty_training.TrainingSession",
    "faculty_training.Institution",
    "faculty_training.CourseCredit",
    "faculty_training.CreditScheme",
    "wagtailcore.Site",  # another root page or hostname: the same path is another page
)


@receiver(post_save, dispatch_uid="page-cache-content-saved")
@receiver(post_delete, dispatch_uid="page-cache-deleted")
def _invalidate_on_content_change(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page) and kwargs.get("created") is None:
        invalidate_page_cache()  # a page deleted (saves of pages are covered by publishing)
    elif sender._meta.label in PAGE_CONTENT_MODELS:
        invalidate_page_cache()


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def _cacheable_request(self, request):
        if request.method != "GET" or request.GET or "HTTP_AUTHORIZATION" in request.META:
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
            return False
        try:
            return resolve(request.path_info).url_name == "wagtail_serve"
        except Resolver404:
            return False

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not seconds or not self._cacheable_request(request):
            return self.get_response(request)
        # The scheme too: pages print absolute hreflang links.
        key = f"page-cache:anonymous:{page_cache_generation.current()}:{request.scheme}:{request.get_host()}:{request.path}"
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if response.status_code == 200 and not response.cookies and not getattr(response, "streaming", False):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(key, response, seconds)
            response["X-Page-Cache"] = "miss"
        return response
