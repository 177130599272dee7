import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MemberImportJob(models.Model):
    """A confirmed member import, written by a background task a batch of rows at a time
    (``lms.imports.jobs``).

    ``rows`` are the file's rows as read (``Row.to_list()``), fixed at confirm and emptied
    when the last batch is written (names and phones are kept no longer than needed). ``next_row``
    is how many of them are done: each batch moves it in the same transaction as the members it
    writes, so a task that dies mid-way leaves the job exactly where its last batch ended, and
    running it again starts there. The counts are the summary the leader reads.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member_import_jobs",
        verbose_name=_("imported by"),
    )
    # sha256 of the preview's one-time token: a double tap on "Import" finds this job again.
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    source = models.CharField(_("file"), max_length=200, blank=True)
    language = models.CharField(max_length=10, blank=True)  # of the problems' messages
    rows = models.JSONField(default=list, editable=False)
    total = models.PositiveIntegerField(default=0)
    next_row = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    moved = models.PositiveIntegerField(default=0)
    # [{"number", "full_name", "phone", "problems": [message, ...]}] of rows refused at write
    # time (they passed the preview but something changed meanwhile).
    refused = models.JSONField(default=list, editable=False)
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)  # the last failure, shown as "stopped"

    class Meta:
        verbose_name = _("member import")
        verbose_name_plural = _("member imports")
        indexes = [
            models.Index(fields=["user", "-created_at"], name="member_import_job_user"),
            models.Index(
                fields=["updated_at"],
                condition=models.Q(finished_at__isnull=True),
                name="member_import_job_open",
            ),
        ]

    def __str__(self):
        return f"{self.source or self.pk} ({self.next_row}/{self.total})"

    @property
    def done(self):
        return self.finished_at is not None

    @property
    def percent(self):
        return 100 if not self.total else min(100, self.next_row * 100 // self.total)
