"""A participant's transcript: their enrolments in one PDF, drawn with the certificate fonts.

Each line is measured and wrapped like the certificate's (long course titles never run off the
page), and a row that does not fit at the bottom of a page starts the next one.
"""

from django.utils import translation
from django.utils.translation import gettext as _

from .. import l10n
from ..pdf.certificate import GREEN, INK, MUTED, CertificatePDF
from ..pdf.fonts import default_fonts, drop_unused_fonts
from ..pdf.layout import Block, Column, Fitter
from ..pdf.text import Typesetter, script_language

LEFT, RIGHT, TOP, BOTTOM = 20, 277, 16, 195


def transcript_pdf(rows):
    language = translation.get_language() or "en"
    pdf = CertificatePDF(default_fonts())
    typesetter = Typesetter(pdf)
    column = Column(Fitter(typesetter), left=LEFT, right=RIGHT)
    first = rows[0]
    title = _("Training transcript")
    pdf.describe(title=f"{title} — {first['latin_name']}", language=language)
    header = [
        Block("title", title, language, 18, 12, bold=language != "ur", color=GREEN, max_lines=2, gap_before=0),
        Block("latin_name", first["latin_name"], size=14, min_size=10, bold=True, color=INK, max_lines=2, gap_before=3),
    ]
    if first["native_name"]:
        native_language = script_language(first["native_name"], language)
        header.append(Block("native_name", first["native_name"], native_language, 12, 10, color=INK, max_lines=2))
    header.append(
        Block("institution", first["institution"], size=10, min_size=8, color=MUTED, max_lines=2, gap_before=1)
    )
    groups = [header]
    for number, row in enumerate(rows, start=1):
        details = _("Enrolled %(enrolled)s · sessions %(attendance)s · modules %(modules)s · %(hours)s CPD hours") % {
            "enrolled": l10n.format_date(row["enrolled_on"], language),
            "attendance": f"{row['sessions_attended']}/{row['sessions_held']}",
            "modules": row["modules_done"],
            "hours": l10n.format_number(row["cpd_hours"], language, 1),
        }
        if row.get("surveys_required") or row.get("observations_required"):
            details += " · " + _("surveys %(surveys)s · micro-teaching %(observations)s") % {
                "surveys": f"{row['surveys_done']}/{row['surveys_required']}",
                "observations": f"{row['observations_done']}/{row['observations_required']}",
            }
        if row["certificate"]:
            details += f" · {row['certificate']}"
        if row.get("pre_score") is not None or row.get("post_score") is not None:
            details += " · " + _("pre-test %(pre)s%% · post-test %(post)s%%") % {
                "pre": row["pre_score"] if row.get("pre_score") is not None else "—",
                "post": row["post_score"] if row.get("post_score") is not None else "—",
            }
        course = f"{row['course']} — {row['status']}"
        groups.append(
            [
                Block(f"row.{number}", course, language, 11, 8.5, color=INK, max_lines=3, gap_before=6),
                Block(f"row.{number}.details", details, language, 9, 7.5, color=MUTED, max_lines=3, gap_before=1),
            ]
        )
    pdf.add_page()
    y = TOP
    for group in groups:
        placed, bottom = _place(column, group, y)
        if bottom > BOTTOM:  # a row that does not fit starts the next page, its lines together
            pdf.add_page()
            placed, bottom = _place(column, group, TOP - group[0].gap_before)
        for line in placed:
            block = line.block
            typesetter.draw(
                line.text,
                x=line.x,
                baseline=line.baseline,
                size=line.size,
                language=block.language,
                bold=block.bold,
                color=block.color,
            )
        y = bottom
    drop_unused_fonts(pdf)
    return bytes(pdf.output())


def _place(column, blocks, top):
    placed = []
    for block in blocks:
        lines, top = column.place(block, top)
        placed.extend(lines)
    return placed, top
