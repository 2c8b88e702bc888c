"""The plugin's models, one module per aggregate."""

from .courses import CoursePage, Discipline, ModulePage
from .institutions import Institution
from .pages import ProgramIndexPage, ProgramPage

__all__ = ["CoursePage", "Discipline", "Institution", "ModulePage", "ProgramIndexPage", "ProgramPage"]
