"""The plugin's models, one module per aggregate."""

from .institutions import Institution
from .pages import ProgramIndexPage

__all__ = ["Institution", "ProgramIndexPage"]
