import secrets

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

INVITE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes (l/1, o/0)


def new_invite_code():
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(8))


class Chapter(MP_Node):
    """A node of the union's tree: province > district > commune > chapter (chi hội).

    Materialised path: everything beneath a node is ``path__startswith=node.path``.
    """

    class Kind(models.TextChoices):
        PROVINCE = "province", _("Province")
        DISTRICT = "district", _("District")
        COMMUNE = "commune", _("Commune")
        CHAPTER = "chapter", _("Chapter")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("level"), max_length=16, choices=Kind.choices)
    code = models.SlugField(
        _("code"), max_length=40, unique=True, help_text=_("Stable code used by imports.")
    )
    invite_code = models.CharField(
        _("invite code"), max_length=16, unique=True, default=new_invite_code, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Denormalised on purpose: members whose chapter this is, kept by lms.stats.counters in the same
    # transaction as each sign-up, import, move and deletion, so that a dashboard reads one
    # small row per chapter instead of counting members (recompute_chapter_stats checks it).
    direct_member_count = models.PositiveIntegerField(_("members"), default=0, editable=False)

    node_order_by = ["name"]

    class Meta:
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")

    def __str__(self):
        return self.name

    def get_invite_url(self):
        return reverse("lms:join", kwargs={"invite_code": self.invite_code})
