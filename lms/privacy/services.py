"""A member's rights over her personal data: a copy of all of it, and erasure.

Erasure removes who she is (phone, names, birth year, occupation) and keeps what she
learned, without her name: the Member row stays in her chapter, so member counts, rates
and ``ChapterCourseStats`` do not change when she leaves.
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Replace
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from courses.models import Enrollment, LessonCompletion
from lms.members.phones import mask_phone
from lms.models import Certificate, Member, ResetCode, Role
from quizzes.models import Attempt
from quizzes.scoring import question_score

# Stored data, not interface text: the name every erased member gets, in the site's language.
ERASED_NAME = "Hội viên đã xóa tài khoản"
ERASE_ACTION = "lms.erase"


class AccountNotErasable(Exception):
    """Superusers are removed by another administrator, not by themselves."""


def erased_phone(user_id):
    """What replaces her phone number: unique, and never a phone number (it has letters), so
    it can neither sign in nor block anyone from signing up with her old number."""
    return f"deleted-{user_id}"


# Export


def _when(value):
    return value.isoformat() if value else None


def _answers(attempt):
    """Her answer to each question she was served, with the text of the choices she picked."""
    rows = []
    for question in attempt.snapshot.get("questions", []):
        chosen = set(attempt.answers.get(question["id"], []))
        row = {
            "question": question["prompt"],
            "answer": [
                choice["text"] or choice["alt"] or choice["id"]
                for choice in question["choices"]
                if choice["id"] in chosen
            ],
        }
        if attempt.submitted_at is not None:
            row["right"] = question_score(question, chosen) == 1
        rows.append(row)
    return rows


def _member(member):
    return {
        "full_name": member.full_name,
        "chapter": member.chapter.name,
        "birth_year": member.birth_year,
        "occupation": str(member.get_occupation_display()) if member.occupation else "",
        "sms_reminders": member.sms_reminders,
        "reminders_sent": [
            {"campaign": reminder.campaign.name, "sent_at": _when(reminder.sent_at)}
            for reminder in member.campaign_reminders.filter(sent_at__isnull=False)
            .select_related("campaign")
            .order_by("sent_at")
        ],
        "joined_at": _when(member.joined_at),
        "consented_at": _when(member.consented_at),
    }


def member_export_data(*, user):
    """Everything Sen keeps about ``user``, as plain JSON-ready data (hers only)."""
    member = Member.objects.filter(user=user).select_related("chapter").first()
    roles = Role.objects.filter(user=user).select_related("node").order_by("granted_at")
    enrollments = (
        Enrollment.objects.filter(user=user).select_related("course").order_by("started_at")
    )
    completions = (
        LessonCompletion.objects.filter(user=user)
        .select_related("lesson", "course")
        .order_by("completed_at")
    )
    attempts = Attempt.objects.filter(user=user).select_related("quiz").order_by("started_at")
    certificates = (
        Certificate.objects.filter(user=user).select_related("course").order_by("issued_at")
    )
    return {
        "exported_at": _when(timezone.now()),
        "account": {
            "phone": user.phone,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "member": _member(member) if member is not None else None,
        "roles": [
            {
                "role": str(role.get_kind_display()),
                "node": role.node.name,
                "since": _when(role.granted_at),
            }
            for role in roles
        ],
        "enrollments": [
            {
                "course": enrollment.course.title,
                "started_at": _when(enrollment.started_at),
                "last_activity_at": _when(enrollment.last_activity_at),
                "lessons_done": enrollment.lessons_done,
                "final_quiz_passed_at": _when(enrollment.final_quiz_passed_at),
                "completed_at": _when(enrollment.completed_at),
            }
            for enrollment in enrollments
        ],
        "lesson_completions": [
            {
                "course": completion.course.title,
                "lesson": completion.lesson.title,
                "completed_at": _when(completion.completed_at),
            }
            for completion in completions
        ],
        "certificates": [
            {
                "code": certificate.code,
                "course": certificate.course.title,
                "name": certificate.full_name,
                "chapter": certificate.chapter_name,
                "completed_at": _when(certificate.completed_at),
                "issued_at": _when(certificate.issued_at),
                "revoked_at": _when(certificate.revoked_at),
            }
            for certificate in certificates
        ],
        "quiz_attempts": [
            {
                "quiz": attempt.quiz.title,
                "number": attempt.number,
                "started_at": _when(attempt.started_at),
                "submitted_at": _when(attempt.submitted_at),
                "score": float(attempt.score) if attempt.score is not None else None,
                "passed": attempt.passed,
                "answers": _answers(attempt),
            }
            for attempt in attempts
        ],
    }


# Erasure


def member_delete(*, user):
    """Erase who ``user`` is and close her account; her learning records stay, nameless.

    Raises ``AccountNotErasable`` for a superuser.
    """
    if user.is_superuser:
        raise AccountNotErasable(user.pk)
    with transaction.atomic():
        user = get_user_model().objects.select_for_update().get(pk=user.pk)
        member = Member.objects.filter(user=user).first()
        old_phone = user.phone
        old_names = {
            name
            for name in (member and member.full_name, user.get_full_name(), mask_phone(old_phone))
            if name
        }

        user.phone = erased_phone(user.pk)
        user.first_name = user.last_name = user.email = ""
        user.set_unusable_password()  # also ends her sessions on every other phone
        user.is_active = user.is_staff = False
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        roles = Role.objects.filter(user=user).delete()[0]
        ResetCode.objects.filter(user=user).delete()  # a password code given before
        # A certificate is a public statement of her name: it goes (its code reads "unknown").
        Certificate.objects.filter(user=user).delete()
        profile = UserProfile.objects.filter(user=user).first()
        if profile is not None:
            if profile.avatar:
                profile.avatar.delete(save=False)
            profile.delete()

        if member is not None:
            member.full_name = ERASED_NAME
            member.birth_year = None
            member.occupation = ""
            member.save(update_fields=["full_name", "birth_year", "occupation"])

        scrub_log_labels(user_id=user.pk, old_names=old_names)
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            model.objects.filter(username=old_phone).delete()

        log(
            instance=member or user,
            action=ERASE_ACTION,
            user=user,
            title=ERASED_NAME,
            data={"by": "herself", "roles_removed": roles},
        )
    return user


def scrub_log_labels(*, user_id, old_names, label=ERASED_NAME):
    """The admin's history keeps what happened, but no longer under her name (``label``
    instead; ``lms.audit.entries`` also calls this when an administrator deletes her account)."""
    types = ContentType.objects.get_for_models(
        Member, get_user_model(), Role, for_concrete_models=False
    )
    ModelLogEntry.objects.filter(
        content_type__in=[types[Member], types[get_user_model()]], object_id=str(user_id)
    ).update(label=label)
    role_entries = ModelLogEntry.objects.filter(content_type=types[Role], data__person=user_id)
    for name in old_names:
        role_entries.update(label=Replace("label", Value(name), Value(label)))
