"""Member-level exports of a node: every member beneath it, with her chapter, and per course
her status, completion date and best quiz score. CSV and Excel both streamed.

Memory stays bounded whatever the node's size: members are read through one database
cursor in batches of ``BATCH``; each batch costs two more queries (her enrollments, her best
scores), never one per member. Scores are the stored ones (``Attempt.score``), never
re-scored. Phones are shown as the viewer may see them (``context.phone_display``).
"""

import csv
from dataclasses import dataclass

from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from core.iterables import batched
from core.spreadsheets import csv_cell
from core.xlsx_stream import stream_xlsx
from courses.models import Enrollment
from courses.selectors import course_quiz_ids
from lms.models import Member
from quizzes.models import Attempt

BATCH = 2000
DATE_FORMAT = "DD/MM/YYYY"
SCORE_FORMAT = "0.0"


def _status_labels():
    return {
        "completed": _("Completed"),
        "started": _("In progress"),
        "not_started": _("Not started"),
    }


def member_header(courses):
    header = [_("Full name"), _("Phone number"), _("Chapter")]
    for course in courses:
        header += [
            _("%(course)s: status") % {"course": course.title},
            _("%(course)s: completed on") % {"course": course.title},
            _("%(course)s: best quiz score (%%)") % {"course": course.title},
        ]
    return header


def column_formats(courses):
    """The Excel number format of each column, in ``member_header``'s order."""
    return [None, None, None] + [None, DATE_FORMAT, SCORE_FORMAT] * len(courses)


@dataclass
class MemberFacts:
    """A batch of members' progress: {(user id, course id): completed_at or None} for the
    courses she began, and {(user id, course id): best score}."""

    enrollments: dict
    best_scores: dict


def batch_facts(user_ids, courses, quizzes_of):
    enrollments = {
        (user_id, course_id): completed_at
        for user_id, course_id, completed_at in Enrollment.objects.filter(
            user_id__in=user_ids, course__in=courses
        ).values_list("user_id", "course_id", "completed_at")
    }
    courses_of_quiz = {}
    for course_id, quiz_ids in quizzes_of.items():
        for quiz_id in quiz_ids:
            courses_of_quiz.setdefault(quiz_id, []).append(course_id)
    best_scores = {}
    if courses_of_quiz:
        rows = (
            Attempt.objects.filter(
                user_id__in=user_ids,
                quiz_id__in=courses_of_quiz,
                submitted_at__isnull=False,
                score__isnull=False,
            )
            .values("user_id", "quiz_id")
            .annotate(best=Max("score"))
            .values_list("user_id", "quiz_id", "best")
        )
        for user_id, quiz_id, best in rows:
            for course_id in courses_of_quiz[quiz_id]:
                key = (user_id, course_id)
                if key not in best_scores or best > best_scores[key]:
                    best_scores[key] = best
    return MemberFacts(enrollments, best_scores)


def member_count(node):
    """How many rows ``member_rows`` gives for ``node`` (one indexed count)."""
    return Member.objects.filter(chapter__path__startswith=node.path).count()


def member_rows(node, courses, *, show_phone, batch_size=BATCH):
    """Rows of typed values, one per member beneath ``node``, by chapter then name:
    [name, phone, chapter, then per course: status text, date or "", score (float) or ""]."""
    labels = _status_labels()
    quizzes_of = course_quiz_ids(courses)
    members = (
        Member.objects.filter(chapter__path__startswith=node.path)
        .order_by("chapter__path", "full_name", "pk")
        .values_list("user_id", "full_name", "user__phone", "chapter_id", "chapter__name")
    )
    for batch in batched(members.iterator(chunk_size=batch_size), batch_size):
        facts = batch_facts([member[0] for member in batch], courses, quizzes_of)
        for user_id, full_name, phone, chapter_id, chapter_name in batch:
            row = [full_name, show_phone(chapter_id, phone), chapter_name]
            for course in courses:
                key = (user_id, course.pk)
                completed_at = facts.enrollments.get(key)
                if key not in facts.enrollments:
                    status = "not_started"
                else:
                    status = "completed" if completed_at else "started"
                score = facts.best_scores.get(key)
                row += [
                    labels[status],
                    timezone.localtime(completed_at).date() if completed_at else "",
                    float(score) if score is not None else "",
                ]
            yield row


class _Echo:
    def write(self, value):
        return value


def csv_chunks(header, rows, *, rows_per_chunk=500):
    """The CSV file as a sequence of byte chunks (UTF-8 with a BOM, so that Excel reads the
    Vietnamese text): dates as YYYY-MM-DD, scores with a decimal point."""
    writer = csv.writer(_Echo())
    yield ("\ufeff" + writer.writerow(header)).encode("utf-8")
    for chunk in batched(rows, rows_per_chunk):
        text = "".join(
            writer.writerow(
                [
                    value.isoformat() if hasattr(value, "isoformat") else csv_cell(value)
                    for value in row
                ]
            )
            for row in chunk
        )
        yield text.encode("utf-8")


def xlsx_chunks(header, rows, *, title, courses):
    """The Excel file as a sequence of byte chunks (``core.xlsx_stream``): dates are date
    cells, scores number cells, names and chapters text that never runs as a formula."""
    return stream_xlsx(
        header,
        rows,
        title=title,
        formats=column_formats(courses),
        widths={0: 30, 1: 16, 2: 24},
    )
