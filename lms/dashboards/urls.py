from django.urls import path

from lms.dashboards import export_views, reminder_views, views

urlpatterns = [
    path("", views.dashboard_home, name="dashboard"),
    # Two parts each, so that none of them hides the dashboard of a unit whose code is
    # "exports"; a job's id is a UUID.
    path("exports/mine/", export_views.export_list, name="export_list"),
    path("exports/<uuid:pk>/", export_views.export_progress, name="export_progress"),
    path("exports/<uuid:pk>/download/", export_views.export_download, name="export_download"),
    path("<slug:code>/", views.node_dashboard, name="dashboard_node"),
    path("<slug:code>/remind/", reminder_views.chapter_remind, name="dashboard_remind"),
    path("<slug:code>/export.csv", views.node_export, {"fmt": "csv"}, name="dashboard_csv"),
    path("<slug:code>/export.xlsx", views.node_export, {"fmt": "xlsx"}, name="dashboard_xlsx"),
    # Member lists: GET explains, POST asks for the file (made in the background).
    path(
        "<slug:code>/members.csv",
        export_views.member_export,
        {"fmt": "csv"},
        name="dashboard_members_csv",
    ),
    path(
        "<slug:code>/members.xlsx",
        export_views.member_export,
        {"fmt": "xlsx"},
        name="dashboard_members_xlsx",
    ),
]
