"""Union > Members > a member's learning record: the lessons she completed, and taking one
back (with a confirmation page). Open to superusers and to the trainers and officials above
her chapter (``lms.chapters.scope.can_correct_progress``); anyone else gets a 404, so a
member id says nothing."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import LessonPage
from lms.chapters.scope import can_correct_progress
from lms.models import Member
from lms.progress import services


class MemberInScopeMixin(WagtailAdminTemplateMixin):
    def dispatch(self, request, *args, member_id, **kwargs):
        self.member = get_object_or_404(
            Member.objects.select_related("user", "chapter"), pk=member_id
        )
        if not can_correct_progress(request.user, self.member.chapter):
            raise Http404("No member of yours with this id.")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.member.full_name} · {self.member.chapter.name}"

    def record_url(self):
        return reverse("lms_member_progress", args=[self.member.pk])


class MemberProgressView(MemberInScopeMixin, TemplateView):
    template_name = "lms/admin/member_progress.html"
    page_title = gettext_lazy("Learning record")
    header_icon = "tasks"

    def get_context_data(self, **kwargs):
        record = [
            (
                course,
                enrollment,
                [
                    (
                        completion,
                        reverse(
                            "lms_completion_remove", args=[self.member.pk, completion.lesson_id]
                        ),
                    )
                    for completion in completions
                ],
            )
            for course, enrollment, completions in services.member_record(self.member)
        ]
        return super().get_context_data(member=self.member, record=record, **kwargs)


class CompletionRemoveView(MemberInScopeMixin, TemplateView):
    """GET: what will happen; POST: take the completion back, then her record."""

    template_name = "lms/admin/confirm_completion_remove.html"
    page_title = gettext_lazy("Remove a lesson completion")
    header_icon = "warning"

    def get(self, request, *args, lesson_id, **kwargs):
        completion = services.completion_of(self.member, lesson_id)
        if completion is None:
            raise Http404("She has not completed this lesson.")
        context = self.get_context_data(member=self.member, completion=completion)
        context["record_url"] = self.record_url()
        return self.render_to_response(context)

    def post(self, request, *args, lesson_id, **kwargs):
        completion = services.completion_of(self.member, lesson_id)
        if completion is None and not LessonPage.objects.filter(pk=lesson_id).exists():
            raise Http404("No such lesson.")
        if completion is None:  # a second tap, another tab: already done
            messages.info(request, _("This lesson completion was already removed."))
            return redirect(self.record_url())
        result = services.completion_remove(
            member=self.member, lesson=completion.lesson, removed_by=request.user
        )
        if result.course_uncompleted:
            messages.success(
                request,
                _(
                    "Lesson completion removed. “%(course)s” is no longer complete and her "
                    "certificate is revoked."
                )
                % {"course": completion.course.title},
            )
        else:
            messages.success(request, _("Lesson completion removed."))
        return redirect(self.record_url())
