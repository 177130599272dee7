from django.urls import path

from lms.invites import views

urlpatterns = [
    path("chapters/<str:invite_code>/invite/", views.invite, name="chapter_invite"),
    path("chapters/<str:invite_code>/qr.svg", views.qr_svg, name="chapter_qr_svg"),
    path("chapters/<str:invite_code>/qr.png", views.qr_png, name="chapter_qr_png"),
    path(
        "chapters/<str:invite_code>/share.png",
        views.chapter_share_picture,
        name="chapter_share_picture",
    ),
    path("share.png", views.share_picture, name="share_picture"),
]
