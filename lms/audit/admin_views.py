"""Reports > Audit log: what was done to members, chapters and roles beneath her nodes.

Wagtail's log entries about the union (app ``lms``), each carrying the tree path it happened
at (``lms.audit.entries``): an official sees those beneath her nodes
(``lms.chapters.scope``), a superuser all, anyone without a leader or official role
nothing (403). Newest first, 50 a page, filtered by action.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from lms.audit import entries
from lms.chapters import scope
from lms.models import Chapter

# The actions the union's entries use, in the order the filter offers them.
AUDIT_ACTIONS = (
    "wagtail.create",
    "wagtail.edit",
    "wagtail.move",
    "wagtail.delete",
    "lms.erase",
    "lms.reset_code_issued",
    "lms.reset_code_used",
    "lms.reset_code_voided",
    "lms.completion_removed",
)


def action_choices():
    labels = dict(log_registry.get_choices())
    return [(action, labels[action]) for action in AUDIT_ACTIONS if action in labels]


class AuditFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), choices=action_choices)

    class Meta:
        model = ModelLogEntry
        fields = []


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.has_scope(request.user)


class AuditLogView(ReportView):
    page_title = _("Audit log")
    header_icon = "history"
    results_template_name = "lms/admin/audit.html"
    index_url_name = "lms_audit_log"
    index_results_url_name = "lms_audit_log_results"
    filterset_class = AuditFilterSet
    paginate_by = 50
    list_export = []

    def dispatch(self, request, *args, **kwargs):
        if not scope.has_scope(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        paths = scope.scope_paths(self.request.user)
        return (
            ModelLogEntry.objects.filter(content_type__app_label="lms")
            .filter(entries.scope_query(paths))
            # The user's name (her member profile) and avatar, shown on every row.
            .select_related("content_type", "user__member", "user__wagtail_userprofile")
            .order_by("-timestamp", "-pk")
        )

    def decorate_paginated_queryset(self, object_list):
        log_entries = list(object_list)
        ids = {
            entry.data.get(entries.NODE)
            for entry in log_entries
            if isinstance(entry.data, dict) and entry.data.get(entries.NODE)
        }
        names = Chapter.objects.in_bulk(ids)
        for entry in log_entries:
            data = entry.data if isinstance(entry.data, dict) else {}
            node = names.get(data.get(entries.NODE))
            entry.unit = node.name if node else ""
        return log_entries
