from django.urls import path

from lms.imports import views

urlpatterns = [
    path("", views.upload, name="member_import"),
    path("preview/", views.preview, name="member_import_preview"),
    path("confirm/", views.confirm, name="member_import_confirm"),
    path("jobs/<uuid:pk>/", views.job_page, name="member_import_job"),
    path("jobs/<uuid:pk>/resume/", views.job_resume, name="member_import_job_resume"),
    path("template.xlsx", views.template_xlsx, name="member_import_template_xlsx"),
    path("template.csv", views.template_csv, name="member_import_template_csv"),
]
