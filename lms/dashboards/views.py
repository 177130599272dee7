"""Completion dashboards for chapter leaders and union officials (phone pages and the unit
table's downloads, small enough to make inside the request: one row per unit below; member
lists are made in the background, lms.dashboards.export_views)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify

from lms.chapters import scope
from lms.dashboards import exports, reports
from lms.dashboards.context import dashboard_context, request_choice
from lms.hooks import dashboard_panels_for


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
    node = scope.node_she_may_see(request.user, code)
    context = dashboard_context(request, node)
    context["panels"] = dashboard_panels_for(request, node)  # classes, contests (lms.hooks)
    return render(request, "lms/dashboard/node.html", context)


@login_required
def node_export(request, code, fmt):
    node = scope.node_she_may_see(request.user, code)
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
