from django.urls import path

from lms.campaigns import views

urlpatterns = [
    path("<slug:code>/reminders/", views.reminders_sent, name="campaign_reminders"),
]
