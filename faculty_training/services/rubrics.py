"""Micro-teaching observed with rubrics: episodes, who scores them, scores, and feedback.

A participant records a teaching episode (before or after the course); the course's lead
facilitators and peers drawn from the same course score it against the course's rubric, each
on the criteria of their perspective. The participant sees the combined feedback (peers are not
named) and, with both episodes scored, the change per criterion.
"""

import os
import random
import zipfile

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import roles
from ..conf import app_settings
from ..exceptions import ServiceError
from ..models import CourseObservation, Enrollment, EpisodeAssessor, RubricCriterion, TeachingEpisode
from ..sanitize import clean_comment_html
from .completion import completion_evaluate_many

#: What an episode file may be, by extension: (offset, signatures) the file must have there.
FILE_SIGNATURES = {
    ".pdf": (0, (b"%PDF-",)),
    ".mp4": (4, (b"ftyp",)),
    ".mov": (4, (b"ftyp", b"moov", b"mdat", b"wide")),
    ".webm": (0, (b"\x1a\x45\xdf\xa3",)),
    ".docx": (0, (b"PK\x03\x04",)),
    ".pptx": (0, (b"PK\x03\x04",)),
}

#: Office files are ZIPs; their [Content_Types].xml must name the main part of the right kind.
OFFICE_MAIN_PARTS = {
    ".docx": ("word/", b"wordprocessingml.document.main+xml"),
    ".pptx": ("ppt/", b"presentationml.presentation.main+xml"),
}


def _office_file_is(upload, extension):
    """Whether the ZIP ``upload`` is a document of ``extension``: its content types declare the
    main part of that kind, and the package has entries in that kind's folder."""
    folder, main_type = OFFICE_MAIN_PARTS[extension]
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            info = archive.getinfo("[Content_Types].xml")
            if info.file_size > 1_000_000:
                return False
            content_types = archive.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, NotImplementedError):
        return False
    finally:
        upload.seek(0)
    return main_type in content_types and any(name.startswith(folder) for name in names)


def episode_file_check(upload):
    """Refuse a file that is too large, of a kind not allowed, or not what its name says: the
    signature its extension requires, at its offset, and for DOCX/PPTX the right main part."""
    if upload is None:
        return
    if upload.size > app_settings.EPISODE_FILE_MAX_BYTES:
        megabytes = app_settings.EPISODE_FILE_MAX_BYTES // 1_000_000
        raise ServiceError(
            _("The file is too large: at most %(megabytes)s MB.") % {"megabytes": megabytes}, "file_size"
        )
    extension = os.path.splitext(upload.name or "")[1].lower()
    if extension not in FILE_SIGNATURES:
        raise ServiceError(_("Attach a video (MP4, MOV, WebM) or a document (PDF, DOCX, PPTX)."), "file_kind")
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    offset, signatures = FILE_SIGNATURES[extension]
    readable = any(head[offset : offset + len(magic)] == magic for magic in signatures)
    if readable and extension in OFFICE_MAIN_PARTS:
        readable = _office_file_is(upload, extension)
    if not readable:
        raise ServiceError(
            _("The file is not a readable %(kind)s file.") % {"kind": extension[1:].upper()}, "file_kind"
        )


def observations_for_participant(user):
    course_ids = (
        Enrollment.objects.filter(participant=user)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .values_list("course_id", flat=True)
    )
    return CourseObservation.objects.filter(course_id__in=list(course_ids)).select_related("rubric", "course")


@transaction.atomic
def episode_create(*, participant, observation, stage, taught_on, topic, upload=None, peers=None, seed=None):
    """Record an episode and assign its assessors: the course's lead facilitators, and peers of the
    same course (given, or drawn at random among its active participants)."""
    if (
        not Enrollment.objects.filter(participant=participant, course_id=observation.course_id)
        .exclude(status=Enrollment.Status.WITHDRAWN)
        .exists()
    ):
        raise ServiceError(_("Only participants of the course can record an episode."), "not_enrolled")
    episode_file_check(upload)
    try:
        with transaction.atomic():
            episode = TeachingEpisode.objects.create(
                observation=observation, participant=participant, stage=stage, taught_on=taught_on, topic=topic
            )
    except IntegrityError as error:
        raise ServiceError(_("You have already recorded an episode for this stage."), "exists") from error
    if upload is not None:
        episode.file.save(upload.name, upload, save=True)
    facilitators = list(
        get_user_model().objects.filter(led_courses__pk=observation.course_id).exclude(pk=participant.pk)
    )
    EpisodeAssessor.objects.bulk_create(
        [
            EpisodeAssessor(episode=episode, assessor=user, perspective=EpisodeAssessor.Perspective.FACILITATOR)
            for user in facilitators
        ]
    )
    if peers is None:
        candidates = list(
            Enrollment.objects.filter(course_id=observation.course_id)
            .exclude(status=Enrollment.Status.WITHDRAWN)
            .exclude(participant=participant)
            .exclude(participant__in=facilitators)
            .values_list("participant_id", flat=True)
            .order_by("participant_id")
        )
        # Fairness, not secrecy: which classmates score an episode is no secret from them.
        drawn = random.Random(seed)  # noqa: S311
        peer_ids = drawn.sample(candidates, min(observation.peers_per_episode, len(candidates)))
    else:
        peer_ids = [peer.pk for peer in peers]
        same_course = set(
            Enrollment.objects.filter(course_id=observation.course_id, participant_id__in=peer_ids)
            .exclude(status=Enrollment.Status.WITHDRAWN)
            .values_list("participant_id", flat=True)
        )
        if set(peer_ids) - same_course or participant.pk in peer_ids:
            raise ServiceError(_("Peers must be other participants of the same course."), "peers")
    EpisodeAssessor.objects.bulk_create(
        [
            EpisodeAssessor(episode=episode, assessor_id=pk, perspective=EpisodeAssessor.Perspective.PEER)
            for pk in peer_ids
        ]
    )
    return episode


def assignment_for(user, episode_id):
    """The user's own assignment to score this episode, or None."""
    return (
        EpisodeAssessor.objects.filter(assessor=user, episode_id=episode_id)
        .select_related("episode__observation__rubric", "episode__observation__course")
        .first()
    )


def criteria_for(assignment):
    """The criteria this assessor scores: those of every perspective and of their own."""
    return assignment.episode.observation.rubric.criteria.filter(
        perspective__in=[RubricCriterion.Perspective.ALL, assignment.perspective]
    )


def episode_score(assignment, *, levels, comment=""):
    """Store (or correct) an assessor's levels and comment; a facilitator's score of a post-course
    episode can complete the course."""
    allowed = {str(criterion.pk) for criterion in criteria_for(assignment)}
    top = len(assignment.episode.observation.rubric.level_names())
    if set(levels) != allowed or any(not 1 <= int(value) <= top for value in levels.values()):
        raise ServiceError(_("Choose one level for every criterion."), "levels")
    assignment.levels = {key: int(value) for key, value in levels.items()}
    assignment.comment = clean_comment_html(comment)
    assignment.scored_at = timezone.now()
    assignment.save(update_fields=["levels", "comment", "scored_at"])
    episode = assignment.episode
    if episode.observation.is_required and assignment.perspective == EpisodeAssessor.Perspective.FACILITATOR:
        completion_evaluate_many(episode.observation.course_id, [episode.participant_id])
    return assignment


def _mean(values):
    return round(sum(values) / len(values), 2) if values else None


def criterion_means(assignments, criteria):
    """criterion id -> {"facilitator": mean, "peer": mean, "combined": mean} over scored assignments."""
    means = {}
    for criterion in criteria:
        key = str(criterion.pk)
        by_perspective = {"facilitator": [], "peer": []}
        for assignment in assignments:
            if assignment.scored_at and key in assignment.levels:
                by_perspective[assignment.perspective].append(assignment.levels[key])
        means[criterion.pk] = {
            "facilitator": _mean(by_perspective["facilitator"]),
            "peer": _mean(by_perspective["peer"]),
            "combined": _mean(by_perspective["facilitator"] + by_perspective["peer"]),
        }
    return means


def episode_feedback_for(user, episode_id):
    """What the episode's participant (or an administrator) sees: per criterion the facilitators',
    the peers' and the combined mean, the comments without the peers' names, and the change from
    the pre-course episode."""
    episode = TeachingEpisode.objects.filter(pk=episode_id).select_related("observation__rubric").first()
    if episode is None or (episode.participant_id != user.pk and not roles.is_programme_administrator(user)):
        return None
    rubric = episode.observation.rubric
    criteria = list(rubric.criteria.all())
    assignments = list(episode.assessors.select_related("assessor"))
    means = criterion_means(assignments, criteria)
    other_stage = TeachingEpisode.Stage.PRE if episode.stage == TeachingEpisode.Stage.POST else None
    before = {}
    if other_stage:
        pre = TeachingEpisode.objects.filter(
            observation=episode.observation, participant_id=episode.participant_id, stage=other_stage
        ).first()
        if pre is not None:
            before = criterion_means(list(pre.assessors.all()), criteria)
    levels = rubric.level_names()
    rows = []
    for criterion in criteria:
        mine = means[criterion.pk]
        earlier = before.get(criterion.pk, {}).get("combined")
        rows.append(
            {
                "criterion": criterion,
                **mine,
                "before": earlier,
                "change": round(mine["combined"] - earlier, 2)
                if mine["combined"] is not None and earlier is not None
                else None,
            }
        )
    comments = [
        {"perspective": assignment.get_perspective_display(), "text": assignment.comment}
        for assignment in assignments
        if assignment.scored_at and assignment.comment
    ]
    return {
        "episode": episode,
        "rows": rows,
        "levels": levels,
        "grid": rubric.grid_rows(criteria),
        "top": len(levels),
        "comments": comments,
        "scored": sum(1 for assignment in assignments if assignment.scored_at),
        "assessors": len(assignments),
    }


def episode_file_for(user, episode_id):
    """The episode if ``user`` may download its file (its participant, an assessor, an administrator)."""
    episode = TeachingEpisode.objects.filter(pk=episode_id).exclude(file="").first()
    if episode is None:
        return None
    if (
        episode.participant_id == user.pk
        or roles.is_programme_administrator(user)
        or episode.assessors.filter(assessor=user).exists()
    ):
        return episode
    return None


def episodes_for_user(user):
    return {
        "observations": list(observations_for_participant(user)),
        "my_episodes": list(
            TeachingEpisode.objects.filter(participant=user).select_related("observation__course").order_by("taught_on")
        ),
        "to_score": list(
            EpisodeAssessor.objects.filter(assessor=user)
            .select_related("episode__observation__course", "episode__participant__participant_profile")
            .order_by("scored_at", "episode__taught_on")
        ),
    }


def observation_changes(scope):
    """For the records: per observation and criterion, the mean combined level before and after the
    course and the change, over the scored episodes of people in ``scope``."""
    from ..selectors.records import episode_scores_queryset

    if scope is None:
        return []
    return observation_changes_of(episode_scores_queryset(scope))


def led_observation_changes(course_ids):
    """The same for a facilitator: over the scored episodes of the courses they lead."""
    from ..selectors.records import led_episode_scores_queryset

    return observation_changes_of(led_episode_scores_queryset(course_ids))


def observation_changes_of(scores):
    """Per observation and criterion of the ``scores`` (scored assignments), the mean combined level
    before and after the course and the change."""
    scores = list(scores.select_related("episode__observation__rubric", "episode__observation__course"))
    by_observation = {}
    for assignment in scores:
        by_observation.setdefault(assignment.episode.observation, []).append(assignment)
    results = []
    for observation, assignments in sorted(by_observation.items(), key=lambda pair: pair[0].pk):
        criteria = list(observation.rubric.criteria.all())
        stages = {
            stage: criterion_means([a for a in assignments if a.episode.stage == stage], criteria)
            for stage in TeachingEpisode.Stage.values
        }
        people = {
            stage: len({a.episode.participant_id for a in assignments if a.episode.stage == stage}) for stage in stages
        }
        rows = []
        for criterion in criteria:
            pre, post = stages["pre"][criterion.pk]["combined"], stages["post"][criterion.pk]["combined"]
            change = round(post - pre, 2) if pre is not None and post is not None else None
            rows.append({"criterion": criterion, "pre": pre, "post": post, "change": change})
        results.append(
            {"observation": observation, "rows": rows, "people": people, "top": len(observation.rubric.level_names())}
        )
    return results
