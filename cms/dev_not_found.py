"""Development only: unknown addresses get the site's translated 404 page, not Django's English
debug page, so that what a developer sees in Urdu or Kazakh is what visitors will see. The debug
page stays for the admin, where its details help."""

from django.views.defaults import page_not_found

DEBUG_PAGE_MARKER = b"DEBUG = True"


class TranslatedNotFoundMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 404
            and not request.path.startswith("/admin/")
            and "text/html" in response.get("Content-Type", "")
            and DEBUG_PAGE_MARKER in response.content
        ):
            return page_not_found(request, exception=None)
        return response
