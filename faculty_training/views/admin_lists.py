"""Admin listings that load the related rows their columns show in the same query, filter with
bounded ids, and whose CSV downloads spreadsheets open in UTF-8.

Wagtail's generic index views read each foreign key shown in ``list_display`` row by row (one
query per row and column). These views select them with the page of rows instead. Their
filters (``list_filter``) take ids from the query string: ``BoundedFilterSet`` refuses what
cannot be an id before the database sees it.
"""

from django.core.validators import MaxLengthValidator
from django.db import models
from django_filters import ModelChoiceFilter
from django_filters.fields import ModelChoiceField
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.snippets.views import snippets

from ..params import BoundedChoiceMixin


class BoundedFilterChoiceField(BoundedChoiceMixin, ModelChoiceField):
    pass


class BoundedModelChoiceFilter(ModelChoiceFilter):
    field_class = BoundedFilterChoiceField


class BoundedFilterSet(WagtailFilterSet):
    FILTER_DEFAULTS = {
        **WagtailFilterSet.FILTER_DEFAULTS,
        models.ForeignKey: {
            **WagtailFilterSet.FILTER_DEFAULTS[models.ForeignKey],
            "filter_class": BoundedModelChoiceFilter,
        },
        models.OneToOneField: {
            **WagtailFilterSet.FILTER_DEFAULTS[models.OneToOneField],
            "filter_class": BoundedModelChoiceFilter,
        },
    }


class BoundedListingMixin:
    """Filters and the search term of a listing parsed with bounds (SQLite refuses LIKE patterns
    over 50,000 bytes; nobody searches with more than a line)."""

    base_filterset_class = BoundedFilterSet
    search_max_length = 200

    def get_search_form(self):
        form = super().get_search_form()
        if form is not None and "q" in form.fields:
            form.fields["q"].max_length = self.search_max_length
            form.fields["q"].validators.append(MaxLengthValidator(self.search_max_length))
        return form


def person_name(user):
    """How the admin names a person: the Latin name printed on certificates, else the account's
    full name, else (an account without either) its username."""
    if user is None:
        return ""
    profile = getattr(user, "participant_profile", None)
    return (profile.latin_name if profile else "") or user.get_full_name() or user.get_username()


class PersonColumn(Column):
    """A user shown by name, not by username; the listing selects the profile with the rows."""

    def get_value(self, instance):
        return person_name(super().get_value(instance))


class RelatedColumnsMixin(BoundedListingMixin):
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        related = []
        for column in self.list_display:
            if isinstance(column, PersonColumn):
                related.append(f"{column.accessor}__participant_profile")
                continue
            name = column if isinstance(column, str) else None
            try:
                field = self.model._meta.get_field(name) if name else None
            except models.FieldDoesNotExist:
                continue
            if field is not None and field.concrete and (field.many_to_one or field.one_to_one):
                related.append(name)
        return queryset.select_related(*related) if related else queryset


class SpreadsheetCsvMixin:
    """CSV downloads that start with a byte-order mark, like the records exports.

    Without it Excel reads a UTF-8 CSV in the Windows code page: Urdu and Kazakh names turn into
    other letters, and a file saved back from there reaches the importers already damaged.
    """

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response


class RelatedColumnsIndexView(SpreadsheetCsvMixin, RelatedColumnsMixin, generic.IndexView):
    pass


class RelatedColumnsSnippetIndexView(SpreadsheetCsvMixin, RelatedColumnsMixin, snippets.IndexView):
    pass
