"""What the lms groups need to work with contests, granted from here (lms never imports
contests): trainers author the question bank."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from wagtail.snippets.models import create_extra_permissions as create_snippet_publish_permissions

from lms.chapters.groups import TRAINERS_GROUP

QUESTION_PERMISSIONS = ("add_contestquestion", "change_contestquestion", "publish_contestquestion")


def ensure_trainers_author_questions():
    """Give the Trainers group add/change/publish on contest questions (no delete, as for
    quizzes); safe to call again (after migrate, by load_demo)."""
    config = apps.get_app_config("contests")
    create_permissions(config, verbosity=0)
    create_snippet_publish_permissions(config)
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="contests", codename__in=QUESTION_PERMISSIONS
        )
    )
    return group


def grant_after_migrate(sender, **kwargs):
    ensure_trainers_author_questions()
