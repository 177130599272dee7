"""Training sessions (lớp tập huấn) held face to face, who said she would come, who came."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TrainingSession(models.Model):
    """A class in the commune hall or a house. ``host`` is the unit that holds it (within the
    organiser's scope; reports count the session there); ``invited`` are the units whose
    members are asked to come. When it is closed, the lessons it covered are completed for
    those who attended, through the same completion path as online."""

    host = models.ForeignKey(
        "lms.Chapter", verbose_name=_("held by"), on_delete=models.PROTECT, related_name="+"
    )
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organiser"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="organised_sessions",
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="+"
    )
    lessons = models.ManyToManyField(
        "courses.LessonPage", verbose_name=_("lessons taught"), related_name="+"
    )
    invited = models.ManyToManyField(
        "lms.Chapter", verbose_name=_("units invited"), related_name="+"
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=200)
    trainer_name = models.CharField(_("trainer"), max_length=120)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    note = models.TextField(_("note for members"), blank=True)
    # The secret in the check-in QR code and the printed sheet.
    code = models.CharField(_("check-in code"), max_length=32, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    # When its figures were added to ClassStat (classes.stats.session_counted, inside the
    # closing transaction): the mark that makes counting a session happen once.
    counted_at = models.DateTimeField(_("counted at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="session_ends_after_start"
            ),
        ]
        indexes = [models.Index(fields=["starts_at"], name="session_by_start")]

    def __str__(self):
        return f"{self.course_id} · {self.starts_at:%Y-%m-%d} · {self.place}"


class SessionReply(models.Model):
    """She said she will come."""

    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="replies")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        verbose_name = _("reply")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_reply_per_member"),
        ]

    def __str__(self):
        return f"{self.session_id} / {self.user_id}"


class Attendance(models.Model):
    """She was there: checked in by scanning the code, or ticked by the organiser (perhaps
    offline, sent later with ``client_key`` so a replay records nothing twice)."""

    class Method(models.TextChoices):
        SCAN = "scan", _("Scanned the code")
        LIST = "list", _("Ticked by the organiser")

    session = models.ForeignKey(
        TrainingSession, on_delete=models.CASCADE, related_name="attendances"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    method = models.CharField(_("how"), max_length=10, choices=Method.choices)
    ticked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checked_in_at = models.DateTimeField(_("checked in at"), default=timezone.now)
    client_key = models.UUIDField(_("key from her phone"), null=True, blank=True, editable=False)
    # Her chapter when the session was counted (classes.stats.session_counted): a report of
    # last year's classes keeps counting her where she was then, even after she moves.
    chapter = models.ForeignKey(
        "lms.Chapter",
        verbose_name=_("her chapter"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_attendance_per_member"),
            models.UniqueConstraint(
                fields=["session", "client_key"], name="one_attendance_per_client_key"
            ),
        ]

    def __str__(self):
        return f"{self.session_id} / {self.user_id}"


class ClassStat(models.Model):
    """Per unit, course and month: sessions held, attendances, members trained in class.

    Denormalised on purpose, like lms's ChapterCourseStats: moved by ``UPDATE ... SET n = n + k``
    inside the transaction that closes a session (classes.stats.session_counted), so a
    dashboard for any node sums its rows ``chapter__path__startswith`` (cost follows units x
    courses x months, never attendances). A session counts once at its host (any level); an
    attendance and a member trained count at her own chapter; ``month`` is the first day of
    the session's month (site time zone). ``recompute_class_stats`` rebuilds them from the
    attendances of closed sessions.
    """

    chapter = models.ForeignKey("lms.Chapter", on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"))
    sessions_held = models.PositiveIntegerField(_("sessions held"), default=0)
    attendances = models.PositiveIntegerField(_("attendances"), default=0)
    members_trained = models.PositiveIntegerField(_("members trained in class"), default=0)

    class Meta:
        verbose_name = _("class figures")
        verbose_name_plural = _("class figures")
        constraints = [
            models.UniqueConstraint(
                fields=["chapter", "course", "month"], name="one_class_stat_per_month"
            ),
        ]

    def __str__(self):
        return f"{self.chapter_id}/{self.course_id}/{self.month}"


class ClassTrained(models.Model):
    """She was trained in this course in class: her first closed session of it (earliest
    ``starts_at``, then id). One row per member and course, so "members trained" counts her
    once however many sessions she attends; ``chapter`` and ``month`` say where she is counted
    in ClassStat."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="+")
    starts_at = models.DateTimeField()
    chapter = models.ForeignKey("lms.Chapter", on_delete=models.CASCADE, related_name="+")
    month = models.DateField()

    class Meta:
        verbose_name = _("member trained in class")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="trained_once_per_course"),
        ]

    def __str__(self):
        return f"{self.user_id}/{self.course_id}"
