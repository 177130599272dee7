import pytest
from django.core.management import call_command
from django.utils import timezone

from classes import reports, stats
from classes.models import Attendance, ClassStat, TrainingSession
from courses.models import LessonCompletion
from lms.models import Chapter
from lms.stats import recompute as lms_recompute

pytestmark = pytest.mark.django_db


def _snapshot():
    return {
        "sessions": sorted(TrainingSession.objects.values_list("code", "closed_at", "counted_at")),
        "attendances": sorted(Attendance.objects.values_list("session__code", "user_id")),
        "stats": sorted(
            ClassStat.objects.values_list(
                "chapter_id",
                "course_id",
                "month",
                "sessions_held",
                "attendances",
                "members_trained",
            )
        ),
    }


def test_demo_holds_past_classes_in_several_chapters_and_one_to_come():
    call_command("load_demo")
    first = _snapshot()
    call_command("load_demo")
    assert _snapshot() == first
    held = stats.held_sessions()
    assert held.count() == 4
    chapters = set(Attendance.objects.values_list("chapter__code", flat=True))
    assert len(chapters) >= 4
    upcoming = TrainingSession.objects.get(closed_at=None)
    assert upcoming.starts_at > timezone.now()
    assert upcoming.invited.get().code == "qnam-queson-quexuan-binhyen"
    assert stats.recompute() == {}
    # closed through the real path: the lessons covered were completed in class
    assert LessonCompletion.objects.filter(in_class=True).exists()
    methods = set(Attendance.objects.values_list("method", flat=True))
    assert methods == {Attendance.Method.SCAN, Attendance.Method.LIST}
    # ... at the time each class was closed (its end), not when the demo was loaded, and the
    # completion counters agree with a recount from the facts
    closed = set(
        TrainingSession.objects.exclude(closed_at=None).values_list("closed_at", flat=True)
    )
    taught = set(
        LessonCompletion.objects.filter(in_class=True).values_list("completed_at", flat=True)
    )
    assert taught and taught <= closed
    assert lms_recompute.recompute() == {}
    report = reports.class_report(Chapter.objects.get(code="qnam"))
    assert report.total.sessions == 4
    assert report.total.attendances == Attendance.objects.count() == 4 + 6 + 4 + 4
