from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ResetCode(models.Model):
    """A one-time code a chapter leader gives a member who forgot her password.

    One live code per member (the one-to-one key): issuing a new code replaces the old one.
    Only a keyed hash of the code is kept (``lms.resets.codes.code_hash``); the row is deleted when
    the code is used or has had too many wrong tries, and is worthless once ``expires_at``
    has passed.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reset_code",
        verbose_name=_("person"),
    )
    code_hash = models.CharField(max_length=128)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("issued by"),
    )
    issued_at = models.DateTimeField(_("issued at"))
    expires_at = models.DateTimeField(_("expires at"))
    wrong_tries = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("password reset code")
        verbose_name_plural = _("password reset codes")

    def __str__(self):
        return f"{self._meta.verbose_name} · {self.user_id}"
