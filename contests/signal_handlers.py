"""Every signal contests listens to, connected once from ``ContestsConfig.ready()``."""

from django.db.models.signals import post_migrate

from contests.groups import grant_after_migrate


def register_signal_handlers(app_config):
    post_migrate.connect(
        grant_after_migrate, sender=app_config, dispatch_uid="contests_trainers_questions"
    )
