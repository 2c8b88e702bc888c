"""The plugin's models, one module per aggregate."""

from .courses import CoursePage, Discipline, ModulePage
from .enrollment import Enrollment, ModuleProgress
from .institutions import Institution
from .pages import ProgramIndexPage, ProgramPage
from .people import ParticipantProfile

__all__ = [
    "CoursePage",
    "Discipline",
    "Enrollment",
    "Institution",
    "ModulePage",
    "ModuleProgress",
    "ParticipantProfile",
    "ProgramIndexPage",
    "ProgramPage",
]
