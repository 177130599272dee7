from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from lms.admin_views.audit import AuditLogView, AuditMenuItem
from lms.admin_views.completion import (
    CompletionReportMenuItem,
    CompletionReportView,
    completion_report_home,
)
from lms.models import Campaign, Chapter, Member, Role
from lms.viewsets import (
    UnionViewSetGroup,
    campaign_policy,
    chapter_policy,
    member_policy,
    role_policy,
)

# Before the viewsets are registered, so that they and every admin view use these policies.
register_permission_policy(Chapter, chapter_policy)
register_permission_policy(Member, member_policy)
register_permission_policy(Role, role_policy)
register_permission_policy(Campaign, campaign_policy)


@hooks.register("register_admin_viewset")
def register_union_viewsets():
    return UnionViewSetGroup()


@hooks.register("register_admin_urls")
def register_completion_report_urls():
    return [
        path("union/completion/", completion_report_home, name="lms_completion_home"),
        path(
            "union/completion/<slug:code>/",
            CompletionReportView.as_view(),
            name="lms_completion_report",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_completion_report_menu_item():
    return CompletionReportMenuItem(
        _("Completion rates"),
        reverse("lms_completion_home"),
        name="completion-rates",
        icon_name="tasks",
        order=50,
    )


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    actions.register_action(
        "lms.erase", _("Erase personal data"), _("Personal data erased at her request")
    )


@hooks.register("register_admin_urls")
def register_audit_log_urls():
    return [
        path("union/audit/", AuditLogView.as_view(), name="lms_audit_log"),
        path(
            "union/audit/results/",
            AuditLogView.as_view(results_only=True),
            name="lms_audit_log_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_audit_log_menu_item():
    return AuditMenuItem(
        _("Audit log"), reverse("lms_audit_log"), name="audit-log", icon_name="history", order=60
    )


@hooks.register("register_log_actions")
def register_reset_code_log_actions(actions):
    actions.register_action(
        "lms.reset_code_issued",
        _("Issue password code"),
        _("Code for a new password given by her leader"),
    )
    actions.register_action(
        "lms.reset_code_used", _("Use password code"), _("New password set with a code")
    )
    actions.register_action(
        "lms.reset_code_voided",
        _("Void password code"),
        _("Password code void after too many wrong tries"),
    )
