"""What the lms groups need to work with contests, granted from here (lms never imports
contests): trainers author the question bank; officials pick a contest's share picture."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.snippets.models import create_extra_permissions as create_snippet_publish_permissions

from lms.chapters.groups import OFFICIALS_GROUP, TRAINERS_GROUP

QUESTION_PERMISSIONS = ("add_contestquestion", "change_contestquestion", "publish_contestquestion")
# The share picture of a contest: upload one, or choose one already in the library. Not
# change or delete: the pictures are the trainers' as well.
PICTURE_PERMISSIONS = ("add_image", "choose_image")


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


def ensure_officials_choose_pictures():
    """Let the group of leaders and officials upload and choose images in the root collection,
    so the image chooser of the contest set-up works for them; safe to call again."""
    create_permissions(apps.get_app_config("wagtailimages"), verbosity=0)
    group, _created = Group.objects.get_or_create(name=OFFICIALS_GROUP)
    root = Collection.get_first_root_node()
    if root is None:
        return group
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=PICTURE_PERMISSIONS
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
    return group


def grant_after_migrate(sender, **kwargs):
    ensure_trainers_author_questions()
    ensure_officials_choose_pictures()
