"""Registration only: the admin menus, views and log actions of each feature package."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.hooks import CERTIFICATE_LINKS, CERTIFICATE_URLS, COURSE_ASSIGNMENTS
from lms.audit.admin_views import AuditLogView, AuditMenuItem
from lms.background.admin_views import FailedTasksMenuItem, FailedTasksView
from lms.campaigns.assignments import assignments_for
from lms.certificates.links import certificate_links
from lms.certificates.services import certificate_urls
from lms.chapters.viewsets import UnionViewSetGroup
from lms.dashboards.admin_views import (
    CompletionReportMenuItem,
    CompletionReportView,
    completion_report_home,
)
from lms.insights.admin_views import (
    CourseInsightsIndexView,
    CourseInsightsView,
    InsightsMenuItem,
    course_insights_xlsx,
    insight_buttons,
)
from lms.progress.admin_views import CompletionRemoveView, MemberProgressView
from lms.progress.services import COMPLETION_REMOVED


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


@hooks.register("register_admin_urls")
def register_course_insight_urls():
    return [
        path(
            "courses/insights/", CourseInsightsIndexView.as_view(), name="lms_course_insights_index"
        ),
        path(
            "courses/<int:page_id>/insights/",
            CourseInsightsView.as_view(),
            name="lms_course_insights",
        ),
        path(
            "courses/<int:page_id>/insights.xlsx",
            course_insights_xlsx,
            name="lms_course_insights_xlsx",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_course_insights_menu_item():
    return InsightsMenuItem(
        _("Course insights"),
        reverse("lms_course_insights_index"),
        name="course-insights",
        icon_name="pick",
        order=40,
    )


@hooks.register("register_page_header_buttons")
def page_header_insight_buttons(page, user, view_name, next_url=None):
    yield from insight_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def page_listing_insight_buttons(page, user, next_url=None):
    yield from insight_buttons(page, user)


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


@hooks.register("register_admin_urls")
def register_failed_tasks_urls():
    return [
        path("tasks/failed/", FailedTasksView.as_view(), name="lms_failed_tasks"),
        path(
            "tasks/failed/results/",
            FailedTasksView.as_view(results_only=True),
            name="lms_failed_tasks_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_failed_tasks_menu_item():
    return FailedTasksMenuItem(
        _("Failed background tasks"),
        reverse("lms_failed_tasks"),
        name="failed-tasks",
        icon_name="warning",
        order=90,
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


@hooks.register("register_admin_urls")
def register_progress_urls():
    return [
        path(
            "union/members/<int:member_id>/progress/",
            MemberProgressView.as_view(),
            name="lms_member_progress",
        ),
        path(
            "union/members/<int:member_id>/progress/<int:lesson_id>/remove/",
            CompletionRemoveView.as_view(),
            name="lms_completion_remove",
        ),
    ]


@hooks.register("register_log_actions")
def register_progress_log_actions(actions):
    actions.register_action(
        COMPLETION_REMOVED,
        _("Remove lesson completion"),
        _("Lesson completion removed by an administrator"),
    )


# What lms adds to course pages and "My learning" (courses asks through these hooks).
hooks.register(COURSE_ASSIGNMENTS, assignments_for)
hooks.register(CERTIFICATE_URLS, certificate_urls)
hooks.register(CERTIFICATE_LINKS, certificate_links)
