"""What a completion dashboard shows, for the leader's phone page and the admin report alike."""

from django.urls import reverse
from django.utils.formats import number_format

from lms.dashboards import charts, reports
from lms.members.phones import format_phone, mask_phone
from lms.models import Chapter, Role

SORT_KEYS = {"name", "members", "overall"}


def _sort(request, dashboard):
    key = request.GET.get("sort", "overall")
    if key not in SORT_KEYS and not (key.startswith("course-") and key[7:].isdigit()):
        key = "overall"
    descending = request.GET.get("dir", "desc") != "asc"
    rows = reports.sort_rows(dashboard.rows, key, dashboard.course_ids, descending=descending)
    return rows, key, descending


def _percent(value):
    return "—" if value is None else f"{number_format(value, 1)}%"


def shows_full_phones(user, chapter):
    """Only the chapter's own leader (and superusers) see members' full phone numbers."""
    return (
        user.is_superuser
        or Role.objects.filter(user=user, node=chapter, kind=Role.Kind.LEADER).exists()
    )


def dashboard_context(request, node):
    dashboard = reports.node_dashboard(node)
    rows, sort_key, descending = _sort(request, dashboard)
    course_ids = dashboard.course_ids
    bar_items = [
        (row.node.name, row.overall(course_ids) or 0, _percent(row.overall(course_ids)))
        for row in rows
    ]
    since, until = reports.campaign_window(dashboard.campaigns)
    weeks = reports.weekly_completions(node, dashboard.courses, since=since, until=until)
    context = {
        "node": node,
        "dashboard": dashboard,
        "rows": [(row, dashboard.cells(row), row.overall(course_ids)) for row in rows],
        "total_cells": dashboard.cells(dashboard.total),
        "total_overall": dashboard.total.overall(course_ids),
        "sort_key": sort_key,
        "descending": descending,
        "bar_chart": charts.bar_chart(bar_items, maximum=100),
        "week_chart": charts.column_chart(weeks),
        "weeks_total": sum(n for _monday, n in weeks),
        "since": since,
        "until": until,
        "members": None,
    }
    if node.kind == Chapter.Kind.CHAPTER:
        show = format_phone if shows_full_phones(request.user, node) else mask_phone
        members = reports.chapter_members(node, dashboard.courses)
        # Those who have not finished come first: the leader's reminder list.
        members.sort(
            key=lambda m: (all(m.status(c) == "completed" for c in course_ids), m.member.full_name)
        )
        context["members"] = [
            (m, show(m.member.user.phone), [(c, m.status(c.pk)) for c in dashboard.courses])
            for m in members
        ]
        context["invite_page_url"] = reverse("lms:chapter_invite", args=[node.invite_code])
        context["invite_url"] = request.build_absolute_uri(node.get_invite_url())
    return context
