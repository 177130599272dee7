from django.contrib.auth.views import LogoutView
from django.urls import path

from lms.members import preferences, views

urlpatterns = [
    path("signin/", views.SignInView.as_view(), name="signin"),
    path("signout/", LogoutView.as_view(), name="signout"),
    path("signup/", views.signup, name="signup"),
    path("text-size/", preferences.set_text_size, name="text_size"),
    path("join/<str:invite_code>/", views.join, name="join"),
]
