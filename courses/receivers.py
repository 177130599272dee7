"""Quiz results move course progress: passing a lesson's quiz completes the lesson, passing a
course's final quiz may complete the course. Runs inside the submit transaction."""

from django.dispatch import receiver

from courses.models import CoursePage, LessonPage
from courses.services import final_quiz_pass, lesson_complete
from quizzes.signals import attempt_submitted


@receiver(attempt_submitted, dispatch_uid="courses_progress_from_quiz")
def progress_from_quiz(sender, attempt, **kwargs):
    if not attempt.passed:
        return
    user = attempt.user
    for lesson in LessonPage.objects.live().filter(quiz_id=attempt.quiz_id).defer_streamfields():
        lesson_complete(user=user, lesson=lesson, quiz_passed=True)
    for course in CoursePage.objects.live().filter(final_quiz_id=attempt.quiz_id):
        final_quiz_pass(user=user, course=course)
