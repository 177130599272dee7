"""Reports > Background tasks: tasks that failed, with their error, for superusers.

Only when the queue is the database one (``SEN_TASKS=database``): RQ keeps its failed jobs in
Redis, shown by ``manage.py rqstats`` and RQ's own tools (docs/deploy.md).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView

from core.tasks import TaskResultStatus, stores_in_database


class FailedTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser and stores_in_database()


class FailedTasksView(ReportView):
    page_title = _("Failed background tasks")
    header_icon = "warning"
    results_template_name = "lms/admin/failed_tasks.html"
    index_url_name = "lms_failed_tasks"
    index_results_url_name = "lms_failed_tasks_results"
    paginate_by = 50
    list_export = []

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser or not stores_in_database():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        from django_tasks_db.models import DBTaskResult

        return DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).order_by(
            "-finished_at", "-enqueued_at"
        )

    def decorate_paginated_queryset(self, object_list):
        results = list(object_list)
        for result in results:
            lines = [line for line in (result.traceback or "").strip().splitlines() if line]
            result.error = lines[-1] if lines else result.exception_class_path
        return results
