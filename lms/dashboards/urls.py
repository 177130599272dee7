from django.urls import path

from lms.dashboards import reminder_views, views

urlpatterns = [
    path("", views.dashboard_home, name="dashboard"),
    path("<slug:code>/", views.node_dashboard, name="dashboard_node"),
    path("<slug:code>/remind/", reminder_views.chapter_remind, name="dashboard_remind"),
    path("<slug:code>/export.csv", views.node_export, {"fmt": "csv"}, name="dashboard_csv"),
    path("<slug:code>/export.xlsx", views.node_export, {"fmt": "xlsx"}, name="dashboard_xlsx"),
    path(
        "<slug:code>/members.csv", views.member_export, {"fmt": "csv"}, name="dashboard_members_csv"
    ),
    path(
        "<slug:code>/members.xlsx",
        views.member_export,
        {"fmt": "xlsx"},
        name="dashboard_members_xlsx",
    ),
]
