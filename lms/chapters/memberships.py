"""State changes made from the union admin: the chapter tree, a member's chapter and roles.

Each function runs in one transaction and writes a Wagtail log entry (``ModelLogEntry``), so
the change shows in the object's history and in Reports > Site history. Permission checks are
the caller's job (the admin views ask ``lms.chapters.scope`` through the permission policies).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from lms.chapters.groups import (
    OFFICIALS_GROUP,
    TRAINERS_GROUP,
    ensure_officials_group,
    ensure_trainers_group,
)
from lms.members.phones import mask_phone
from lms.models import Chapter, Member, Role
from lms.stats import counters

Kind = Chapter.Kind
CHILD_KIND = {Kind.PROVINCE: Kind.DISTRICT, Kind.DISTRICT: Kind.COMMUNE, Kind.COMMUNE: Kind.CHAPTER}
PARENT_KIND = {child: parent for parent, child in CHILD_KIND.items()}
ADMIN_ROLE_KINDS = (Role.Kind.LEADER, Role.Kind.OFFICIAL)


def child_kind(parent):
    """The kind of a node added beneath ``parent`` (a province at the top), or None."""
    if parent is None:
        return Kind.PROVINCE
    return CHILD_KIND.get(parent.kind)


def _place(node):
    return {"id": node.pk, "title": str(node)}


# The chapter tree


@transaction.atomic
def chapter_add(*, parent, name, code, user=None):
    """Add a node beneath ``parent`` (or a province at the top); its kind follows the parent."""
    kind = child_kind(parent)
    if kind is None:
        raise ValidationError(_("Nothing can be added beneath a chapter."))
    if parent is None:
        node = Chapter.add_root(name=name, code=code, kind=kind)
    else:
        # Lock the parent: two children added at once would otherwise get the same path.
        parent = Chapter.objects.select_for_update().get(pk=parent.pk)
        node = parent.add_child(name=name, code=code, kind=kind)
    log(instance=node, action="wagtail.create", user=user)
    return node


@transaction.atomic
def chapter_move(*, node, parent, user=None):
    """Move ``node`` (and everything beneath it) under ``parent``, a node one level up.

    Counters (``ChapterCourseStats``) are kept per chapter, so they move with it.
    """
    node = Chapter.objects.select_for_update().get(pk=node.pk)
    parent = Chapter.objects.get(pk=parent.pk)
    if PARENT_KIND.get(node.kind) != parent.kind:
        raise ValidationError(_("Choose a node one level above this one."))
    source = node.get_parent()
    if source is not None and source.pk == parent.pk:
        return node
    node.move(parent, pos="sorted-child")
    node.refresh_from_db()
    log(
        instance=node,
        action="wagtail.move",
        user=user,
        data={"source": _place(source) if source else None, "destination": _place(parent)},
    )
    return node


# Members


def member_move(*, member, chapter, user=None):
    """Move a member to another chapter, her course counters with her."""
    if chapter.kind != Kind.CHAPTER:
        raise ValidationError(_("Members belong to a chapter."))
    with transaction.atomic():
        # The row lock keeps a second move of the same member from shifting her counters twice.
        member = Member.objects.select_for_update().get(pk=member.pk)
        source = Chapter.objects.get(pk=member.chapter_id)
        if source.pk == chapter.pk:
            return member
        member.chapter = chapter
        member.save(update_fields=["chapter"])
        counters.shift_member(
            user_id=member.user_id, from_chapter_id=source.pk, to_chapter_id=chapter.pk
        )
        log(
            instance=member,
            action="wagtail.move",
            user=user,
            data={"source": _place(source), "destination": _place(chapter)},
        )
    return member


# Roles


def person_label(user):
    """Her name, or her masked phone number when she has not given one."""
    return user.get_full_name() or mask_phone(user.phone)


def role_title(role):
    """What the log calls a role: the role, the node and the person (``str(role)`` omits her)."""
    return f"{role} · {person_label(role.user)}"


def role_grant(*, user, node, kind, granted_by=None):
    """Give ``user`` a role at ``node``: admin access for leaders and officials, the Trainers
    group for trainers. Raises ValidationError for a wrong node kind or a role she holds."""
    role = Role(user=user, node=node, kind=kind)
    role.full_clean()
    try:
        with transaction.atomic():
            _lock(user)
            role.save()
            _join_groups(user, kind)
            log(
                instance=role,
                action="wagtail.create",
                user=granted_by,
                title=role_title(role),
                data={"person": user.pk, "node": node.pk, "kind": kind},
            )
    except IntegrityError as exc:  # granted at the same moment by someone else
        raise ValidationError(_("She already holds this role.")) from exc
    return role


def role_revoke(*, role, revoked_by=None):
    """Take a role away; the groups it brought go when she holds no other role of its kind."""
    with transaction.atomic():
        _lock(role.user)
        if not Role.objects.filter(pk=role.pk).exists():
            return  # revoked a moment ago by someone else
        log(
            instance=role,
            action="wagtail.delete",
            user=revoked_by,
            title=role_title(role),
            data={"person": role.user_id, "node": role.node_id, "kind": role.kind},
            deleted=True,
        )
        user, kind = role.user, role.kind
        role.delete()
        _leave_groups(user, kind)


def _lock(user):
    """Serialise role changes of one person, so that her groups follow her last role."""
    get_user_model().objects.select_for_update().only("pk").get(pk=user.pk)


def _join_groups(user, kind):
    if kind == Role.Kind.TRAINER:
        user.groups.add(ensure_trainers_group())
        if not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
    else:
        user.groups.add(
            Group.objects.filter(name=OFFICIALS_GROUP).first() or ensure_officials_group()
        )


def _leave_groups(user, kind):
    remaining = Role.objects.filter(user=user)
    if kind == Role.Kind.TRAINER:
        if not remaining.filter(kind=Role.Kind.TRAINER).exists():
            user.groups.remove(*Group.objects.filter(name=TRAINERS_GROUP))
            if user.is_staff and not user.is_superuser:
                user.is_staff = False
                user.save(update_fields=["is_staff"])
    elif not remaining.filter(kind__in=ADMIN_ROLE_KINDS).exists():
        user.groups.remove(*Group.objects.filter(name=OFFICIALS_GROUP))
