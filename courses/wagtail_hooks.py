"""Admin registrations of the courses app (logic lives in courses.packages.admin_views)."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from courses.choosers import pages_user_may_choose
from courses.models import CourseIndexPage, CoursePage
from courses.packages import admin_views
from courses.quiz_uses import quiz_uses
from courses.selectors import finished_by_quiz
from courses.viewsets import course_page_viewsets
from quizzes.hooks import QUIZ_FINISHED, QUIZ_USES

hooks.register(QUIZ_USES, quiz_uses)
# What courses add to a passed quiz's result page: the courses it finished for her.
hooks.register(QUIZ_FINISHED, finished_by_quiz)


@hooks.register("register_admin_viewset")
def register_course_page_viewsets():
    return course_page_viewsets()


@hooks.register("register_admin_urls")
def register_package_urls():
    return [
        path(
            "course-packages/import/",
            admin_views.ImportView.as_view(),
            name="course_package_import",
        ),
        path(
            "course-packages/export/<int:page_id>/",
            admin_views.export_view,
            name="course_package_export",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return admin_views.ImportMenuItem(
        _("Import course"),
        reverse("course_package_import"),
        name="course-package-import",
        icon_name="upload",
        order=250,
    )


def _package_buttons(page, user):
    if page.specific_class is CoursePage and admin_views.may_export(page, user):
        yield Button(
            _("Export course"),
            reverse("course_package_export", args=[page.pk]),
            icon_name="download",
            priority=80,
        )
    if page.specific_class is CourseIndexPage and page.permissions_for_user(user).can_add_subpage():
        yield Button(
            _("Import course"),
            f"{reverse('course_package_import')}?parent={page.pk}",
            icon_name="upload",
            priority=80,
        )


@hooks.register("register_page_header_buttons")
def page_header_package_buttons(page, user, view_name, next_url=None):
    yield from _package_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def page_listing_package_buttons(page, user, next_url=None):
    yield from _package_buttons(page, user)


def _say_progress_is_updating(request, page):
    from courses.tasks import course_rule_updating

    page = page.specific
    course = page if isinstance(page, CoursePage) else getattr(page, "course", None)
    if course is not None and course_rule_updating(course):
        messages.info(
            request,
            _(
                "Updating members' progress in the background: dashboards catch up in a few "
                "minutes."
            ),
        )


hooks.register("after_publish_page", _say_progress_is_updating)
hooks.register("after_unpublish_page", _say_progress_is_updating)


@hooks.register("construct_page_chooser_queryset")
def only_pages_she_may_choose(pages, request):
    return pages_user_may_choose(pages, request.user)
