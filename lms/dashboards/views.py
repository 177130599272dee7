"""Completion dashboards for chapter leaders and union officials (phone pages and exports)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify

from lms.chapters import scope
from lms.dashboards import exports, member_exports, reports
from lms.dashboards.context import dashboard_context, phone_display, request_choice
from lms.hooks import dashboard_panels_for
from lms.models import Chapter


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


@login_required
def node_dashboard(request, code):
    node = _node_in_scope(request, code)
    context = dashboard_context(request, node)
    context["panels"] = dashboard_panels_for(request, node)  # classes, contests (lms.hooks)
    return render(request, "lms/dashboard/node.html", context)


@login_required
def node_export(request, code, fmt):
    node = _node_in_scope(request, code)
    dashboard = reports.node_dashboard(node, choice=request_choice(request))
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


@login_required
def member_export(request, code, fmt):
    """Every member beneath the node, with her chapter and her progress in each course the
    dashboard shows (its course switch, ``?courses=``). Both files stream: a province of
    200,000 starts downloading at once, the phone shows the bytes arriving, and memory does
    not grow with the members."""
    node = _node_in_scope(request, code)
    courses = reports.node_dashboard(node, choice=request_choice(request)).courses
    header = member_exports.member_header(courses)
    rows = member_exports.member_rows(node, courses, show_phone=phone_display(request.user))
    if fmt == "csv":
        chunks = member_exports.csv_chunks(header, rows)
        content_type = "text/csv; charset=utf-8"
    else:
        chunks = member_exports.xlsx_chunks(header, rows, title=node.name, courses=courses)
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    response = StreamingHttpResponse(chunks, content_type=content_type)
    filename = f"hoi-vien-{slugify(node.code)}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
