from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save, pre_delete
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Members and chapters")

    def ready(self):
        from courses import signals as course_signals
        from lms.campaigns import assignments
        from lms.certificates import services as certificates
        from lms.chapters.groups import create_trainers_group_after_migrate
        from lms.chapters.permissions import register_permission_policies
        from lms.stats import counters

        register_permission_policies()
        post_migrate.connect(
            create_trainers_group_after_migrate, sender=self, dispatch_uid="lms_trainers_group"
        )
        course_signals.course_started.connect(
            counters.on_course_started, dispatch_uid="lms_started"
        )
        course_signals.course_completed.connect(
            counters.on_course_completed, dispatch_uid="lms_completed"
        )
        course_signals.course_uncompleted.connect(
            counters.on_course_uncompleted, dispatch_uid="lms_uncompleted"
        )
        course_signals.course_progress_reapplied.connect(
            counters.on_course_progress_reapplied, dispatch_uid="lms_progress_reapplied"
        )
        pre_delete.connect(
            counters.on_member_deleted, sender="lms.Member", dispatch_uid="lms_member_deleted"
        )
        post_save.connect(
            counters.on_member_saved, sender="lms.Member", dispatch_uid="lms_member_saved"
        )
        course_signals.assignments_wanted.connect(
            assignments.on_assignments_wanted, dispatch_uid="lms_assignments"
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
        course_signals.certificates_wanted.connect(
            certificates.on_certificates_wanted, dispatch_uid="lms_certificates_wanted"
        )
        self._connect_audit()

    def _connect_audit(self):
        """Log entries carry their place in the chapter tree (lms/entries.py)."""
        from django.db.models.signals import post_delete, pre_save
        from wagtail.models import ModelLogEntry

        from lms.audit import entries
        from lms.models import Member

        pre_save.connect(entries.add_chapter_path, sender=ModelLogEntry, dispatch_uid="lms_audit")
        post_delete.connect(
            entries.scrub_deleted_member, sender=Member, dispatch_uid="lms_audit_member_deleted"
        )
