"""Course insights in the Wagtail admin: the page, its Excel file and the list of courses."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button
from wagtail.admin.widgets.button import HeaderButton

from courses.models import CoursePage
from lms.dashboards.charts import bar_chart
from lms.insights.access import WHOLE, insight_reach, may_see_some_insights
from lms.insights.exports import insight_tables, to_xlsx
from lms.insights.forms import InsightsForm
from lms.insights.selectors import Period, course_insights

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class InsightsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_some_insights(request.user)


def insight_buttons(page, user):
    """ "Insights" on a course's header and in its listing's "more" menu, for those who may."""
    if page.specific_class is CoursePage and insight_reach(user, page) is not None:
        yield Button(
            gettext_lazy("Insights"),
            reverse("lms_course_insights", args=[page.pk]),
            icon_name="pick",
            priority=85,
        )


class _CourseInsightsMixin:
    def setup_insights(self, request, page_id):
        self.course = get_object_or_404(CoursePage, pk=page_id)
        self.reach = insight_reach(request.user, self.course)
        if self.reach is None:
            raise PermissionDenied
        self.form = InsightsForm(request.GET, user=request.user, whole_course=self.reach == WHOLE)
        self.insights = None
        if not self.form.is_bound or self.form.is_valid():
            start, end, node = self.form.values()
            self.insights = course_insights(
                course=self.course,
                period=Period(start, end),
                node=node,
                viewer=request.user,
                whole_course=self.reach == WHOLE,
            )

    def unit_name(self):
        if self.insights is not None and self.insights.node is not None:
            return self.insights.node.name
        return self.form.fields["node"].empty_label


class CourseInsightsView(_CourseInsightsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "lms/insights/course_insights.html"
    page_title = gettext_lazy("Course insights")
    header_icon = "pick"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.setup_insights(request, kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.course.title

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("lms_course_insights_index"), "label": _("Course insights")},
            {"url": "", "label": self.course.title},
        ]

    @property
    def header_buttons(self):
        if self.insights is None:
            return []
        query = self.request.GET.urlencode()
        return [
            HeaderButton(
                _("Excel (.xlsx)"),
                url=reverse("lms_course_insights_xlsx", args=[self.course.pk])
                + (f"?{query}" if query else ""),
                icon_name="download",
                priority=10,
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            course=self.course,
            form=self.form,
            insights=self.insights,
            unit_name=self.unit_name(),
        )
        if self.insights is not None:
            context["tables"] = insight_tables(self.insights)
            context["funnel"] = funnel_chart(self.insights)
        return context


def funnel_chart(insights, *, width=720, text_room=180):
    """Two bars per lesson on one scale (members who started): opened, and completed over it.
    The bars leave ``text_room`` pixels on the right for the counts written beside them."""
    top = insights.started or 1
    bars_width = width - text_room
    label = "{number}. {title}"
    opened = bar_chart(
        [
            (
                label.format(number=row.number, title=row.title),
                row.opened,
                _("%(opened)s opened · %(completed)s completed")
                % {"opened": row.opened, "completed": row.completed},
            )
            for row in insights.lessons
        ],
        width=bars_width,
        maximum=top,
    )
    completed = bar_chart(
        [("", row.completed, "") for row in insights.lessons], width=bars_width, maximum=top
    )
    return {
        "rows": list(zip(opened["bars"], completed["bars"], strict=True)),
        "width": width,
        "height": opened["height"],
    }


def course_insights_xlsx(request, page_id):
    view = _CourseInsightsMixin()
    view.setup_insights(request, page_id)
    if view.insights is None:
        raise PermissionDenied  # the page shows why (bad dates); the file needs good ones
    period = view.insights.period
    heading = [
        view.course.title,
        _("Unit: %(unit)s") % {"unit": view.unit_name()},
        _("Members who started from %(start)s to %(end)s")
        % {"start": period.start.isoformat(), "end": period.end.isoformat()},
    ]
    content = to_xlsx(insight_tables(view.insights), title=view.course.title, heading=heading)
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    name = slugify(view.course.slug) or "course"
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="insights-{name}-{stamp}.xlsx"'
    return response


class CourseInsightsIndexView(WagtailAdminTemplateMixin, TemplateView):
    """The courses whose insights she may open: the menu item's landing page."""

    template_name = "lms/insights/index.html"
    page_title = gettext_lazy("Course insights")
    header_icon = "pick"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not may_see_some_insights(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        courses = list(CoursePage.objects.order_by("path").only("pk", "title", "live", "path"))
        context["courses"] = [
            course for course in courses if insight_reach(self.request.user, course) is not None
        ]
        return context
