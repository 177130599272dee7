"""The member import's write, shared by the two ways of running it: ``members_import``
(every row or none, in one transaction: small lists, scripts and tests) and the background job
(``lms.imports.jobs``: a confirmed file written a batch of rows at a time)."""

import uuid
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import registry as log_registry

from lms.audit.entries import FROM_PATH, Places, audit_data
from lms.imports.rows import ImportPlan, plan_import
from lms.models import Member
from lms.stats.counters import members_added, shift_member

BATCH_SIZE = 500
MEMBER_FIELDS = ("full_name", "search_name", "birth_year", "occupation", "chapter")


class ImportRefused(Exception):
    """Nothing was written. ``plan`` (when set) holds the rows' problems as they are now."""

    def __init__(self, plan=None):
        super().__init__("member import refused")
        self.plan = plan


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    moved: int


def members_import(*, user, rows, source=""):
    """Create or update the members of ``rows`` (``lms.imports.rows.Row``) as ``user`` may.

    Everything is checked again here, inside the transaction, whatever a preview said: if any
    row has a problem (or another account takes a phone number meanwhile) nothing is written
    and ``ImportRefused`` is raised. New members get an account with an unusable password (their
    leader helps them set one); existing members (same phone) get the file's name, and its birth
    year and occupation when given; a member moves chapter only between chapters the importer
    sees, with her course counters.
    """
    try:
        with transaction.atomic():
            plan = plan_import(rows, user=user, lock=True)
            if not plan.ok:
                raise ImportRefused(plan)
            result = members_write(user=user, plan=plan, source=source)
    except IntegrityError as exc:  # a phone number was taken between the check and the write
        raise ImportRefused() from exc
    return result


def members_write(*, user, plan, source="", action_uuid=None):
    """Write the rows of ``plan`` without problems: the caller made the plan with
    ``plan_import(..., lock=True)`` inside its transaction. Rows with problems are skipped (the
    caller refuses them). The audit entries share ``action_uuid`` (a new one by default)."""
    plan = ImportPlan([row for row in plan.rows if row.ok])
    created = _create_members(plan)
    updated, changed, moved = _update_members(plan)
    _log(
        user=user,
        created=created,
        changed=changed,
        source=source,
        plan=plan,
        action_uuid=action_uuid,
    )
    return ImportResult(created=len(created), updated=len(updated), moved=moved)


def _create_members(plan: ImportPlan):
    new_rows = [row for row in plan.rows if row.is_new]
    if not new_rows:
        return []
    user_model = get_user_model()
    unusable = make_password(None)  # one hash for all: no password works until they choose one
    users = user_model.objects.bulk_create(
        [user_model(phone=row.phone, password=unusable) for row in new_rows],
        batch_size=BATCH_SIZE,
    )
    if any(account.pk is None for account in users):  # databases without RETURNING
        ids = dict(
            user_model.objects.filter(phone__in=[row.phone for row in new_rows]).values_list(
                "phone", "pk"
            )
        )
        for account in users:
            account.pk = ids[account.phone]
    ids = {account.phone: account.pk for account in users}
    members = [
        Member(
            user_id=ids[row.phone],
            full_name=row.full_name,
            chapter=row.chapter,
            birth_year=row.birth_year,
            occupation=row.occupation,
        )
        for row in new_rows
    ]
    for member in members:
        member.fold_name()  # bulk_create does not call save()
    created = Member.objects.bulk_create(members, batch_size=BATCH_SIZE)
    members_added(member.chapter_id for member in created)  # bulk_create sends no post_save
    return created


def _update_members(plan: ImportPlan):
    changed = []
    updated = []
    moved = 0
    for row in plan.rows:
        if not row.is_update:
            continue
        old = row.existing
        member = Member(
            user_id=old["user_id"],
            full_name=row.full_name,
            chapter=row.chapter,
            # An empty optional cell keeps what we know.
            birth_year=row.birth_year if row.birth_year is not None else old["birth_year"],
            occupation=row.occupation or old["occupation"],
        )
        member.fold_name()  # bulk_update does not call save()
        updated.append(member)
        if (
            member.full_name != old["full_name"]
            or member.birth_year != old["birth_year"]
            or member.occupation != old["occupation"]
            or member.chapter_id != old["chapter_id"]
        ):
            changed.append(member)
        if row.moves_from is not None:
            shift_member(
                user_id=old["user_id"],
                from_chapter_id=row.moves_from.pk,
                to_chapter_id=row.chapter.pk,
            )
            moved += 1
    if changed:
        Member.objects.bulk_update(changed, MEMBER_FIELDS, batch_size=BATCH_SIZE)
    return updated, changed, moved


def _log(*, user, created, changed, source, plan, action_uuid=None):
    """A Wagtail log entry per member created or changed, sharing one uuid (one action: a
    background import's batches all use the job's id),
    with the chapter's path (and the one she left) for the audit log (``lms.audit.entries``).

    The rows ``wagtail.log_actions.log`` would write, written in bulk: one ``log()`` per member
    validates and inserts each entry alone, which takes most of a 10,000-row import.
    """
    log_model = log_registry.get_log_model_for_model(Member)
    if log_model is None or not (created or changed):
        return
    content_type = ContentType.objects.get_for_model(Member, for_concrete_model=False)
    common = {
        "content_type": content_type,
        "timestamp": timezone.now(),
        "uuid": action_uuid or uuid.uuid4(),
        "user": user,
    }
    moved_from = {
        row.existing["user_id"]: row.moves_from.path
        for row in plan.rows
        if row.is_update and row.moves_from is not None
    }

    places = Places()

    def data(member):
        extra = {"source": "import", "file": source}
        if member.pk in moved_from:
            extra[FROM_PATH] = moved_from[member.pk]
        return audit_data(member.chapter, places=places, **extra)

    entries = [
        log_model(
            object_id=str(member.pk), label=str(member), action=action, data=data(member), **common
        )
        for action, members in (("wagtail.create", created), ("wagtail.edit", changed))
        for member in members
    ]
    log_model.objects.bulk_create(entries, batch_size=BATCH_SIZE)
