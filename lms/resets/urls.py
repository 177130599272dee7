from django.urls import path

from lms.resets import views

urlpatterns = [
    path("password/forgot/", views.password_reset, name="password_reset"),
    path(
        "dashboard/members/<int:member_id>/reset-code/",
        views.reset_code_issue,
        name="reset_code_issue",
    ),
]
