"""The plugin's models, one module per aggregate."""

from .assessments import CourseTest, ExtraAttemptGrant, Question, QuestionBank, QuestionOption, TestAttempt
from .certificates import Certificate, CertificateBatch, SerialCounter
from .courses import CoursePage, Discipline, ModulePage
from .credentials import CourseCredit, CreditScheme, IssuerKey, StatusList
from .enrollment import Enrollment, ModuleProgress
from .evaluation import (
    CourseObservation,
    CourseSurvey,
    EpisodeAssessor,
    Rubric,
    RubricCriterion,
    SurveyCompletion,
    SurveyItem,
    SurveyResponse,
    SurveyTemplate,
    TeachingEpisode,
)
from .files import ExportJob, GeneratedFile
from .history import SessionLogEntry
from .institutions import Institution
from .notifications import Notification, NotificationPreference
from .pages import ProgramIndexPage, ProgramPage
from .people import ParticipantProfile
from .records import InstitutionApiToken, InstitutionCoordinator
from .sessions import AttendanceRecord, SessionFeedback, TrainingSession

__all__ = [
    "CourseTest",
    "ExtraAttemptGrant",
    "Question",
    "QuestionBank",
    "QuestionOption",
    "TestAttempt",
    "CourseObservation",
    "CourseSurvey",
    "EpisodeAssessor",
    "Rubric",
    "RubricCriterion",
    "SurveyCompletion",
    "SurveyItem",
    "SurveyResponse",
    "SurveyTemplate",
    "TeachingEpisode",
    "InstitutionApiToken",
    "InstitutionCoordinator",
    "Certificate",
    "CertificateBatch",
    "SerialCounter",
    "AttendanceRecord",
    "SessionFeedback",
    "TrainingSession",
    "SessionLogEntry",
    "CoursePage",
    "Discipline",
    "Enrollment",
    "ExportJob",
    "GeneratedFile",
    "Institution",
    "ModulePage",
    "CourseCredit",
    "CreditScheme",
    "IssuerKey",
    "StatusList",
    "Notification",
    "NotificationPreference",
    "ModuleProgress",
    "ParticipantProfile",
    "ProgramIndexPage",
    "ProgramPage",
]
