"""The officials' completion report in the Wagtail admin: the same query layer and figures as
the phone dashboard (lms.dashboards.context), laid out as an admin report."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from lms.chapters import scope
from lms.dashboards.context import dashboard_context
from lms.models import Chapter


class CompletionReportMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.has_scope(request.user)


def completion_report_home(request):
    nodes = scope.top_nodes(request.user)
    if not nodes:
        raise PermissionDenied
    return redirect("lms_completion_report", code=nodes[0].code)


class CompletionReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "lms/admin/completion_report.html"
    page_title = _("Completion rates")
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        self.node = get_object_or_404(Chapter, code=kwargs["code"])
        if not scope.can_see(request.user, self.node):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.node.name

    def get_breadcrumbs_items(self):
        items = [{"url": reverse("wagtailadmin_home"), "label": _("Home")}]
        for ancestor in self.context["dashboard"].ancestors:
            if scope.can_see(self.request.user, ancestor):
                items.append(
                    {
                        "url": reverse("lms_completion_report", args=[ancestor.code])
                        + self.context["keep_choice"],
                        "label": ancestor.name,
                    }
                )
        items.append({"url": "", "label": self.node.name, "sublabel": self.page_title})
        return items

    @property
    def header_buttons(self):
        # The files hold the courses the switch shows.
        query = self.context["choice_query"]
        return [
            HeaderButton(
                _("Excel (.xlsx)"),
                url=reverse("lms:dashboard_xlsx", args=[self.node.code]) + query,
                icon_name="download",
                priority=10,
            ),
            HeaderButton(
                _("CSV"),
                url=reverse("lms:dashboard_csv", args=[self.node.code]) + query,
                icon_name="download",
                priority=20,
            ),
            HeaderButton(
                _("Member list (Excel)"),
                url=reverse("lms:dashboard_members_xlsx", args=[self.node.code]) + query,
                icon_name="download",
                priority=30,
            ),
            HeaderButton(
                _("Member list (CSV)"),
                url=reverse("lms:dashboard_members_csv", args=[self.node.code]) + query,
                icon_name="download",
                priority=40,
            ),
        ]

    def get_context_data(self, **kwargs):
        self.context = dashboard_context(self.request, self.node)
        return super().get_context_data(**self.context, **kwargs)
