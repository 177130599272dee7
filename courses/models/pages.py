"""The page tree: course index (the home page) > course > lesson."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.previews import PhonePreviewMixin
from courses.blocks import RICH_TEXT_FEATURES, LessonBodyBlock, OutcomesBlock
from courses.panels import CourseUpdatePanel
from courses.slugs import VietnameseSlugMixin


class Topic(models.TextChoices):
    SELLING = "selling", _("Selling online")
    SAFETY = "safety", _("Account safety")
    SOCIAL = "social", _("Social media")
    OTHER = "other", _("Other")


class CourseIndexPage(VietnameseSlugMixin, PhonePreviewMixin, Page):
    """Lists the courses; the site's home page."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course index")

    def get_context(self, request, *args, **kwargs):
        from courses.hooks import home_panels_for
        from courses.selectors import course_cards

        context = super().get_context(request, *args, **kwargs)
        context["course_cards"] = course_cards(index_page=self, user=request.user, request=request)
        context["home_panels"] = home_panels_for(request)
        return context


class CoursePage(VietnameseSlugMixin, PhonePreviewMixin, RoutablePageMixin, Page):
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences for the course card.")
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    color = models.CharField(
        _("colour"),
        max_length=7,
        default="#0f766e",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour like #0f766e."))],
        help_text=_("Background of the course card; dark enough for white text."),
    )
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES)
    outcomes = StreamField(
        OutcomesBlock(),
        verbose_name=_("what you will learn"),
        blank=True,
    )
    final_quiz = models.ForeignKey(
        "quizzes.Quiz",
        verbose_name=_("final quiz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("If set, the course is complete only when this quiz is passed too."),
    )

    content_panels = [
        CourseUpdatePanel(),
        *Page.content_panels,
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("cover"),
        FieldPanel("color"),
        FieldPanel("intro"),
        FieldPanel("outcomes"),
        FieldPanel("final_quiz"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("intro")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_progress

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = course_progress(course=self, user=request.user, request=request)
        return context

    @path("completed/", name="completed")
    def completed(self, request):
        """Her finish line: congratulations, her certificate, sharing, the next course. A
        route of the course page, so Wagtail's privacy on the course applies first."""
        from courses.views import course_completed

        return course_completed(request, self)

    def completed_url(self, request=None):
        """Where her finish line is: the ``completed/`` route of this page."""
        return self.get_url(request) + self.reverse_subpage("completed")


class LessonPage(VietnameseSlugMixin, PhonePreviewMixin, RoutablePageMixin, Page):
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    minutes = models.PositiveSmallIntegerField(
        _("reading time (minutes)"), default=5, help_text=_("An honest estimate.")
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("lesson"))
    quiz = models.ForeignKey(
        "quizzes.Quiz",
        verbose_name=_("check what you learned"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("If set, the lesson is done when this quiz is passed."),
    )

    content_panels = [
        CourseUpdatePanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("minutes"),
        FieldPanel("body"),
        FieldPanel("quiz"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    @staticmethod
    def course_path(path):
        """The tree path of the course that a lesson at ``path`` belongs to (its parent's)."""
        return path[: -LessonPage.steplen]

    @cached_property
    def course(self):
        """The course this lesson belongs to (its parent page): one query, then kept on the
        lesson. None while the course itself is being deleted."""
        return CoursePage.objects.filter(path=self.course_path(self.path)).first()

    @path("")
    def index_route(self, request, *args, **kwargs):
        """The lesson page itself: served, and for a signed-in member, her first opening of it
        recorded (course insights count openings; a lesson she has done was opened already).
        Previews and the done route record none."""
        response = super().index_route(request, *args, **kwargs)
        if request.method == "GET" and not request.is_preview and request.user.is_authenticated:
            current = response.context_data["progress"].current
            if current is not None and not current.done:
                from courses.services import lesson_open

                lesson_open(user=request.user, lesson=self, course=self.course)
        return response

    @path("done/", name="done")
    def done(self, request):
        """Her "I have finished this lesson" (a POST). A route of the lesson page, so Wagtail's
        privacy on the lesson and the pages above it (password, sign-in, groups) applies first."""
        from courses.views import lesson_done

        return lesson_done(request, self)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_progress

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = lesson_progress(lesson=self, user=request.user, request=request)
        return context
