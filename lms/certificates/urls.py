from django.urls import path

from lms.certificates import views

urlpatterns = [
    path("certificates/<str:code>/", views.certificate_detail, name="certificate"),
    path("certificates/<str:code>/pdf/", views.certificate_download, name="certificate_pdf"),
    path("verify/", views.verify_form, name="certificate_verify_form"),
    path("verify/<str:code>/", views.verify, name="certificate_verify"),
    path("verify/<str:code>/share.png", views.share_picture, name="certificate_share_picture"),
]
