"""Served from the site root: the service worker's scope is the folder it is served from."""

from django.urls import path

from offline import views

app_name = "offline"
urlpatterns = [
    path("manifest.webmanifest", views.webmanifest, name="webmanifest"),
    path("sw.js", views.service_worker, name="service_worker"),
    path("offline/", views.offline_page, name="page"),
]
