"""Whether enrolments are complete: the one place that decides, re-made whenever an input changes.

The rule, for one person in one course:

- every required, published module of the course is studied;
- when the course's post-test is required for completion, the person passed it;
- every survey the course requires is answered, and every required micro-teaching observation has
  a post-course episode scored by a facilitator (models/evaluation.py);
- unless the course is self-paced (``has_live_sessions`` unticked), every scheduled session of
  the course has been held (has started; cancelled ones do not count), at least one session
  counted for this person, and the person attended at least the course's minimum percentage of
  the sessions that count for them. A session counts for a person when it was held, was not
  cancelled, and started after they enrolled (FACULTY_TRAINING_COUNT_SESSIONS_BEFORE_ENROLMENT
  counts earlier ones too); a session before their enrolment that they did attend always counts.

Inputs are progress, attendance, enrolment, sessions, submitted post-test attempts, survey completions
and scored teaching episodes (and time: a session that starts becomes held, see ``completion_refresh_due``), and the course's and programme's settings. The facts the
decision used are stored on the enrolment, so records, exports and the API show exactly the
numbers that decided. A change of completion is published as ``events.completion_changed``;
certificates and notifications subscribe to it.
"""

import logging
from collections import defaultdict

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from ..conf import app_settings
from ..events import completion_changed
from ..models import AttendanceRecord, CoursePage, Enrollment, ModulePage, ModuleProgress, TrainingSession
from ..models.enrollment import STORED_FACTS, CompletionState
from ..selectors.assessments import post_test_passers

logger = logging.getLogger(__name__)


def counted_statuses():
    statuses = [AttendanceRecord.Status.PRESENT, AttendanceRecord.Status.LATE]
    if app_settings.EXCUSED_COUNTS_AS_ATTENDED:
        statuses.append(AttendanceRecord.Status.EXCUSED)
    return statuses


def required_modules(course):
    """The course's required modules: published ones, and ones taken offline for a while (an editor
    fixing a typo does not lift a requirement; unticking "required" does). Drafts never published
    are not requirements yet."""
    return (
        ModulePage.objects.child_of(course)
        .filter(is_required=True)
        .filter(Q(live=True) | Q(first_published_at__isnull=False))
    )


def completion_states(course, enrollments, now=None):
    """participant id -> CompletionState for enrolments of one course, in a fixed number of queries whatever the count."""
    now = now or timezone.now()
    enrollments = list(enrollments)
    participant_ids = [enrollment.participant_id for enrollment in enrollments]
    required_ids = list(required_modules(course).values_list("pk", flat=True))
    done = dict(
        ModuleProgress.objects.filter(participant_id__in=participant_ids, module_id__in=required_ids)
        .values_list("participant_id")
        .annotate(count=Count("pk"))
    )
    sessions = list(
        TrainingSession.objects.filter(course=course, status=TrainingSession.Status.SCHEDULED).values_list(
            "pk", "starts_at"
        )
    )
    held = [(pk, starts_at) for pk, starts_at in sessions if starts_at <= now]
    attended = defaultdict(set)
    for participant_id, session_id in AttendanceRecord.objects.filter(
        session_id__in=[pk for pk, _starts in held],
        participant_id__in=participant_ids,
        status__in=counted_statuses(),
    ).values_list("participant_id", "session_id"):
        attended[participant_id].add(session_id)
    evaluation = _evaluation_facts(course, participant_ids)
    count_earlier = app_settings.COUNT_SESSIONS_BEFORE_ENROLMENT
    minimum = course.effective_min_attendance_percent
    post_test_required, passed_post_test = post_test_passers(course, participant_ids)
    states = {}
    for enrollment in enrollments:
        mine = attended[enrollment.participant_id]
        counted = [pk for pk, starts_at in held if count_earlier or starts_at >= enrollment.enrolled_at or pk in mine]
        states[enrollment.participant_id] = CompletionState(
            required_modules=len(required_ids),
            required_modules_done=done.get(enrollment.participant_id, 0),
            sessions_held=len(counted),
            sessions_attended=sum(1 for pk in counted if pk in mine),
            sessions_to_come=len(sessions) - len(held),
            min_attendance_percent=minimum,
            has_live_sessions=course.has_live_sessions,
            post_test_required=post_test_required,
            post_test_passed=enrollment.participant_id in passed_post_test,
            **evaluation(enrollment.participant_id),
        )
    return states


def _evaluation_facts(course, participant_ids):
    """participant id -> the survey and observation facts, in at most four queries."""
    from ..models import CourseObservation, CourseSurvey, EpisodeAssessor, SurveyCompletion

    survey_ids = list(CourseSurvey.objects.filter(course=course, is_required=True).values_list("pk", flat=True))
    observation_ids = list(
        CourseObservation.objects.filter(course=course, is_required=True).values_list("pk", flat=True)
    )
    answered = defaultdict(int)
    if survey_ids:
        for participant_id in SurveyCompletion.objects.filter(
            course_survey_id__in=survey_ids, participant_id__in=participant_ids
        ).values_list("participant_id", flat=True):
            answered[participant_id] += 1
    observed = defaultdict(set)
    if observation_ids:
        for participant_id, observation_id in EpisodeAssessor.objects.filter(
            episode__observation_id__in=observation_ids,
            episode__participant_id__in=participant_ids,
            episode__stage="post",
            perspective=EpisodeAssessor.Perspective.FACILITATOR,
            scored_at__isnull=False,
        ).values_list("episode__participant_id", "episode__observation_id"):
            observed[participant_id].add(observation_id)

    def facts(participant_id):
        return {
            "required_surveys": len(survey_ids),
            "required_surveys_done": answered[participant_id],
            "required_observations": len(observation_ids),
            "required_observations_done": len(observed[participant_id]),
        }

    return facts


def completion_state(enrollment):
    return completion_states(enrollment.course, [enrollment])[enrollment.participant_id]


@transaction.atomic
def completion_evaluate_many(course, participant_ids=None, now=None):
    """Decide again for the course's enrolments of these participants (all when None).

    Stores the facts and the status, publishes ``completion_changed`` once for what changed, and
    returns the enrolments that just became complete.
    """
    course = course if isinstance(course, CoursePage) else CoursePage.objects.get(pk=course)
    enrollments = Enrollment.objects.filter(course=course).exclude(status=Enrollment.Status.WITHDRAWN)
    if participant_ids is not None:
        enrollments = enrollments.filter(participant_id__in=list(participant_ids))
    enrollments = list(enrollments.select_for_update())
    if not enrollments:
        return []
    now = now or timezone.now()
    states = completion_states(course, enrollments, now=now)
    changed, gained, lost = [], [], []
    for enrollment in enrollments:
        state = states[enrollment.participant_id]
        facts = {name: getattr(state, name) for name in STORED_FACTS}
        facts["min_attendance_percent"] = state.min_attendance_percent
        is_dirty = any(getattr(enrollment, name) != value for name, value in facts.items())
        for name, value in facts.items():
            setattr(enrollment, name, value)
        if state.is_complete and enrollment.status != Enrollment.Status.COMPLETED:
            enrollment.status, enrollment.completed_at = Enrollment.Status.COMPLETED, now
            gained.append(enrollment)
        elif not state.is_complete and enrollment.status == Enrollment.Status.COMPLETED:
            enrollment.status, enrollment.completed_at = Enrollment.Status.ACTIVE, None
            lost.append(enrollment)
        elif not is_dirty and enrollment.completion_checked_at is not None:
            continue
        enrollment.completion_checked_at = now
        changed.append(enrollment)
    if changed:
        Enrollment.objects.bulk_update(
            changed, [*STORED_FACTS, "min_attendance_percent", "status", "completed_at", "completion_checked_at"]
        )
    if gained or lost:
        for enrollment in gained + lost:
            enrollment.course = course
        completion_changed.send(sender=Enrollment, gained=gained, lost=lost)
    return gained


def completion_decide_soon(course_id, participant_ids):
    """Mark these enrolments "to decide" and ask the worker to decide them, instead of deciding now.

    Only for inputs that can *gain* completion and arrive in bursts: a self check-in adds attendance
    (it never lowers it, and never overrides what a facilitator recorded), so waiting can only delay a
    completion, never leave a certificate standing that its rule no longer supports. Deciding in the
    request would lock each enrolment and cost a dozen queries while hundreds of people check in
    within a minute. A marked enrolment (``completion_checked_at`` empty) is decided by the worker
    (``completion_decide_pending``, seconds later) or, with no worker running, by ``refresh_completion``
    from cron. Inputs that can lose completion (registers, imports, cancellations) decide at once.

    The task row is written in the caller's transaction (database queue), so the worker sees it only
    together with the attendance that caused it.
    """
    from ..tasks import completion_pending_task, task_backend

    Enrollment.objects.filter(course_id=course_id, participant_id__in=list(participant_ids)).exclude(
        status=Enrollment.Status.WITHDRAWN
    ).update(completion_checked_at=None)
    completion_pending_task.using(backend=task_backend()).enqueue(course_id)


def completion_decide_pending(course_id):
    """Decide the course's enrolments marked "to decide"; returns how many were decided."""
    participant_ids = list(
        Enrollment.objects.filter(course_id=course_id, completion_checked_at__isnull=True)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .values_list("participant_id", flat=True)
    )
    if participant_ids:
        completion_evaluate_many(course_id, participant_ids)
    return len(participant_ids)


def completion_evaluate(enrollment):
    """Decide again for one enrolment; returns True if it just became complete."""
    gained = completion_evaluate_many(enrollment.course, [enrollment.participant_id])
    enrollment.refresh_from_db()
    return bool(gained)


def completion_evaluate_courses(course_ids):
    """Decide again for every enrolment of these courses (after their settings or sessions changed)."""
    for course in CoursePage.objects.filter(pk__in=set(course_ids)):
        completion_evaluate_many(course)


def completion_refresh_due(now=None):
    """Decide again for courses whose sessions began since the last run; cron calls it (see README).

    Time is an input: when a session starts it becomes held, which can complete (or, for people
    who missed it, hold back) enrolments without anyone marking anything. Returns the number of
    sessions that were noted as held.
    """
    now = now or timezone.now()
    due = TrainingSession.objects.filter(
        status=TrainingSession.Status.SCHEDULED, starts_at__lte=now, held_noted_at__isnull=True
    )
    sessions = list(due.values_list("pk", "course_id"))
    # Enrolments never decided under the current rule (after an upgrade) are decided too.
    undecided = Enrollment.objects.filter(completion_checked_at__isnull=True).exclude(
        status=Enrollment.Status.WITHDRAWN
    )
    course_ids = {course_id for _pk, course_id in sessions} | set(undecided.values_list("course_id", flat=True))
    # One course that cannot be decided (a bug, a broken setting) must not hold back every other:
    # each is decided on its own, its sessions noted only when it succeeded, and the failures are
    # reported at the end (cron mails them) after the rest is done.
    failed = []
    for course in CoursePage.objects.filter(pk__in=course_ids):
        try:
            completion_evaluate_many(course)
        except Exception:
            logger.exception("completion of course %s could not be decided", course.pk)
            failed.append(course.pk)
    noted = [pk for pk, course_id in sessions if course_id not in failed]
    TrainingSession.objects.filter(pk__in=noted).update(held_noted_at=now)
    if failed:
        raise CompletionRefreshError(failed)
    return len(noted)


class CompletionRefreshError(RuntimeError):
    """Some courses could not be decided; every other course was."""

    def __init__(self, course_ids):
        super().__init__(f"completion could not be decided for courses {sorted(course_ids)} (see the log)")
        self.course_ids = course_ids


def completion_session_saved(session, now=None):
    """A session was added, moved, cancelled or restored: decide again for its course."""
    now = now or timezone.now()
    completion_evaluate_many(session.course_id, now=now)
    noted = now if session.starts_at <= now and session.status == TrainingSession.Status.SCHEDULED else None
    TrainingSession.objects.filter(pk=session.pk).update(held_noted_at=noted)


def completion_page_changed(page):
    """A page was published or unpublished: decide again for the courses whose rules it feeds."""
    from ..models import ProgramPage

    specific_class = page.specific_class
    if specific_class is ModulePage or specific_class is CoursePage:
        course_ids = CoursePage.objects.ancestor_of(page, inclusive=True).values_list("pk", flat=True)
    elif specific_class is ProgramPage:
        course_ids = CoursePage.objects.child_of(page).values_list("pk", flat=True)
    else:
        return
    completion_evaluate_courses(list(course_ids))
