from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContestsConfig(AppConfig):
    """Online contests run by a union level for everyone beneath it (docs/contests.md). Above
    lms: it uses members and the chapter tree; lms shows it through its hooks (lms.hooks)."""

    name = "contests"
    verbose_name = _("Contests")

    def ready(self):
        from contests.permissions import register_permission_policies
        from contests.signal_handlers import register_signal_handlers

        register_permission_policies()
        register_signal_handlers(self)
