"""The site's URLs: the admin, then each feature's own ``urls.py`` under the "lms" namespace,
then courses and quizzes, then Wagtail's page tree (last: it answers every other path)."""

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses.choosers import ChoosablePagesBrowseView, ChoosablePagesChosenView

# Error pages in the site's layout and her language (lms/errors.py).
handler400 = "lms.errors.bad_request"
handler403 = "lms.errors.permission_denied"
handler404 = "lms.errors.page_not_found"
handler500 = "lms.errors.server_error"

lms_patterns = (
    [
        path("", include("lms.members.urls")),  # sign-in, sign-up, join link, text size
        path("", include("lms.invites.urls")),  # invite page, QR codes, share pictures
        path("", include("lms.privacy.urls")),  # privacy notice, her account, export, delete
        path("", include("lms.certificates.urls")),  # her certificates, PDF, public verify
        path("members/import/", include("lms.imports.urls")),  # bulk member import
        path("", include("lms.resets.urls")),  # forgotten password: leader's one-time code
        path("dashboard/", include("lms.campaigns.urls")),  # reminders sent beneath a node
        path("dashboard/", include("lms.dashboards.urls")),  # completion dashboards, exports
    ],
    "lms",
)

urlpatterns = [
    # In front of Wagtail's views at these addresses: only pages she may choose
    # (courses.choosers).
    path("admin/choose-page/<int:parent_page_id>/", ChoosablePagesBrowseView.as_view()),
    path("admin/choose-page/chosen-multiple/", ChoosablePagesChosenView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("offline.urls")),  # manifest, service worker (at the root), offline page
    path("", include(lms_patterns)),
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
    path("classes/", include("classes.urls")),  # training sessions (the classes app)
    path("contests/", include("contests.urls")),  # online contests (docs/contests.md)
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))
