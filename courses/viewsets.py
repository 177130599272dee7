"""The admin views of the course pages: Wagtail's own, with autosave made safe beside Publish
(``core.autosave``)."""

from django.utils.functional import cached_property
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from core.autosave import NoAutosaveOnCreate, one_save_at_a_time
from courses.models import CourseIndexPage, CoursePage, LessonPage


class CoursePageCreateView(NoAutosaveOnCreate, CreateView):
    pass


class CoursePagesViewSet(PageViewSet):
    add_view_class = CoursePageCreateView

    @cached_property
    def edit_view(self):
        return one_save_at_a_time(self.construct_view(self.edit_view_class), Page, "page_id")


def course_page_viewsets():
    return [
        CoursePagesViewSet(name=f"courses_{model._meta.model_name}", model=model)
        for model in (CourseIndexPage, CoursePage, LessonPage)
    ]
