"""Completion dashboards for chapter leaders and union officials (phone pages and exports)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify

from lms import charts, exports, reports, scope
from lms.models import Chapter, Role
from lms.phones import format_phone, mask_phone

SORT_KEYS = {"name", "members", "overall"}


def _node_in_scope(request, code):
    node = get_object_or_404(Chapter, code=code)
    if not scope.can_see(request.user, node):
        raise PermissionDenied
    return node


@login_required
def dashboard_home(request):
    nodes = scope.top_nodes(request.user)
    if not nodes:
        raise PermissionDenied
    if len(nodes) == 1:
        return redirect("lms:dashboard_node", code=nodes[0].code)
    return render(request, "lms/dashboard/home.html", {"nodes": nodes})


def _sort(request, dashboard):
    key = request.GET.get("sort", "overall")
    if key not in SORT_KEYS and not (key.startswith("course-") and key[7:].isdigit()):
        key = "overall"
    descending = request.GET.get("dir", "desc") != "asc"
    rows = reports.sort_rows(dashboard.rows, key, dashboard.course_ids, descending=descending)
    return rows, key, descending


@login_required
def node_dashboard(request, code):
    node = _node_in_scope(request, code)
    dashboard = reports.node_dashboard(node)
    rows, sort_key, descending = _sort(request, dashboard)
    course_ids = dashboard.course_ids
    bar_items = [
        (row.node.name, row.overall(course_ids) or 0, f"{row.overall(course_ids) or 0}%")
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
        "week_chart": charts.column_chart([(monday, n) for monday, n in weeks]),
        "weeks_total": sum(n for _monday, n in weeks),
        "since": since,
        "until": until,
    }
    if node.kind == Chapter.Kind.CHAPTER:
        show_phone = (
            request.user.is_superuser
            or Role.objects.filter(user=request.user, node=node, kind=Role.Kind.LEADER).exists()
        )
        show = format_phone if show_phone else mask_phone
        members = reports.chapter_members(node, dashboard.courses)
        # Those who have not finished come first: the leader's reminder list.
        members.sort(
            key=lambda m: (
                all(m.status(c) == "completed" for c in course_ids),
                m.member.full_name,
            )
        )
        context["members"] = [
            (m, show(m.member.user.phone), [(c, m.status(c.pk)) for c in dashboard.courses])
            for m in members
        ]
        context["invite_page_url"] = reverse("lms:chapter_invite", args=[node.invite_code])
        context["invite_url"] = request.build_absolute_uri(node.get_invite_url())
    return render(request, "lms/dashboard/node.html", context)


@login_required
def node_export(request, code, fmt):
    node = _node_in_scope(request, code)
    dashboard = reports.node_dashboard(node)
    header, rows = exports.dashboard_table(dashboard)
    filename = f"ty-le-hoan-thanh-{slugify(node.code)}"
    if fmt == "csv":
        response = HttpResponse(
            exports.to_csv(header, rows), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    else:
        response = HttpResponse(
            exports.to_xlsx(header, rows, title=node.name),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
