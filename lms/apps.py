from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Members and chapters")

    def ready(self):
        from lms.admin_language import translate_chooser_labels_when_shown
        from lms.chapters.permissions import register_permission_policies
        from lms.signal_handlers import register_signal_handlers

        register_permission_policies()
        translate_chooser_labels_when_shown()
        register_signal_handlers(self)
