"""Every signal lms listens to, connected once by ``register_signal_handlers()`` from
``LmsConfig.ready()``. The handlers live in their feature packages; this is only wiring.

Order matters where two handlers share a signal: the chapter counters move before the
certificate is issued (both inside the completion transaction, in the lock order of
``lms.stats.counters``).
"""

from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete, pre_save
from wagtail.models import ModelLogEntry

from courses import signals as course_signals
from lms.audit import entries
from lms.certificates import services as certificates
from lms.chapters.groups import create_groups_after_migrate
from lms.models import Member
from lms.stats import counters


def register_signal_handlers(app_config):
    post_migrate.connect(
        create_groups_after_migrate, sender=app_config, dispatch_uid="lms_trainers_group"
    )
    # Course progress: chapter counters, then certificates.
    course_signals.course_started.connect(counters.on_course_started, dispatch_uid="lms_started")
    course_signals.course_completed.connect(
        counters.on_course_completed, dispatch_uid="lms_completed"
    )
    course_signals.course_progress_reapplied.connect(
        counters.on_course_progress_reapplied, dispatch_uid="lms_progress_reapplied"
    )
    course_signals.course_uncompleted.connect(
        counters.on_course_uncompleted, dispatch_uid="lms_uncompleted"
    )
    course_signals.course_completed.connect(
        certificates.on_course_completed, dispatch_uid="lms_certificate_issue"
    )
    course_signals.course_uncompleted.connect(
        certificates.on_course_uncompleted, dispatch_uid="lms_certificate_revoke"
    )
    course_signals.course_progress_reapplied.connect(
        certificates.on_course_progress_reapplied, dispatch_uid="lms_certificates_reapplied"
    )
    # Members: chapter member counts; the audit trail forgets a deleted member's name.
    pre_delete.connect(counters.on_member_deleted, sender=Member, dispatch_uid="lms_member_deleted")
    post_save.connect(counters.on_member_saved, sender=Member, dispatch_uid="lms_member_saved")
    post_delete.connect(
        entries.scrub_deleted_member, sender=Member, dispatch_uid="lms_audit_member_deleted"
    )
    # Log entries carry their place in the chapter tree.
    pre_save.connect(entries.add_chapter_path, sender=ModelLogEntry, dispatch_uid="lms_audit")
