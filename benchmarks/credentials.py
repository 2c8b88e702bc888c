"""What signing adds: issuing with and without a key, verifying, and re-signing a status list.

Prints medians; run with `python benchmarks/credentials.py` (SQLite in memory).
- issue: certificate_issue for one completed enrolment, without a key vs with one (the difference
  is building and signing the VC-JWT and the QR payload, and allocating a status index);
- verify: the verify page's checks for one credential (two signatures, the status list read);
- status list: re-signing after a revocation with 1,000 revoked certificates in the list.
"""

import tempfile

from _harness import median_seconds, print_table, test_database


def main():
    with test_database():
        from django.conf import settings
        from django.utils import timezone

        from faculty_training.models import Certificate, Enrollment
        from faculty_training.services import credentials, verification
        from faculty_training.services.certificates import certificate_issue
        from tests.builders import build_content_tree, build_participant

        settings.FACULTY_TRAINING_ISSUER_KEY_DIR = tempfile.mkdtemp()
        settings.FACULTY_TRAINING_CERTIFICATE_ISSUE_MODE = "approval"
        tree = build_content_tree(modules=0)
        issuer = build_participant().participant_profile.institution
        tree["programme"].issuing_institution = issuer
        tree["programme"].save()

        def completed():
            return Enrollment.objects.create(
                participant=build_participant(institution=issuer),
                course=tree["course"],
                status=Enrollment.Status.COMPLETED,
                completed_at=timezone.now(),
            )

        pending = []
        unsigned = median_seconds(
            lambda: certificate_issue(enrollment=pending.pop()), 25, lambda: pending.append(completed())
        )
        credentials.issuer_key_create(issuer)
        signed = median_seconds(
            lambda: certificate_issue(enrollment=pending.pop()), 25, lambda: pending.append(completed())
        )
        certificate = Certificate.objects.exclude(credential="").first()
        verify = median_seconds(lambda: verification.verify_certificate(certificate), 25)
        revoked = [completed() for _ in range(1000)]
        for enrollment in revoked:
            certificate_issue(enrollment=enrollment)
        Certificate.objects.filter(enrollment__in=revoked).update(revoked_at=timezone.now())
        publish = median_seconds(lambda: credentials.status_list_publish(issuer), 9)
        print_table(
            "Signed credentials (median)",
            ["measure", "time"],
            [
                ["issue one certificate, no key", f"{unsigned * 1000:.1f} ms"],
                ["issue one certificate, signed", f"{signed * 1000:.1f} ms"],
                ["signing adds", f"{(signed - unsigned) * 1000:.1f} ms"],
                ["verify page checks (2 signatures + status list)", f"{verify * 1000:.2f} ms"],
                ["re-sign a status list with 1,000 revoked", f"{publish * 1000:.1f} ms"],
                ["QR payload length (characters)", len(certificate.qr_payload)],
                ["credential (VC-JWT) length (characters)", len(certificate.credential)],
            ],
        )


if __name__ == "__main__":
    main()
