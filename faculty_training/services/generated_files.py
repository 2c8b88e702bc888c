"""Generated personal files: kept in private storage under random names, handed out after a check.

Anything the platform generates about people (a course's certificate ZIP, transcripts, records
exports made by the worker) is saved with ``generated_file_save`` and downloaded through
``training/files/<uuid>/``, whose view asks ``generated_file_may_read``. Nothing here ever makes
a public URL; expired files are removed by ``generated_files_delete_expired`` (command
``delete_expired_files``, run from cron).
"""

import logging
import secrets
from datetime import timedelta

from django.core.files.base import ContentFile, File
from django.db import transaction
from django.utils import timezone

from .. import roles
from ..conf import app_settings
from ..models import GeneratedFile
from ..storage import private_storage

logger = logging.getLogger(__name__)


def _extension(filename):
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return "." + suffix if suffix.isalnum() and len(suffix) <= 8 else ""


def records_scope_key(scope):
    """What a records file stores of the scope it was made in: "all", or its institutions' ids."""
    return "all" if scope.is_everything else ",".join(str(pk) for pk in sorted(scope.institution_ids))


def generated_file_save(*, owner, kind, filename, content, content_type, keep_days=None, records_of=""):
    """Store ``content`` (bytes or a file object) privately; returns the GeneratedFile record.

    ``owner`` may be None (then only programme administrators may read it). The stored name is a
    random token: the storage key reveals neither the person, the course nor the kind of file.
    ``records_of`` (records_scope_key) says whose records a records export or transcript file holds.
    """
    keep_days = app_settings.GENERATED_FILE_DAYS if keep_days is None else keep_days
    body = ContentFile(content) if isinstance(content, bytes) else File(content)
    name = f"generated/{secrets.token_urlsafe(32)}{_extension(filename)}"
    stored_name = private_storage().save(name, body)
    try:
        return GeneratedFile.objects.create(
            owner=owner,
            kind=kind,
            storage_name=stored_name,
            filename=filename,
            content_type=content_type,
            size=private_storage().size(stored_name),
            expires_at=timezone.now() + timedelta(days=keep_days) if keep_days else None,
            records_of=records_of,
        )
    except Exception:
        private_storage().delete(stored_name)  # no record, no file
        raise


def generated_file_may_read(user, generated_file):
    """The owner and programme administrators, while the file has not expired; nobody else.

    A file made from a records scope (an export or transcript ZIP of the records page, ``records_of``
    set) holds other people's records: its owner reads it only while their records scope is still the
    one it was made in (a coordinator who lost the role, or now coordinates another institution, no
    longer gets the file they asked for before)."""
    if generated_file is None or not user.is_authenticated:
        return False
    if generated_file.is_expired:
        return False
    if roles.is_programme_administrator(user):
        return True
    if generated_file.owner_id != user.pk:
        return False
    if generated_file.records_of:
        from ..selectors.records import scope_for_user

        scope = scope_for_user(user)
        return scope is not None and records_scope_key(scope) == generated_file.records_of
    return True


def generated_file_open(generated_file):
    return private_storage().open(generated_file.storage_name, "rb")


def generated_file_discard_stored(generated_file):
    """Remove the stored bytes once the record's deletion is committed (called on post_delete)."""
    name = generated_file.storage_name

    def discard():
        try:
            private_storage().delete(name)
        except OSError:
            logger.warning("generated file %s could not be deleted from the private storage", name)

    transaction.on_commit(discard)


def generated_files_delete_expired(now=None):
    """Delete every expired generated file (records and stored bytes); returns how many."""
    expired = GeneratedFile.objects.filter(expires_at__lte=now or timezone.now())
    count = 0
    for generated_file in expired.iterator():
        generated_file.delete()  # post_delete removes the stored bytes
        count += 1
    return count
