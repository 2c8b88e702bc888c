"""Learning gains for the records pages: the summary per course, institution and country as charts.

The rows come from ``records_queryset`` (tenancy decided there); this module only groups and draws.
"""

from django.utils.translation import gettext as _

from ..selectors.assessments import gains_summary
from ..selectors.records import record_rows
from .charts import Bar, Chart, Row, Section, _width


def _mean_bar(group, mean):
    if mean is None:
        return None
    return Bar(group=group, count=float(mean), total=None, width=_width(float(mean)))


def gains_report(queryset):
    """(summary {dimension: [GainGroup]}, [Chart]) for the enrolments of ``queryset``."""
    rows = [row for row in record_rows(queryset) if row["pre_score"] is not None or row["post_score"] is not None]
    summary = gains_summary(rows)
    # Institutions and countries by their names in the reader's language, not their codes.
    from ..models import Institution

    names = {institution.code: institution.name for institution in Institution.objects.all()}
    countries = dict(Institution.Country.choices)
    for group in summary["institution"]:
        group.label = names.get(group.key, group.label)
    for group in summary["country"]:
        group.label = str(countries.get(group.key, group.label))
    for dimension in ("institution", "country"):
        summary[dimension].sort(key=lambda group: group.label)
    groups = (("pre", _("Pre-test")), ("post", _("Post-test")))
    charts = []
    for dimension, title, category in (
        ("institution", _("Mean scores by institution (%)"), _("Institution")),
        ("course", _("Mean scores by course (%)"), _("Course")),
    ):
        chart_rows = tuple(
            Row(label=group.label, bars=(_mean_bar("pre", group.pre_mean), _mean_bar("post", group.post_mean)))
            for group in summary[dimension]
        )
        if chart_rows:
            charts.append(Chart(f"gains-{dimension}", title, category, groups, (Section("", chart_rows),)))
    return summary, charts
