import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.private_storage import private_storage


class ExportJob(models.Model):
    """A file a leader asked for, made by a background task (lms.dashboards.export_jobs):
    every member beneath a node, as CSV or Excel. Only she may download it, for a day.

    The id is random (a UUID): it is in the address of her progress page, and guessing
    another's shows nothing (the pages answer "not found" to anyone else). The file's name
    in the private storage is random too and unrelated to the id.
    """

    class Kind(models.TextChoices):
        # The per-unit table (one row per unit below) stays a direct download.
        MEMBERS = "members", _("Member list")

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "Excel (.xlsx)"

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Being made")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="export_jobs",
        verbose_name=_("requested by"),
    )
    node = models.ForeignKey(
        "lms.Chapter", on_delete=models.CASCADE, related_name="+", verbose_name=_("unit")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.MEMBERS)
    fmt = models.CharField(_("format"), max_length=8, choices=Format)
    # The dashboard's course switch (``?courses=``) as the address said it.
    choice = models.CharField(_("courses shown"), max_length=32, blank=True)
    # Column titles and status words in the language of the page she asked from.
    language = models.CharField(_("language"), max_length=16)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.QUEUED)
    rows_done = models.PositiveIntegerField(_("rows written"), default=0)
    rows_total = models.PositiveIntegerField(_("rows in all"), null=True, blank=True)
    # The run that owns the job: a run started again after a worker died takes it over,
    # and a run that finds it taken stops (lms.dashboards.export_jobs.export_job_run).
    attempt = models.CharField(max_length=32, blank=True, editable=False)
    file = models.FileField(_("file"), storage=private_storage, max_length=200, blank=True)
    error = models.CharField(_("error"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("asked for at"), default=timezone.now)
    updated_at = models.DateTimeField(_("last progress at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("kept until"))

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        indexes = [
            models.Index(fields=["requester", "-created_at"], name="export_requester_created"),
            models.Index(fields=["expires_at"], name="export_expires"),
        ]
        constraints = [
            # A double tap, or two tabs, while the file is being made: one job, not two.
            models.UniqueConstraint(
                fields=["requester", "node", "kind", "fmt", "choice"],
                condition=Q(status__in=["queued", "running"]),
                name="export_one_unfinished_per_request",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.node_id} {self.fmt} ({self.status})"

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)

    def expired(self, now=None):
        return (now or timezone.now()) >= self.expires_at

    @property
    def percent(self):
        if not self.rows_total:
            return 100 if self.status == self.Status.DONE else 0
        return min(100, self.rows_done * 100 // self.rows_total)
