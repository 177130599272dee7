from django.urls import path

from contests import views

app_name = "contests"

urlpatterns = [
    path("entries/<int:entry_id>/", views.take, name="take"),
    path("entries/<int:entry_id>/submit/", views.submit, name="submit"),
    path("entries/<int:entry_id>/result/", views.result, name="result"),
    path("<slug:slug>/", views.landing, name="landing"),
    path("<slug:slug>/share.png", views.share_picture, name="share_picture"),
    path("<slug:slug>/start/", views.start, name="start"),
]
