"""Reminders a chapter leader pastes into Zalo: one message for the group naming who has not
finished a course, one per member for a private chat, and the record of when she sent them.

The messages are pure functions (tested on their own); the queries are a fixed number per
page, whatever the chapter's size.
"""

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from core.iterables import batched
from lms.dashboards import roster
from lms.models import ReminderLog

NAMES_IN_GROUP_MESSAGE = 40  # beyond that, "and N others": a Zalo message stays readable


def given_name(full_name):
    """The name she is called by: the last word of a Vietnamese full name (Nguyễn Thị Lan ->
    Lan)."""
    words = str(full_name or "").split()
    return words[-1] if words else ""


def names_to_call(full_names):
    """How the group message calls each member: by her given name, or, where two members
    named share it, by as many of her last words as tell her apart from the others (Bùi Thu
    Nhung and Hoàng Thị Nhung -> Thu Nhung and Thị Nhung). The same full name twice cannot
    be told apart: she is named once."""
    full = list(dict.fromkeys(" ".join(str(name or "").split()) for name in full_names))
    words = [name.split() for name in full]
    called = []
    for index, own in enumerate(words):
        others = [other for place, other in enumerate(words) if place != index]
        take = 1
        while take < len(own) and any(other[-take:] == own[-take:] for other in others):
            take += 1
        called.append(" ".join(own[-take:]))
    return [name for name in called if name]


def _names(given_names, more):
    names = [_("Ms %(name)s") % {"name": name} for name in given_names]
    if more:
        names.append(_("%(n)s others") % {"n": more})
    if len(names) < 2:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def group_message(*, course_title, course_url, given_names, more=0):
    """The message for the chapter's Zalo group, naming (by given name) who has not finished."""
    if not given_names:
        return ""
    return _(
        "Hello everyone! The course “%(course)s” on Sen is still waiting for %(names)s. "
        "Each lesson takes only a few minutes: open this link to carry on. %(url)s"
    ) % {"course": course_title, "names": _names(given_names, more), "url": course_url}


def private_message(*, given, course_title, course_url):
    """The message for one member, to paste into a private chat."""
    return _(
        "Hello %(name)s! You have not finished the course “%(course)s” on Sen yet. Open "
        "this link to carry on where you left off: %(url)s Message me if you need any help."
    ) % {"name": given, "course": course_title, "url": course_url}


def unfinished(chapter, course):
    """The chapter's members who have not completed ``course``, by name (not evaluated)."""
    return roster.roster_queryset(chapter, [course], course_id=course.pk).filter(done=0)


def last_reminded(member_ids, course):
    """{member id: when she was last reminded about ``course``} (one query)."""
    return dict(
        ReminderLog.objects.filter(member_id__in=member_ids, course=course)
        .values("member_id")
        .annotate(last=Max("created_at"))
        .values_list("member_id", "last")
    )


@transaction.atomic
def reminders_record(*, leader, member_ids, course):
    """Note that ``leader`` reminded these members about ``course`` now."""
    for batch in batched(member_ids, 2000):
        ReminderLog.objects.bulk_create(
            [ReminderLog(leader=leader, member_id=pk, course=course) for pk in batch]
        )
