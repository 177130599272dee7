"""What a completion dashboard shows, for the leader's phone page and the admin report alike."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from lms.chapters import scope
from lms.dashboards import big_nodes, charts, reports, roster, selection
from lms.dashboards.numbers import page_percent
from lms.members.phones import format_phone, mask_phone
from lms.models import Chapter, Role

SORT_KEYS = {"name", "members", "overall"}


def _sort(request, dashboard):
    key = request.GET.get("sort", "overall")
    course_keys = {f"course-{pk}" for pk in dashboard.course_ids}
    if key not in SORT_KEYS and key not in course_keys:  # e.g. a course no longer shown
        key = "overall"
    descending = request.GET.get("dir", "desc") != "asc"
    rows = reports.sort_rows(dashboard.rows, key, dashboard.course_ids, descending=descending)
    return rows, key, descending


def choice_query(choice, **params):
    """``?courses=<choice>&...``: an address on this dashboard keeping the course switch."""
    return "?" + urlencode({selection.PARAM: choice.param, **params})


def request_choice(request):
    """The course switch as the address asks for it (lms.dashboards.selection)."""
    return selection.parse_choice(request.GET.get(selection.PARAM))


def _switch(dashboard, sort_key, descending):
    """The switch's links: [(label, address, current)] and, for one course, each course's
    (course, due date or None, address, current)."""
    keep = {} if sort_key.startswith("course-") else {"sort": sort_key}
    if not descending and keep:
        keep["dir"] = "asc"
    current = dashboard.choice
    links = []
    if dashboard.campaign_courses:
        campaign = selection.CourseChoice(selection.CAMPAIGN)
        links.append((_("Campaign courses"), choice_query(campaign, **keep), current == campaign))
    everything = selection.CourseChoice(selection.ALL)
    links.append((_("All courses"), choice_query(everything, **keep), current == everything))
    courses = []
    for course in dashboard.live_courses:
        one = selection.CourseChoice(selection.ONE, course.pk)
        courses.append(
            (course, dashboard.due_on.get(course.pk), choice_query(one, **keep), current == one)
        )
    return links, courses


def _sort_urls(dashboard):
    choice = dashboard.choice
    return {
        "name": choice_query(choice, sort="name", dir="asc"),
        "members": choice_query(choice, sort="members"),
        "overall": choice_query(choice, sort="overall"),
    }


def led_chapter_ids(user):
    """The chapters whose members' full phone numbers she sees: those she leads; None (every
    chapter) for a superuser. Everyone else sees numbers masked."""
    if user.is_superuser:
        return None
    return set(
        Role.objects.filter(user=user, kind=Role.Kind.LEADER).values_list("node_id", flat=True)
    )


def phone_display(user):
    """A function (chapter id, stored phone) -> the number as ``user`` may see it."""
    led = led_chapter_ids(user)

    def show(chapter_id, phone):
        return format_phone(phone) if led is None or chapter_id in led else mask_phone(phone)

    return show


def shows_full_phones(user, chapter):
    """Only the chapter's own leader (and superusers) see members' full phone numbers."""
    led = led_chapter_ids(user)
    return led is None or chapter.pk in led


def breadcrumb(user, ancestors):
    """[(node, may she open it)] for the nodes above: a leader sees her commune's name but
    no link to it. ``scope.can_see`` reads her roles once per request."""
    return [(ancestor, scope.can_see(user, ancestor)) for ancestor in ancestors]


def dashboard_context(request, node):
    dashboard = reports.node_dashboard(node, choice=request_choice(request))
    rows, sort_key, descending = _sort(request, dashboard)
    course_ids = dashboard.course_ids
    bar_items = [
        (row.node.name, row.overall(course_ids) or 0, page_percent(row.overall(course_ids)))
        for row in rows
    ]
    # Whole weeks: the label shows the Monday and Sunday (or today) the bars cover.
    since, until = reports.whole_weeks(*reports.chart_window(dashboard))
    weeks, weeks_as_of = reports.weekly_chart(node, dashboard.courses, since=since, until=until)
    switch_links, switch_courses = _switch(dashboard, sort_key, descending)
    # Links to other nodes keep the switch; "every course" is the default and needs nothing.
    keep_choice = "" if dashboard.choice.kind == selection.ALL else choice_query(dashboard.choice)
    context = {
        "node": node,
        "breadcrumb": breadcrumb(request.user, dashboard.ancestors),
        "dashboard": dashboard,
        "choice_query": choice_query(dashboard.choice),
        "keep_choice": keep_choice,
        "switch_links": switch_links,
        "switch_courses": switch_courses,
        "sort_urls": _sort_urls(dashboard),
        "course_headers": [
            (
                course,
                dashboard.due_on.get(course.pk),
                choice_query(dashboard.choice, sort=f"course-{course.pk}"),
            )
            for course in dashboard.courses
        ],
        "rows": [(row, dashboard.cells(row), row.overall(course_ids)) for row in rows],
        "total_cells": dashboard.cells(dashboard.total),
        "total_cards": [
            (course, dashboard.due_on.get(course.pk), started, completed, rate)
            for course, started, completed, rate in dashboard.cells(dashboard.total)
        ],
        "total_overall": dashboard.total.overall(course_ids),
        "sort_key": sort_key,
        "descending": descending,
        "bar_chart": charts.bar_chart(bar_items, maximum=100),
        "week_chart": charts.column_chart(weeks),
        "weeks_total": sum(n for _monday, n in weeks),
        "since": since,
        "until": until,
        "roster": None,
        # A big node's sums are a few minutes old (lms.dashboards.big_nodes): say from when.
        "figures_as_of": big_nodes.oldest(dashboard.as_of, weeks_as_of),
        "figures_every_minutes": settings.SEN_BIG_NODE_SECONDS // 60,
    }
    if node.kind == Chapter.Kind.CHAPTER:
        show = format_phone if shows_full_phones(request.user, node) else mask_phone
        context["roster"] = roster.chapter_roster(
            node, dashboard.courses, request.GET, show_phone=show
        )
        # The list's form and "show everyone" keep the course switch of the page.
        context["roster_keep"] = [(selection.PARAM, dashboard.choice.param)] if keep_choice else []
        context["invite_page_url"] = reverse("lms:chapter_invite", args=[node.invite_code])
        context["invite_url"] = request.build_absolute_uri(node.get_invite_url())
    return context
