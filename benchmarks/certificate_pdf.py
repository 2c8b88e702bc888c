"""Certificate PDF rendering: per certificate, and a batch of N through the task worker.

Ours: render_certificate with fonts parsed once per process and subset by copying the used glyphs
(no fontTools per document), unused fonts dropped, HarfBuzz only for Urdu, measured lines and Urdu
outlines kept for the process. Bare: the same page drawn with fpdf2 as documented (add_font per
document, fontTools subsetting, shaping on for every line). Time and memory are measured in
separate runs (tracemalloc slows what it watches):
    .venv/bin/python benchmarks/certificate_pdf.py [--batch 1000] [--single-only] [--cpu]
    .venv/bin/python benchmarks/certificate_pdf.py --memory
--cpu times single certificates in CPU time (time.process_time), steadier than wall time on a
machine shared with other work.
"""

import argparse
import io
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _harness import median_seconds, print_table, record, test_database  # noqa: E402


class BareFontSet:
    """fpdf2 as documented: every font parsed and subset per document, shaping on everywhere."""

    def __init__(self, real):
        self.real = real
        self.files = real.files
        self.fallbacks = real.fallbacks
        self.SANS, self.SANS_FULL, self.URDU = real.SANS, real.SANS_FULL, real.URDU

    def register(self, pdf):
        for (family, style), path in self.files.items():
            pdf.add_font(family, style, str(path))

    def family_for(self, language, text, bold=False):
        return self.real.family_for(language, text, bold=bold)


def bare_render(snapshot):
    from faculty_training.pdf import certificate as module
    from faculty_training.pdf import fonts, text

    text._RUNS.clear()  # nothing measured or drawn before: as a document made from scratch
    text._SEEN.clear()
    text._line_outlines.cache_clear()

    original_fonts, original_drop, original_shape = (
        fonts.default_fonts,
        module.drop_unused_fonts,
        module.CertificatePDF.shape_for,
    )
    bare = BareFontSet(original_fonts())
    try:
        module.default_fonts = lambda: bare
        fonts.default_fonts = lambda: bare
        module.drop_unused_fonts = lambda pdf: None
        module.CertificatePDF.shape_for = lambda self, language: self.set_text_shaping(
            use_shaping_engine=True, direction="rtl" if language == "ur" else "ltr"
        )
        return module.render_certificate(snapshot)
    finally:
        module.default_fonts = fonts.default_fonts = original_fonts
        module.drop_unused_fonts = original_drop
        module.CertificatePDF.shape_for = original_shape


def _snapshots():
    import django

    django.setup()
    from tests.builders import build_certificate_snapshot

    return {language: build_certificate_snapshot(language) for language in ("ur", "kk", "ru")}


def _median_cpu_seconds(function, repeat):
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return sorted(times)[len(times) // 2]


def per_certificate(rows, cpu=False):
    from faculty_training.pdf.certificate import render_certificate

    median = _median_cpu_seconds if cpu else lambda function, repeat: median_seconds(function, repeat=repeat)
    for language, data in _snapshots().items():
        render_certificate(data)  # first call parses the fonts once for the process
        ours = median(lambda data=data: render_certificate(data), 31)
        bare = median(lambda data=data: bare_render(data), 11)
        record(f"certificate_{language}_ms", ours * 1000, f"{ours * 1000:.1f} ms{' CPU' if cpu else ''}")
        rows.append(
            [
                f"one certificate ({language})",
                f"{ours * 1000:.1f} ms",
                f"{bare * 1000:.1f} ms",
                f"{bare / ours:.1f}× faster",
            ]
        )


def batch(rows, size):
    with test_database():
        from django.db import transaction

        from faculty_training.models import Certificate, CertificateBatch, Enrollment
        from faculty_training.services.certificates import certificate_issue
        from faculty_training.tasks import certificate_batch_task
        from tests.builders import build_cohort, build_content_tree

        course = build_content_tree(modules=1)["course"]
        people = build_cohort(course, size)

        Enrollment.objects.filter(course=course).update(status=Enrollment.Status.COMPLETED)
        with transaction.atomic():
            for enrollment in Enrollment.objects.filter(course=course).select_related(
                "course", "participant__participant_profile"
            ):
                certificate_issue(enrollment=enrollment)
        certificates = list(Certificate.objects.filter(course=course))
        job = CertificateBatch.objects.create(course=course)
        start = time.perf_counter()
        certificate_batch_task.call(job.pk)  # what the worker runs, in this process
        ours = time.perf_counter() - start
        start = time.perf_counter()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for certificate in certificates:
                archive.writestr(f"{certificate.serial}.pdf", bare_render(certificate.snapshot))
        bare = time.perf_counter() - start
        job.refresh_from_db()
        assert job.done == len(people) == len(certificates)
        record(f"certificate_batch_{size}_s", ours, f"{ours:.1f} s")
        rows.append(
            [f"batch of {size} (worker task → ZIP)", f"{ours:.1f} s", f"{bare:.1f} s", f"{bare / ours:.1f}× faster"]
        )


def memory(rows):
    """Peak memory traced while rendering one certificate (after the fonts are parsed once)."""
    from faculty_training.pdf.certificate import render_certificate

    for language, data in _snapshots().items():
        render_certificate(data)
        tracemalloc.start()
        render_certificate(data)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append([f"one certificate ({language})", f"{peak / 1e6:.1f} MB"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--single-only", action="store_true", help="skip the batch")
    parser.add_argument("--memory", action="store_true", help="peak memory instead of time (a separate run)")
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall time for single certificates")
    arguments = parser.parse_args()
    if arguments.memory:
        rows = []
        memory(rows)
        print_table("Certificate PDF (peak traced memory per document)", ["what", "peak"], rows)
        return
    batch_rows, single_rows = [], []
    if not arguments.single_only:
        batch(batch_rows, arguments.batch)
    per_certificate(single_rows, cpu=arguments.cpu)
    print_table(
        "Certificate PDF (median, CPU time)" if arguments.cpu else "Certificate PDF (median)",
        ["what", "ours", "bare fpdf2", "ratio"],
        single_rows + batch_rows,
    )


if __name__ == "__main__":
    main()
