"""The certificate's layout fits whatever a snapshot carries: checked on the placed boxes, as a matrix
of holder languages and content, without drawing (a few worst cases are drawn and compared with
reference images in test_certificate_pdf.py).
"""

import logging

import pypdfium2
import pytest
from PIL import Image

from faculty_training.pdf.certificate import (
    QR_SIZE_PLAIN,
    QR_SIZE_SIGNED,
    CertificatePDF,
    certificate_layout,
    render_certificate,
)
from faculty_training.pdf.fonts import default_fonts
from faculty_training.pdf.layout import Box, Layout, layout_problems
from faculty_training.pdf.text import Typesetter
from tests.builders import build_certificate_snapshot

LOGOS = {"PK-ISB-MU", "KZ-ALA-MU"}
EVERYTHING_LONG = {"names": "long", "titles": "long", "signatories": "two long", "institutions": "long"}
CONTENT = {
    "short": {},
    "long names": {"names": "long"},
    "titles at their limit": {"titles": "long"},
    "long institution names": {"institutions": "long"},
    "two signatories with long titles": {"signatories": "two long"},
    "no signatory": {"signatories": "none"},
    "valid until": {"valid_until": "2029-11-30"},
    **{f"{count} credit schemes": {"credits": count} for count in range(1, 5)},
    **{f"everything long, {count} credit schemes": {**EVERYTHING_LONG, "credits": count} for count in range(5)},
}


def layout_of(snapshot, *, signed=True, logos=True):
    typesetter = Typesetter(CertificatePDF(default_fonts()))
    qr_size = QR_SIZE_SIGNED if signed else QR_SIZE_PLAIN
    return certificate_layout(snapshot, typesetter, logo_codes=LOGOS if logos else (), qr_size=qr_size)


@pytest.mark.parametrize("content", CONTENT)
@pytest.mark.parametrize("language", ["en", "ur", "kk", "ru"])
def test_layout_has_no_overlap_no_text_outside_the_margins_and_no_type_below_its_minimum(language, content):
    for signed, logos in ((True, True), (False, False)):
        layout = layout_of(build_certificate_snapshot(language, **CONTENT[content]), signed=signed, logos=logos)
        assert layout_problems(layout) == [], (signed, logos)


@pytest.mark.parametrize("language", ["ur", "kk"])
def test_every_field_at_its_limit_shrinks_below_the_minimum_but_never_overlaps(language, caplog):
    """Every field at the longest the models allow, at once (scheme names of 150 characters, units
    of 60, references of 100): more than a page holds at the minimum sizes. The type gets smaller
    (and says so in the log) rather than overlapping or leaving the page."""
    snapshot = build_certificate_snapshot(language, **EVERYTHING_LONG, credits=4, scheme_fields="max")
    with caplog.at_level(logging.WARNING, logger="faculty_training.pdf.layout"):
        layout = layout_of(snapshot)
    problems = layout_problems(layout)
    assert not [problem for problem in problems if "below its minimum" not in problem]
    if problems:
        assert "of its minimum size to fit the page" in caplog.text


def test_every_block_of_the_snapshot_is_on_the_page():
    snapshot = build_certificate_snapshot("ur", **EVERYTHING_LONG, credits=4, valid_until="2029-11-30")
    labels = {box.label.split("#")[0] for box in layout_of(snapshot).boxes()}
    expected = {"issuer", "partner", "title.en", "title.ur", "holder.latin", "holder.native", "course.ur"}
    expected |= {f"credit.{number}.{lang}" for number in range(1, 5) for lang in ("en", "ur")}
    expected |= {"signatory.2.name", "signatory.2.title.ur", "signatory.2.rule", "qr", "id.valid", "id.ur"}
    expected |= {"logo.issuer", "logo.partner"}
    assert expected <= labels


def test_long_text_wraps_to_lines_that_each_fit_rather_than_one_tiny_line():
    layout = layout_of(build_certificate_snapshot("ur", titles="long"))
    course = layout.find("course.ur")
    assert len(course) >= 2
    assert all(line.size >= 9.5 for line in layout.texts if line.block.label == "course.ur")


def test_the_check_sees_overlaps_boxes_outside_the_margins_and_small_type():
    layout = layout_of(build_certificate_snapshot("ur", credits=2, signatories="two long"))
    assert layout_problems(layout) == []
    rule = layout.find("signatory.2.rule")[0]
    credit = next(line for line in layout.texts if line.block.label == "credit.2.ur")
    moved = type(credit)(
        credit.block,
        credit.text,
        credit.size,
        credit.x,
        credit.baseline,
        Box(credit.box.label, rule.x, rule.y - 2, 30, 4),
    )
    small = type(credit)(credit.block, credit.text, credit.block.min_size - 1, credit.x, credit.baseline, credit.box)
    outside = Box("stray", 290, 100, 5, 5)
    broken = Layout(area=layout.area, texts=[moved, small], shapes=[rule, outside])
    problems = "\n".join(layout_problems(broken))
    assert f"{credit.box.label} overlaps signatory.2.rule" in problems
    assert "below its minimum" in problems
    assert "stray leaves the margins" in problems


# -- what was reported: the rendered page, checked without the layout's own boxes -----------------


def _dark(pixel):
    return sum(pixel) < 3 * 200


def _signature_rules(image):
    """(y, x0, x1) of long horizontal dark lines between the body and the frame that stop short of
    the QR code: the signature rules (the frame runs the full width)."""
    width, height = image.size
    pixels = image.load()
    rules = []
    for y in range(int(height * 0.55), int(height * 0.93)):
        x = int(width * 0.05)
        while x < width * 0.8:
            if not _dark(pixels[x, y]):
                x += 1
                continue
            start = x
            while x + 1 < width and _dark(pixels[x + 1, y]):
                x += 1
            if x - start > width * 0.18 and x < width * 0.8:
                if not any(abs(y - rule_y) <= 4 and abs(start - x0) <= 4 for rule_y, x0, _x1 in rules):
                    rules.append((y, start, x))
            x += 1
    return rules


def _ink_across_rules(image, margin):
    """Rows within ``margin`` pixels above and below each rule that have ink over the rule's length."""
    pixels = image.load()
    crossings = []
    for rule_y, start, end in _signature_rules(image):
        thickness = 0
        while _dark(pixels[(start + end) // 2, rule_y + thickness + 1]):
            thickness += 1
        for y in [*range(rule_y - margin, rule_y - 1), *range(rule_y + thickness + 2, rule_y + thickness + margin)]:
            if any(_dark(pixels[x, y]) for x in range(start, end + 1)):
                crossings.append(y)
    return crossings


def test_urdu_certificate_with_two_credit_schemes_prints_nothing_across_the_signature_rules():
    """Issue 16: the English and Nastaliq credit lines printed over the second signatory's name and
    across the signature rule. Checked on the rendered pixels, not on the layout's own boxes: the
    rows just above and below each rule are blank over its length."""
    snapshot = build_certificate_snapshot("ur", credits=2, signatories="two long")
    scale = 4  # 288 dpi: the 0.3 mm rule is about 3 pixels
    image = pypdfium2.PdfDocument(render_certificate(snapshot))[0].render(scale=scale).to_pil().convert("RGB")
    assert len(_signature_rules(image)) == 2
    assert _ink_across_rules(image, margin=round(0.8 * scale * 72 / 25.4)) == []


def test_the_pixel_check_sees_ink_across_a_rule():
    image = Image.new("RGB", (400, 300), "white")
    for x in range(40, 300):
        image.putpixel((x, 200), (0, 0, 0))
    assert _ink_across_rules(image, margin=6) == []
    for y in range(190, 212):
        image.putpixel((120, y), (0, 0, 0))  # a letter's stem through the rule
    assert _ink_across_rules(image, margin=6) != []


# -- certificates issued before this layout render from their stored snapshot --------------------

FIRST_RELEASE_SNAPSHOT = {  # the format of the first release: no credits, no validity, no such labels
    "version": 1,
    "serial": "PKKZ-2025-000042",
    "verification_code": "4F7K-9M2Q-XC3T-8H6R-WN5B",
    "holder": {
        "latin_name": "Ayesha Khan",
        "native_name": "عائشہ خان",
        "language": "ur",
        "institution": {"code": "PK-ISB-MU", "country": "PK", "name": {"en": "Islamabad Medical University"}, "logo": ""},
    },
    "course": {
        "title": {"en": "Assessment in Medical Education", "ur": "طبی تعلیم میں جائزہ", "kk": "", "ru": ""},
        "discipline": "medicine",
        "cpd_hours": "12.5",
        "attended_hours": "10",
    },
    "programme": {"title": {"en": "Joint Faculty Development Programme", "ur": "مشترکہ فیکلٹی ڈیولپمنٹ پروگرام"}},
    "attended_hours": "10",
    "sessions_attended": 4,
    "sessions_held": 5,
    "completed_on": "2025-11-20",
    "issued_on": "2025-11-21",
    "issuing_institution": {"code": "PK-ISB-MU", "country": "PK", "name": {"en": "Islamabad Medical University"}, "logo": "missing/logo.png"},
    "partner_institutions": [{"code": "KZ-AST-MU", "country": "KZ", "name": {"en": "Astana Medical University"}, "logo": ""}],
    "signatories": [{"name": "Prof. Sana Iqbal", "title": {"en": "Programme Director", "ur": "پروگرام ڈائریکٹر"}}],
    "verify_url": "http://testserver/verify/4F7K-9M2Q-XC3T-8H6R-WN5B/",
    "labels": {
        "en": {"title": "Certificate of Completion", "certify": "This is to certify that", "completed": "has completed the course",
               "hours": "12.5 CPD hours · 10 hours attended", "serial": "Serial", "code": "Verification code", "date": "Completed on"},
        "ur": {"title": "تکمیل کا سرٹیفکیٹ", "certify": "تصدیق کی جاتی ہے کہ", "completed": "نے یہ کورس مکمل کیا",
               "hours": "12.5 سی پی ڈی گھنٹے · 10 گھنٹے حاضری", "serial": "سیریل نمبر", "code": "تصدیقی کوڈ", "date": "تکمیل کی تاریخ"},
    },
}  # fmt: skip


@pytest.mark.django_db
def test_a_certificate_issued_in_the_first_format_still_renders_from_its_snapshot():
    from faculty_training.services.certificates import certificate_pdf
    from tests.builders import build_completed_enrollment

    enrollment, _tree = build_completed_enrollment(preferred_language="ur")
    certificate = enrollment.certificate
    certificate.snapshot = FIRST_RELEASE_SNAPSHOT
    certificate.save(update_fields=["snapshot"])
    certificate.refresh_from_db()
    text = pypdfium2.PdfDocument(certificate_pdf(certificate))[0].get_textpage().get_text_range()
    assert "عائشہ خان" in text and "PKKZ-2025-000042" in text
    assert layout_problems(layout_of(FIRST_RELEASE_SNAPSHOT)) == []


def test_a_snapshot_without_an_issuing_institution_renders():
    snapshot = {**FIRST_RELEASE_SNAPSHOT, "issuing_institution": None}
    assert layout_problems(layout_of(snapshot)) == []
    assert render_certificate(snapshot).startswith(b"%PDF")
