from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.members.names import search_key


class Occupation(models.TextChoices):
    FACTORY_WORKER = "factory_worker", _("Factory worker")
    FARMER = "farmer", _("Farmer")
    TRADER = "trader", _("Trader / online seller")
    OFFICE_WORKER = "office_worker", _("Office worker")
    OTHER = "other", _("Other")


class Member(models.Model):
    """The learner's profile: who she is and which chapter she belongs to."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="member"
    )
    full_name = models.CharField(_("full name"), max_length=150)
    # Her name folded for searching (lms.members.names.search_key: no marks, lowercase), kept
    # by save() and by the import's bulk writes.
    search_name = models.CharField(max_length=150, editable=False, default="", db_default="")
    chapter = models.ForeignKey(
        "lms.Chapter",
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("chapter"),
    )
    birth_year = models.PositiveSmallIntegerField(
        _("birth year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1920), MaxValueValidator(2015)],
    )
    occupation = models.CharField(
        _("occupation"), max_length=20, choices=Occupation.choices, blank=True
    )
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)
    # When she ticked the consent box at sign-up (personal data protection). Empty for
    # members added by an import or in the admin, whose consent the chapter collects.
    consented_at = models.DateTimeField(_("consented to data use"), null=True, blank=True)
    # Her choice on her account page: text messages reminding her of a campaign's due date
    # (lms.campaigns.reminders). On unless she turns them off.
    sms_reminders = models.BooleanField(_("reminders by text message"), default=True)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.fold_name()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "full_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name"}
        super().save(*args, **kwargs)

    def fold_name(self):
        self.search_name = search_key(self.full_name)
