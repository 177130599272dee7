from django.conf import settings
from django.contrib.auth.views import LogoutView
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms import dashboard_views, preferences, views

lms_patterns = (
    [
        path("signin/", views.SignInView.as_view(), name="signin"),
        path("signout/", LogoutView.as_view(), name="signout"),
        path("signup/", views.signup, name="signup"),
        path("text-size/", preferences.set_text_size, name="text_size"),
        path("join/<str:invite_code>/", views.join, name="join"),
        path("", include("lms.invite_views")),  # invite page, QR codes, share pictures
        path("", include("lms.privacy_views")),  # privacy notice, her account, export, delete
        path("", include("lms.pwa_views")),  # web app manifest, service worker, offline page
        path("", include("lms.certificate_views")),  # her certificates, PDF, public verify
        path("members/import/", include("lms.import_views")),  # bulk member import
        path("", include("lms.reset_views")),  # forgotten password: leader's one-time code
        path("dashboard/", dashboard_views.dashboard_home, name="dashboard"),
        path("dashboard/<slug:code>/", dashboard_views.node_dashboard, name="dashboard_node"),
        path(
            "dashboard/<slug:code>/export.csv",
            dashboard_views.node_export,
            {"fmt": "csv"},
            name="dashboard_csv",
        ),
        path(
            "dashboard/<slug:code>/export.xlsx",
            dashboard_views.node_export,
            {"fmt": "xlsx"},
            name="dashboard_xlsx",
        ),
    ],
    "lms",
)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include(lms_patterns)),
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))
