"""The leader's "Remind members" page at a chapter: messages to copy into Zalo, and the
record of whom she reminded when."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from lms.chapters import scope
from lms.dashboards import reminders, reports
from lms.models import Chapter, Member

PAGE_SIZE = 30


class ReminderForm(forms.Form):
    course = forms.TypedChoiceField(label=gettext_lazy("Course"), coerce=int)
    member = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, data, *, courses):
        super().__init__(data)
        self.fields["course"].choices = [(course.pk, course.title) for course in courses]


@login_required
@require_http_methods(["GET", "POST"])
def chapter_remind(request, code):
    chapter = scope.node_she_may_see(request.user, code)
    if chapter.kind != Chapter.Kind.CHAPTER:
        raise Http404
    courses = reports.node_dashboard(chapter).courses
    if not courses:
        raise Http404
    by_id = {course.pk: course for course in courses}
    data = request.POST if request.method == "POST" else request.GET
    form = ReminderForm(
        data.copy() if "course" in data else {"course": courses[0].pk}, courses=courses
    )
    if not form.is_valid():
        form = ReminderForm({"course": courses[0].pk}, courses=courses)
        form.is_valid()
        if request.method == "POST":
            messages.error(request, _("Choose one of the courses."))
            return redirect("lms:dashboard_remind", code=chapter.code)
    course = by_id[form.cleaned_data["course"]]
    unfinished = reminders.unfinished(chapter, course)

    if request.method == "POST":
        member_id = form.cleaned_data["member"]
        if member_id is None:
            ids = list(unfinished.values_list("pk", flat=True))
            text = _("Noted: you reminded %(n)s members in the group.") % {"n": len(ids)}
        else:
            ids = list(unfinished.filter(pk=member_id).values_list("pk", flat=True))
            if not ids:  # not hers, not in this chapter, or finished meanwhile
                raise Http404
            name = Member.objects.get(pk=member_id).full_name
            text = _("Noted: you reminded %(name)s.") % {"name": name}
        reminders.reminders_record(leader=request.user, member_ids=ids, course=course)
        messages.success(request, text)
        query = {"course": course.pk}
        if request.POST.get("page", "").isdigit():
            query["page"] = request.POST["page"]
        url = reverse("lms:dashboard_remind", args=[chapter.code])
        return redirect(f"{url}?{urlencode(query)}")

    course_url = request.build_absolute_uri(course.url)
    named = list(unfinished.values_list("full_name", flat=True)[: reminders.NAMES_IN_GROUP_MESSAGE])
    page = Paginator(unfinished.values_list("pk", flat=True), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    count = page.paginator.count
    members = Member.objects.in_bulk(list(page.object_list))
    last = reminders.last_reminded(list(members), course)
    rows = []
    for pk in page.object_list:
        member = members[pk]
        given = reminders.given_name(member.full_name)
        rows.append(
            (
                member,
                last.get(pk),
                reminders.private_message(
                    given=given, course_title=course.title, course_url=course_url
                ),
            )
        )
    context = {
        "node": chapter,
        "form": form,
        "course": course,
        "count": count,
        "group_message": reminders.group_message(
            course_title=course.title,
            course_url=course_url,
            given_names=reminders.names_to_call(named),
            more=max(0, count - len(named)),
        ),
        "page": page,
        "rows": rows,
    }
    return render(request, "lms/dashboard/remind.html", context)
