"""Errors a user can cause: expected, translated and specific."""


class ServiceError(Exception):
    """A rule refused the action; ``message`` is translated and safe to show to the user."""

    def __init__(self, message, code):
        super().__init__(message)
        self.message = message
        self.code = code
