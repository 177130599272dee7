from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClassesConfig(AppConfig):
    """Training sessions in the commune hall (lớp tập huấn): scheduling, check-in, lessons
    taught in class counted toward completion, attendance reports (docs/classes.md). Above lms;
    lms shows it through its hooks (lms.hooks)."""

    name = "classes"
    verbose_name = _("Training sessions")
