"""A participant's transcript: their enrolments in one PDF, drawn with the certificate fonts."""

from django.utils import translation
from django.utils.translation import gettext as _

from ..pdf.certificate import GREEN, INK, MUTED, CertificatePDF, is_arabic_script
from ..pdf.fonts import default_fonts, drop_unused_fonts


def transcript_pdf(rows):
    language = translation.get_language() or "en"
    pdf = CertificatePDF(default_fonts())
    pdf.add_page()
    first = rows[0]
    pdf.write_line(_("Training transcript"), 16, 18, language=language, bold=language != "ur", color=GREEN, height=10)
    pdf.write_line(first["latin_name"], 30, 14, bold=True, height=8)
    if first["native_name"]:
        native_language = "ur" if is_arabic_script(first["native_name"]) else "kk"
        pdf.write_line(first["native_name"], 39, 12, language=native_language, height=8)
    pdf.write_line(first["institution"], 49, 10, color=MUTED, height=6)
    y = 60
    for row in rows:
        line = f"{row['course']} — {row['status']}"
        pdf.write_line(line, y, 11, language=language, color=INK, height=7)
        details = _("Enrolled %(enrolled)s · sessions %(attendance)s · modules %(modules)s · %(hours)s CPD hours") % {
            "enrolled": row["enrolled_on"],
            "attendance": f"{row['sessions_attended']}/{row['sessions_held']}",
            "modules": row["modules_done"],
            "hours": row["cpd_hours"],
        }
        if row["certificate"]:
            details += f" · {row['certificate']}"
        pdf.write_line(details, y + 8, 9, language=language, color=MUTED, height=6)
        y += 20
        if y > 185:
            pdf.add_page()
            y = 20
    drop_unused_fonts(pdf)
    return bytes(pdf.output())
