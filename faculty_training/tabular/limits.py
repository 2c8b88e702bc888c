"""The bounds every upload is read within (bytes, rows, columns, cell length, time) and their refusals."""

import time

from django.utils.translation import gettext as _

from ..conf import app_settings
from ..exceptions import ServiceError

# A participant or attendance list has a handful of columns and short cells; these bounds are far above
# any real list and keep one hostile file from costing more than a few megabytes per row.
MAX_COLUMNS = 100
MAX_CELL_CHARACTERS = 10_000


def check_size(data):
    if len(data) > app_settings.IMPORT_MAX_BYTES:
        raise ServiceError(
            _("The file is too large (over %(megabytes)s MB).")
            % {"megabytes": app_settings.IMPORT_MAX_BYTES // 1_000_000},
            "too_large",
        )


def read_limited(stream):
    """The bytes of an uploaded or opened file, never more than one byte over the size limit.

    Reading the whole of an oversized upload into memory just to refuse it is what the limit prevents.
    """
    return stream.read(app_settings.IMPORT_MAX_BYTES + 1)


def too_many_rows():
    return ServiceError(
        _("The file has more than %(rows)s rows; split it into smaller files.")
        % {"rows": app_settings.IMPORT_MAX_ROWS},
        "too_many_rows",
    )


def too_many_columns():
    return ServiceError(_("The file has more than %(columns)s columns.") % {"columns": MAX_COLUMNS}, "too_many_columns")


class Deadline:
    """The time budget of reading one file, checked while rows are read."""

    def __init__(self):
        self.seconds = app_settings.IMPORT_TIME_LIMIT_SECONDS
        self.ends_at = time.monotonic() + self.seconds

    def check(self):
        if time.monotonic() >= self.ends_at:
            raise ServiceError(
                _("Reading the file took longer than %(seconds)s seconds; split it into smaller files.")
                % {"seconds": self.seconds},
                "too_slow",
            )
