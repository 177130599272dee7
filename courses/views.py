from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import selectors, services
from courses.models import LessonPage


@require_POST
def lesson_done(request, lesson):
    """Mark a lesson done and go on to the next one. A repeated post changes nothing.

    Served as the lesson page's ``done/`` route (``LessonPage.done``)."""
    if not request.user.is_authenticated:
        return redirect_to_login(lesson.get_url(request))
    if not selectors.lesson_open_to(request, lesson):
        raise Http404
    course = lesson.course
    try:
        result = services.lesson_complete(user=request.user, lesson=lesson, course=course)
    except services.QuizRequired:
        messages.info(request, _("Pass the quiz at the end of this lesson to complete it."))
        return redirect(
            f"{reverse('quizzes:detail', args=[lesson.quiz_id])}?"
            f"{urlencode({'next': lesson.get_url(request)})}"
        )
    progress = selectors.lesson_progress(lesson=lesson, user=request.user, request=request)
    if result.course_newly_completed:
        return redirect(course.completed_url(request))
    if result.changed:
        messages.success(request, _("Saved: “%s” is done.") % lesson.title)
    following = progress.next_lesson or progress.next_item
    if following is not None:
        return redirect(following.url)
    return redirect(course.get_url(request))


@require_POST
def lesson_done_moved(request, lesson_id):
    """The address "done" was posted to before it became a route of the lesson page: lesson
    pages saved on phones still carry it. A 307 keeps the POST (and its CSRF token) on its
    way to the route, where the lesson's privacy applies."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    return HttpResponseRedirect(
        lesson.get_url(request) + lesson.reverse_subpage("done"), status=307
    )


@login_required
def my_learning(request):
    in_progress, completed = selectors.my_learning(user=request.user, request=request)
    return render(
        request,
        "courses/my_learning.html",
        {"in_progress": in_progress, "completed": completed},
    )


def course_completed(request, course):
    """Her finish line (the course page's ``completed/`` route): congratulations, her
    certificate with its PDF and share links, and the next course. Before she has completed
    the course it leads back to the course page."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    finish = selectors.finish_line(course=course, user=request.user, request=request)
    if finish is None:
        return redirect(course.get_url(request))
    return render(request, "courses/course_completed.html", {"page": course, "finish": finish})
