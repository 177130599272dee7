import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# No look-alikes: without 0/O, 1/I/L, so a code read aloud or typed from paper is unambiguous.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_PREFIX = "SEN"


def new_certificate_code():
    """A verification code like ``SEN-7K3M-Q9XP`` (31^8, about 8.5e11 possibilities)."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{CODE_PREFIX}-{chars[:4]}-{chars[4:]}"


class Certificate(models.Model):
    """Her certificate for one course: issued when she completes it, revoked if the completion
    goes away, valid again when she completes it once more (same code).

    ``full_name``, ``chapter_name`` and ``completed_at`` are copied at issue, like a paper
    certificate that states who earned it and where: the public verify page reads this one
    row, and erasing her account deletes it (``lms.privacy.services.member_delete``).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("course")
    )
    code = models.CharField(
        _("verification code"),
        max_length=16,
        unique=True,
        default=new_certificate_code,
        editable=False,
    )
    full_name = models.CharField(_("name"), max_length=150)
    chapter_name = models.CharField(_("chapter"), max_length=200, blank=True)
    completed_at = models.DateTimeField(_("completed at"))
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_course")
        ]

    def __str__(self):
        return self.code

    def get_absolute_url(self):
        return reverse("lms:certificate", kwargs={"code": self.code})

    def get_verify_url(self):
        return reverse("lms:certificate_verify", kwargs={"code": self.code})

    def get_pdf_url(self):
        return reverse("lms:certificate_pdf", kwargs={"code": self.code})

    @property
    def is_valid(self):
        return self.revoked_at is None
