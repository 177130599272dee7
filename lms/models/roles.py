from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.Model):
    """A person's role at a node of the union tree. A person may hold several.

    Leaders hold a chapter; officials hold a commune, district or province node and see
    everything beneath it; trainers author courses (admin group) and may be tied to a node.
    """

    class Kind(models.TextChoices):
        TRAINER = "trainer", _("Trainer")
        LEADER = "leader", _("Chapter leader")
        OFFICIAL = "official", _("Union official")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="roles",
        verbose_name=_("person"),
    )
    node = models.ForeignKey(
        "lms.Chapter", on_delete=models.CASCADE, related_name="roles", verbose_name=_("node")
    )
    kind = models.CharField(_("role"), max_length=16, choices=Kind.choices)
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(fields=["user", "node", "kind"], name="one_role_per_node")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.node}"

    def clean(self):
        from lms.models import Chapter

        if self.node_id is None:
            return
        if self.kind == self.Kind.LEADER and self.node.kind != Chapter.Kind.CHAPTER:
            raise ValidationError({"node": _("A chapter leader holds a chapter.")})
        if self.kind == self.Kind.OFFICIAL and self.node.kind == Chapter.Kind.CHAPTER:
            raise ValidationError({"node": _("An official holds a commune, district or province.")})
