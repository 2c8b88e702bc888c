"""Every spreadsheet the Wagtail admin writes goes through the project's formula neutraliser.

Wagtail's ``SpreadsheetExportMixin`` (the "Download CSV/XLSX" of every ModelViewSet, SnippetViewSet
and report, the site history report and form submissions) writes text cells as they are: a
position of ``=HYPERLINK(…)`` or ``@SUM(A1)`` becomes a live formula in the CSV a spreadsheet
program opens. Wagtail offers no hook for this, and some of these views (the site history, form
submissions) are Wagtail's own, so the one method every export passes through,
``preprocess_field_value``, is wrapped once at start-up with ``services.exports.neutralize_cell``,
the same function our own records exports use.
"""

import functools

from .services.exports import neutralize_cell


def _neutralising(preprocess_field_value):
    @functools.wraps(preprocess_field_value)
    def wrapper(self, field, value, export_format):
        return neutralize_cell(preprocess_field_value(self, field, value, export_format))

    wrapper.neutralises_formulas = True
    return wrapper


def neutralise_admin_spreadsheets():
    """Install the wrapper (idempotent); called from the app's ready()."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    current = SpreadsheetExportMixin.preprocess_field_value
    if not getattr(current, "neutralises_formulas", False):
        SpreadsheetExportMixin.preprocess_field_value = _neutralising(current)
