"""The class reports: the section of a node's completion dashboard (answering
lms.hooks.DASHBOARD_PANELS, registered in classes/wagtail_hooks.py; lms asks only once it has
checked she may see the node), the sessions held beneath a node, a session's attendance list
and the Excel file for the union's statistical report. Each view checks the node is in her
area (lms.chapters.scope)."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import slugify

from classes import exports, reports
from lms.chapters import scope
from lms.dashboards.context import phone_display

PAGE_SIZE = 20
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

PARAM = "class_course"  # the panel's own course switch, beside the dashboard's ?courses=


def chosen_course(request):
    value = request.GET.get(PARAM, "")
    return int(value) if value.isdigit() else None


def course_query(course_id=None):
    return "?" + urlencode({PARAM: course_id}) if course_id else ""


def _switch_url(request, course_id):
    """This dashboard's address with the panel's course switch set (other switches kept)."""
    params = request.GET.copy()
    params.pop(PARAM, None)
    if course_id:
        params[PARAM] = str(course_id)
    query = params.urlencode()
    return f"{request.path}?{query}#classes" if query else f"{request.path}#classes"


def dashboard_panel(request, node):
    report = reports.class_report(node, course_id=chosen_course(request))
    keep = course_query(report.course.pk if report.course else None)
    context = {
        "report": report,
        "node": node,
        "switch": [(None, _switch_url(request, None), report.course is None)]
        + [(c, _switch_url(request, c.pk), c == report.course) for c in report.courses],
        "sessions_url": reverse("classes:report_sessions", args=[node.code]) + keep,
        "export_url": reverse("classes:report_xlsx", args=[node.code]) + keep,
    }
    return [render_to_string("classes/report/panel.html", context, request=request)]


@login_required
def report_sessions(request, code):
    """The sessions held beneath a node (newest first, paged) for its dashboard's panel."""
    node = scope.node_she_may_see(request.user, code)
    course_id = chosen_course(request)
    sessions = reports.sessions_held_beneath(node, course_id=course_id)
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    keep = course_query(course_id)
    return render(
        request,
        "classes/report/sessions.html",
        {
            "node": node,
            "page": page,
            "keep": keep,
            "page_query": (keep + "&" if keep else "?") + "page=",
            "dashboard_url": reverse("lms:dashboard_node", args=[node.code]) + keep + "#classes",
        },
    )


@login_required
def report_attendance(request, code, session_id):
    """Who came to one session held beneath the node: her name, chapter, how and when she was
    checked in, her phone as the viewer may see it. Members of units outside the viewer's
    area are counted, not named."""
    node = scope.node_she_may_see(request.user, code)
    session = reports.session_in_node(node, session_id)
    if session is None:
        raise Http404
    rows, others = reports.attendance_rows(
        session, scope_q=scope.scope_filter(request.user, field="chapter__path")
    )
    show = phone_display(request.user)
    return render(
        request,
        "classes/report/attendance.html",
        {
            "node": node,
            "session": session,
            "rows": [
                (
                    row,
                    row.user.member if hasattr(row.user, "member") else None,
                    show(row.chapter_id, row.user.phone),
                )
                for row in rows
            ],
            "others": others,
            "back_url": reverse("classes:report_sessions", args=[node.code]),
        },
    )


@login_required
def report_xlsx(request, code):
    """The union's statistical report for the node: sessions, attendance, monthly totals."""
    node = scope.node_she_may_see(request.user, code)
    report = reports.class_report(node, course_id=chosen_course(request))
    content = exports.class_workbook(
        report,
        scope_q=scope.scope_filter(request.user, field="chapter__path"),
        show_phone=phone_display(request.user),
    )
    response = HttpResponse(content, content_type=XLSX)
    name = f"lop-tap-huan-{slugify(node.code)}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
