"""URLs of the host site: admin outside the language prefix, everything else under it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.health import healthz
from cms.search import views as search_views
from faculty_training.api import api as records_api

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v1/", records_api.urls),
    path("documents/", include(wagtaildocs_urls)),
    # Keys, DID documents and status lists: stable addresses outside the language prefix.
    path("", include("faculty_training.urls.credentials")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("accounts/", include("faculty_training.urls.accounts")),
    path("training/", include("faculty_training.urls.training")),
    path("verify/", include("faculty_training.urls.verify")),
    path("records/", include("faculty_training.urls.records")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
