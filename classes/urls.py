from django.urls import path

from classes import report_views, views

app_name = "classes"

urlpatterns = [
    path("", views.my_sessions, name="mine"),
    path("new/", views.session_new, name="new"),
    path("<int:pk>/", views.session_detail, name="detail"),
    path("<int:pk>/edit/", views.session_edit, name="edit"),
    path("<int:pk>/qr.svg", views.session_qr_svg, name="qr_svg"),
    path("<int:pk>/sheet/", views.session_sheet, name="sheet"),
    path("<int:pk>/tick/<int:user_id>/", views.session_tick, name="tick"),
    path("<int:pk>/tick/<int:user_id>/sync/", views.session_tick_sync, name="tick_sync"),
    path("<int:pk>/untick/<int:user_id>/", views.session_untick, name="untick"),
    path("<int:pk>/close/", views.session_close, name="close"),
    path("<int:pk>/cancel/", views.session_cancel, name="cancel"),
    path("<int:pk>/reply/", views.session_reply, name="reply"),
    path("<int:pk>/calendar.ics", views.session_calendar, name="calendar"),
    path("check-in/<str:code>/", views.check_in, name="check_in"),
    # Reports beneath a node (its dashboard's class panel): sessions held, who came, Excel.
    path("report/<slug:code>/", report_views.report_sessions, name="report_sessions"),
    path(
        "report/<slug:code>/<int:session_id>/",
        report_views.report_attendance,
        name="report_attendance",
    ),
    path("report/<slug:code>/classes.xlsx", report_views.report_xlsx, name="report_xlsx"),
]
