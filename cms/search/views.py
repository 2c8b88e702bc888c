"""Site-wide search across the live pages, in the active language."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

from faculty_training.params import MAX_PAGE, bounded_int, clean_text

RESULTS_PER_PAGE = 10
# Letters and digits of any script, with combining marks (Arabic-script diacritics, accents) and
# the joiners that keep Urdu words whole.
WORD = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d]+")


def search(request):
    query = clean_text(request.GET.get("query", ""), 200).strip()
    # Words only: the search backends read punctuation as query syntax (SQLite's FTS5 fails on it).
    words = " ".join(WORD.findall(query))
    results = Page.objects.none()
    if words:
        results = Page.objects.live().public().specific().search(words)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(bounded_int(request.GET.get("page"), maximum=MAX_PAGE) or 1)
    except PageNotAnInteger:
        page_of_results = paginator.page(1)
    except EmptyPage:
        page_of_results = paginator.page(paginator.num_pages)
    return TemplateResponse(request, "search/search.html", {"query": query, "results": page_of_results})
