"""What the import commands share: their file options, reading the file, and reporting bad rows."""

import argparse
import codecs
from pathlib import Path

from django.core.management.base import CommandError

from ..exceptions import ServiceError
from ..tabular import ENCODINGS, read_limited


def encoding_name(value):
    """One of the importers' encodings, however it is spelt ("CP1251", "windows-1251", "utf8")."""
    try:
        name = codecs.lookup(value).name
    except LookupError:
        name = value.lower()
    name = {"utf-8-sig": "utf-8"}.get(name, name)
    if name not in ENCODINGS:
        raise argparse.ArgumentTypeError(f"{value!r} is not one of: {', '.join(ENCODINGS)}")
    return name


def add_import_arguments(parser):
    parser.add_argument("file", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="Check the file and report, but write nothing.")
    parser.add_argument(
        "--encoding",
        type=encoding_name,
        help=f"Encoding of a CSV file: one of {', '.join(ENCODINGS)} (default: detected from the file).",
    )


def run_import(command, file, do_import):
    """Read ``file`` and pass its bytes to ``do_import``; bad rows go to stderr and fail the command."""
    try:
        with file.open("rb") as stream:
            data = read_limited(stream)
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
