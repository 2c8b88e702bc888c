"""Admin listings that load the related rows their columns show in the same query.

Wagtail's generic index views read each foreign key shown in ``list_display`` row by row (one
query per row and column). These views select them with the page of rows instead.
"""

from django.db import models
from wagtail.admin.views import generic
from wagtail.snippets.views import snippets


class RelatedColumnsMixin:
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        related = []
        for column in self.list_display:
            name = column if isinstance(column, str) else None
            try:
                field = self.model._meta.get_field(name) if name else None
            except models.FieldDoesNotExist:
                continue
            if field is not None and field.concrete and (field.many_to_one or field.one_to_one):
                related.append(name)
        return queryset.select_related(*related) if related else queryset


class RelatedColumnsIndexView(RelatedColumnsMixin, generic.IndexView):
    pass


class RelatedColumnsSnippetIndexView(RelatedColumnsMixin, snippets.IndexView):
    pass
