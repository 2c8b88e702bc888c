"""What the import commands share: their file options, reading the file, and reporting bad rows."""

from pathlib import Path

from django.core.management.base import CommandError

from ..exceptions import ServiceError


def add_import_arguments(parser):
    parser.add_argument("file", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="Check the file and report, but write nothing.")
    parser.add_argument("--encoding", help="Encoding of a CSV file, e.g. cp1251 (default: UTF-8, then Windows-1251).")


def run_import(command, file, do_import):
    """Read ``file`` and pass its bytes to ``do_import``; bad rows go to stderr and fail the command."""
    try:
        data = file.read_bytes()
    except OSError as error:
        raise CommandError(f"Cannot read {file}: {error.strerror}") from error
    try:
        result = do_import(data)
    except ServiceError as error:
        raise CommandError(error.message) from error
    if not result.ok:
        for error in result.errors:
            command.stderr.write(str(error))
        raise CommandError(f"{len(result.errors)} bad row(s); nothing was imported.")
    return result
