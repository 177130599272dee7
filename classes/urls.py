from django.urls import path

from classes import report_views

app_name = "classes"

urlpatterns = [
    path("report/<slug:code>/", report_views.report_sessions, name="report_sessions"),
    path(
        "report/<slug:code>/<int:session_id>/",
        report_views.report_attendance,
        name="report_attendance",
    ),
    path("report/<slug:code>/classes.xlsx", report_views.report_xlsx, name="report_xlsx"),
]
