from django.urls import path

from lms.privacy import views

urlpatterns = [
    path("privacy/", views.privacy_notice, name="privacy"),
    path("me/", views.account, name="account"),
    path("me/data.json", views.data_export, name="account_data"),
    path("me/delete/", views.account_delete, name="account_delete"),
    path("me/reminders/", views.reminder_preference, name="account_reminders"),
]
