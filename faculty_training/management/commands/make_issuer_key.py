"""Make a new Ed25519 signing key for an issuing institution (the previous one is retired, still published).

The private key is written to FACULTY_TRAINING_ISSUER_KEY_DIR as CODE.key-N.pem (mode 0600);
only the public key goes into the database. Run it once per issuing institution, and again to
rotate a key. ``--sign-missing`` then signs certificates issued while no key was available.
"""

from django.core.management.base import BaseCommand, CommandError

from ...models import Institution
from ...services.credentials import (
    KeyDirectoryMissing,
    credentials_sign_missing,
    issuer_key_create,
    key_directory,
    kid_for,
)


class Command(BaseCommand):
    help = "Create (or rotate) the Ed25519 issuer key of an institution."

    def add_arguments(self, parser):
        parser.add_argument("--institution", required=True, help="Institution code, e.g. PK-ISB-MU.")
        parser.add_argument("--sign-missing", action="store_true", help="Sign certificates issued without a key.")

    def handle(self, *args, **options):
        institution = Institution.objects.filter(code=options["institution"]).first()
        if institution is None:
            raise CommandError(f"No institution has the code {options['institution']!r}.")
        try:
            issuer_key = issuer_key_create(institution)
        except KeyDirectoryMissing as error:
            raise CommandError(str(error)) from error
        except FileExistsError as error:
            raise CommandError(f"A key file already exists: {error.filename}") from error
        self.stdout.write(f"New key {kid_for(issuer_key)}; private key in {key_directory()}.")
        if options["sign_missing"]:
            self.stdout.write(f"{credentials_sign_missing()} certificates signed.")
