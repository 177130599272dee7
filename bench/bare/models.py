from wagtail.fields import StreamField
from wagtail.models import Page

from courses.blocks import LessonBodyBlock


class BarePage(Page):
    """The baseline of ``lesson_page_ratio``: the same StreamField body as a lesson, served
    by Wagtail with no progress, outline or quiz (Page.get_context only)."""

    body = StreamField(LessonBodyBlock())

    template = "bench_bare/bare_page.html"
