"""Make a new signing key for an issuing institution (the previous one is retired, still published).

The kind of key is the institution's own (that of its latest key), FACULTY_TRAINING_ISSUER_KEY_ALGORITHM
for a first key (ES256: ECDSA on P-256), or ``--algorithm ES256|EdDSA`` to choose or change it.

The private key is written to FACULTY_TRAINING_ISSUER_KEY_DIR as CODE.key-N.pem (mode 0600);
only the public key goes into the database. Run it once per issuing institution, and again to
rotate a key. ``--sign-missing`` then signs certificates issued while no key was available.

``--compromised-since ISO-DATETIME [--key key-N]`` reports a key (by default the active one) as
compromised since that moment: it is withdrawn from jwks.json and did.json, the verify page
refuses what it signed for certificates issued since then, a new key replaces it if it was
active, and every certificate it signed is signed again with the new key.
"""

from datetime import UTC, datetime

from django.core.management.base import BaseCommand, CommandError

from ...exceptions import ServiceError
from ...models import Institution, IssuerKey
from ...services.credentials import (
    KeyDirectoryMissing,
    credentials_sign_missing,
    issuer_key_create,
    key_directory,
    kid_for,
)
from ...services.verification import issuer_key_report_compromised


def _moment(value):
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"Not an ISO 8601 date and time: {value!r} (e.g. 2026-11-30T14:00+05:00).") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # no offset: UTC


class Command(BaseCommand):
    help = "Create (or rotate) the issuer key of an institution, or report a key as compromised."

    def add_arguments(self, parser):
        parser.add_argument("--institution", required=True, help="Institution code, e.g. PK-ISB-MU.")
        parser.add_argument(
            "--algorithm",
            choices=["ES256", "EdDSA"],
            help="Kind of the new key: ES256 (ECDSA P-256) or EdDSA (Ed25519). Default: the institution's "
            "current kind, or FACULTY_TRAINING_ISSUER_KEY_ALGORITHM for its first key.",
        )
        parser.add_argument("--sign-missing", action="store_true", help="Sign certificates issued without a key.")
        parser.add_argument(
            "--compromised-since",
            type=_moment,
            metavar="ISO-DATETIME",
            help="Report the key as compromised since this moment (UTC unless an offset is given); rotates it "
            "and signs its certificates again with the new key.",
        )
        parser.add_argument("--key", help="With --compromised-since: the key id (key-N); default: the active key.")

    def handle(self, *args, **options):
        institution = Institution.objects.filter(code=options["institution"]).first()
        if institution is None:
            raise CommandError(f"No institution has the code {options['institution']!r}.")
        if options["compromised_since"]:
            if options["algorithm"]:
                raise CommandError(
                    "--algorithm makes a new key; the key that replaces a compromised one keeps its kind."
                )
            return self._compromised(institution, options["compromised_since"], options["key"])
        if options["key"]:
            raise CommandError("--key is used with --compromised-since only.")
        try:
            issuer_key = issuer_key_create(institution, algorithm=options["algorithm"])
        except KeyDirectoryMissing as error:
            raise CommandError(str(error)) from error
        except FileExistsError as error:
            raise CommandError(f"A key file already exists: {error.filename}") from error
        self.stdout.write(f"New {issuer_key.algorithm} key {kid_for(issuer_key)}; private key in {key_directory()}.")
        if options["sign_missing"]:
            self.stdout.write(f"{credentials_sign_missing()} certificates signed.")

    def _compromised(self, institution, since, key_id):
        keys = IssuerKey.objects.select_related("institution").filter(institution=institution)
        issuer_key = keys.filter(key_id=key_id).first() if key_id else keys.filter(retired_at__isnull=True).first()
        if issuer_key is None:
            raise CommandError(
                f"{institution.code} has no key {key_id!r}." if key_id else f"{institution.code} has no active key."
            )
        try:
            new_key, signed = issuer_key_report_compromised(issuer_key=issuer_key, since=since)
        except ServiceError as error:
            raise CommandError(error.message) from error
        except (KeyDirectoryMissing, FileExistsError) as error:
            raise CommandError(f"{issuer_key.short_id} is withdrawn, but no new key could be made: {error}") from error
        self.stdout.write(
            f"{issuer_key.short_id} is reported compromised since {issuer_key.compromised_at.isoformat()}."
        )
        if new_key is not None:
            self.stdout.write(f"New key {kid_for(new_key)}; private key in {key_directory()}.")
        self.stdout.write(f"{signed} certificates signed again.")
