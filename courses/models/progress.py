"""What each member has done: the facts (completions) and her per-course summary."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LessonCompletion(models.Model):
    """The fact: this member finished this lesson. One row per (user, lesson), ever."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="completions"
    )
    # Denormalised from the page tree so that "her done set in this course" is one indexed query.
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)
    # The idempotency key her phone made when she tapped "done" (offline, sent later): a
    # replay of the same key finds this row instead of recording anything.
    client_key = models.UUIDField(_("key from her phone"), null=True, blank=True, editable=False)
    # Taught to her face to face (a training session the organiser closed), not done on her
    # phone: her course page says "completed in class". Set by the app that ran the class
    # through ``lesson_complete(in_class=True)``; courses knows nothing of classes.
    in_class = models.BooleanField(_("completed in class"), default=False)

    class Meta:
        verbose_name = _("lesson completion")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson"),
            models.UniqueConstraint(
                fields=["user", "client_key"], name="one_completion_per_client_key"
            ),
        ]
        indexes = [models.Index(fields=["user", "course"], name="completion_user_course")]

    def __str__(self):
        return f"{self.user_id} / {self.lesson_id}"


class Enrollment(models.Model):
    """The member's summary for one course, updated with each completion.

    ``lessons_done`` and ``completed_at`` are denormalised so that progress bars and reports
    count rows instead of re-applying the completion rule per member.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrollments"
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    lessons_done = models.PositiveIntegerField(_("lessons done"), default=0)
    final_quiz_passed_at = models.DateTimeField(_("final quiz passed at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrollment")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrollment_per_course")
        ]
        indexes = [models.Index(fields=["course", "completed_at"], name="enrollment_course_done")]

    def __str__(self):
        return f"{self.user_id} / {self.course_id}"

    @property
    def is_completed(self):
        return self.completed_at is not None


class CourseRuleUpdate(models.Model):
    """A course whose lessons changed and whose members' progress is being brought up to date
    in the background (``courses.tasks.reapply_course_rule``). The row exists from the change
    until a run that started after it has finished: the editor shows "updating members'
    progress…" meanwhile, and ``manage.py run_schedule`` asks again for a course whose row has
    waited too long (its worker died)."""

    course = models.OneToOneField(
        "courses.CoursePage", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)

    class Meta:
        verbose_name = _("course progress update")

    def __str__(self):
        return f"{self.course_id} @ {self.requested_at:%Y-%m-%d %H:%M}"


class LessonOpen(models.Model):
    """The fact: this member opened this lesson (first time). One row per (user, lesson).

    Recorded when she reads the lesson page, and with every completion (a lesson done from a
    phone offline was read there), so the opened set always holds the completed set. Course
    insights count these rows to show where members stop reading.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    # Denormalised like LessonCompletion.course: a course's opens are one indexed query.
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    opened_at = models.DateTimeField(_("first opened at"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson opened")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_open_per_lesson"),
        ]
        indexes = [models.Index(fields=["course", "user"], name="lesson_open_course_user")]

    def __str__(self):
        return f"{self.user_id} / {self.lesson_id}"
