from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Members and chapters")

    def ready(self):
        from courses import signals as course_signals
        from lms import campaigns, stats
        from lms.roles import create_trainers_group_after_migrate

        post_migrate.connect(
            create_trainers_group_after_migrate, sender=self, dispatch_uid="lms_trainers_group"
        )
        course_signals.course_started.connect(stats.on_course_started, dispatch_uid="lms_started")
        course_signals.course_completed.connect(
            stats.on_course_completed, dispatch_uid="lms_completed"
        )
        course_signals.assignments_wanted.connect(
            campaigns.on_assignments_wanted, dispatch_uid="lms_assignments"
        )
