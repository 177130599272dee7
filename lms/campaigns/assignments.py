"""Campaign assignments as members see them."""

from django.utils import timezone

from lms.dashboards.reports import ancestor_paths
from lms.models import Campaign, Member


def assignments_for(user):
    """{course_id: due date} for campaigns over her chapter that have started (two queries)."""
    chapter_path = Member.objects.filter(user=user).values_list("chapter__path", flat=True).first()
    if not chapter_path:
        return {}
    rows = Campaign.courses.through.objects.filter(
        campaign__node__path__in=ancestor_paths(chapter_path),
        campaign__starts_on__lte=timezone.localdate(),
    ).values_list("coursepage_id", "campaign__due_on")
    due = {}
    for course_id, due_on in rows:
        due[course_id] = min(due_on, due.get(course_id, due_on))
    return due
