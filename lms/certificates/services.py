"""Certificates: issued when a member completes a course, revoked when the completion goes.

Services (writes, run inside the completion transaction by the receivers at the bottom) and
selectors (reads for the certificate, verify and course pages). The PDF is drawn in
``lms/certificates/pdf.py``; the pages are in ``lms/certificates/views.py``.
"""

import re
import unicodedata

from django.db import IntegrityError, transaction
from django.utils import timezone

from core.iterables import batched
from lms.models import Certificate, Member
from lms.models.certificates import CODE_ALPHABET, CODE_PREFIX
from lms.privacy.services import erased_phone

BATCH = 500  # certificates written per query
REISSUED_FIELDS = ("full_name", "chapter_name", "completed_at")

CODE_LENGTH = 8
_NOT_CODE = re.compile(f"[^{CODE_ALPHABET}]")


def _clean(text):
    # NFC: some phone keyboards type Vietnamese as base letter + combining marks; the PDF font
    # and search both want the precomposed letters.
    return unicodedata.normalize("NFC", text or "").strip()


def normalize_code(text):
    """``"sen 7k3m q9xp"``, ``"7K3MQ9XP"`` -> ``"SEN-7K3M-Q9XP"``; ``None`` if it cannot be a
    code (wrong length, letters not in the alphabet)."""
    cleaned = re.sub(r"[\s\-_.]", "", (text or "").upper())
    if cleaned.startswith(CODE_PREFIX):
        cleaned = cleaned[len(CODE_PREFIX) :]
    if len(cleaned) != CODE_LENGTH or _NOT_CODE.search(cleaned):
        return None
    return f"{CODE_PREFIX}-{cleaned[:4]}-{cleaned[4:]}"


# Services


def certificate_issue(*, enrollment):
    """Issue her certificate for ``enrollment``'s course, or make a revoked one valid again.

    Called inside the completion transaction (the enrollment row is locked, so one member's
    two requests cannot race here). Returns the certificate, or ``None`` when the person has
    no member profile (trainers, admins) or her account was erased.
    """
    member = (
        Member.objects.filter(user_id=enrollment.user_id).select_related("user", "chapter").first()
    )
    if member is None or member.user.phone == erased_phone(member.user_id):
        return None
    values = {
        "full_name": _clean(member.full_name),
        "chapter_name": member.chapter.name,
        "completed_at": enrollment.completed_at or timezone.now(),
    }
    certificate = (
        Certificate.objects.select_for_update()
        .filter(user_id=enrollment.user_id, course_id=enrollment.course_id)
        .first()
    )
    if certificate is None:
        return _create(enrollment, values)
    if certificate.revoked_at is not None:
        for field, value in values.items():
            setattr(certificate, field, value)
        certificate.revoked_at = None
        certificate.save(update_fields=[*values, "revoked_at"])
    return certificate


def _create(enrollment, values):
    for _attempt in range(3):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    user_id=enrollment.user_id, course_id=enrollment.course_id, **values
                )
        except IntegrityError:
            # Her other request created it first (return that one), or, about once in 10^11,
            # the drawn code is taken (draw another).
            existing = Certificate.objects.filter(
                user_id=enrollment.user_id, course_id=enrollment.course_id
            ).first()
            if existing is not None:
                return existing
    raise IntegrityError("No free certificate code after three draws.")


def certificate_revoke(*, enrollment):
    """Revoke her certificate for ``enrollment``'s course (if any), when an admin took back a
    completion and the course is no longer complete. Returns how many changed."""
    return Certificate.objects.filter(
        user_id=enrollment.user_id, course_id=enrollment.course_id, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())


def certificates_issue_many(*, course, enrollments):
    """Issue (or make valid again) the certificates of many enrollments of one course at once,
    when re-applying the course's rule completed them together (in its background task): three
    or four queries per 500 members, whatever the number, instead of a few per member. Safe to
    run twice (a valid certificate is left as it is; (user, course) is unique). The caller
    holds the enrollments' rows locked, as ``certificate_issue``'s callers do. Returns how many
    were created."""
    created = 0
    now = timezone.now()
    for batch in batched(enrollments, BATCH):
        by_user = {enrollment.user_id: enrollment for enrollment in batch}
        members = Member.objects.filter(user_id__in=by_user).select_related("user", "chapter")
        existing = {
            certificate.user_id: certificate
            for certificate in Certificate.objects.filter(course=course, user_id__in=by_user)
        }
        fresh, revived = [], []
        for member in members:
            if member.user.phone == erased_phone(member.user_id):
                continue
            values = {
                "full_name": _clean(member.full_name),
                "chapter_name": member.chapter.name,
                "completed_at": by_user[member.user_id].completed_at or now,
            }
            certificate = existing.get(member.user_id)
            if certificate is None:
                fresh.append(Certificate(user_id=member.user_id, course_id=course.pk, **values))
            elif certificate.revoked_at is not None:  # revoked before: valid again, same code
                for field, value in values.items():
                    setattr(certificate, field, value)
                certificate.revoked_at = None
                revived.append(certificate)
        if revived:
            Certificate.objects.bulk_update(revived, [*REISSUED_FIELDS, "revoked_at"])
        try:
            with transaction.atomic():
                Certificate.objects.bulk_create(fresh)
        except IntegrityError:  # a code drawn twice (about once in 10^11): one at a time
            for certificate in fresh:
                certificate_issue(enrollment=by_user[certificate.user_id])
        created += len(fresh)
    return created


# Receivers (connected in ``LmsConfig.ready``)


def on_course_completed(sender, enrollment, **kwargs):
    certificate_issue(enrollment=enrollment)


def on_course_uncompleted(sender, enrollment, **kwargs):
    certificate_revoke(enrollment=enrollment)


def on_course_progress_reapplied(sender, course, completed, **kwargs):
    certificates_issue_many(course=course, enrollments=completed)


def certificate_urls(user, course_ids):
    """{course_id: URL of her certificate page} for the valid ones among ``course_ids``
    (answers the ``courses.hooks.CERTIFICATE_URLS`` hook)."""
    return {
        course_id: Certificate(code=code).get_absolute_url()
        for course_id, code in Certificate.objects.filter(
            user=user, course_id__in=course_ids, revoked_at__isnull=True
        ).values_list("course_id", "code")
    }


# Selectors


def certificate_by_code(code):
    """The certificate with this code (valid or revoked), with its course, or ``None``."""
    normalized = normalize_code(code)
    if normalized is None:
        return None
    return Certificate.objects.filter(code=normalized).select_related("course").first()
