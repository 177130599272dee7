"""The Trainers group: exactly what authoring courses and quizzes needs, and no more."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission
from wagtail.snippets.models import create_extra_permissions as create_snippet_publish_permissions

TRAINERS_GROUP = "Trainers"
OFFICIALS_GROUP = "Union officials"
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
IMAGE_PERMISSIONS = ("add_image", "change_image", "choose_image")
QUIZ_PERMISSIONS = ("add_quiz", "change_quiz", "publish_quiz")


def ensure_trainers_group():
    """Create or complete the group; safe to call again (after migrate, by load_demo).

    Pages: add/change/publish under each course index (the course tree only). Images:
    add/change/choose in the root collection. Quizzes: add/change/publish (no delete: attempts
    refer to them). Admin access. Nothing about users, groups, sites or settings.
    """
    from courses.models import CourseIndexPage

    # After migrate, this runs before later apps' permissions exist: create those we grant.
    # (also after a test database flush, which empties the permissions table).
    for app_label in ("wagtailadmin", "quizzes", "wagtailimages", "wagtailcore"):
        create_permissions(apps.get_app_config(app_label), verbosity=0)
    create_snippet_publish_permissions(apps.get_app_config("quizzes"))
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="quizzes", codename__in=QUIZ_PERMISSIONS
        ),
    )
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    )
    for index in CourseIndexPage.objects.all():
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=index, permission=permission
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailimages", codename__in=IMAGE_PERMISSIONS
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
    return group


def ensure_officials_group():
    """Create or complete the group of chapter leaders and union officials; safe to call again.

    It holds admin access and nothing else: what they may see and change in the union admin
    follows their roles (``lms.chapters.scope``, through the permission policies in
    ``lms.chapters.permissions``), not model permissions, which would also open other
    districts' entries in Site history.
    Everyone holding a leader or official role is put in it (roles created outside
    ``lms.chapters.memberships.role_grant``, e.g. by the demo loader, included).
    """
    from lms.models import Role

    create_permissions(apps.get_app_config("wagtailadmin"), verbosity=0)
    group, _created = Group.objects.get_or_create(name=OFFICIALS_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    holders = Role.objects.filter(kind__in=(Role.Kind.LEADER, Role.Kind.OFFICIAL))
    group.user_set.add(*holders.values_list("user_id", flat=True).distinct())
    return group


def create_groups_after_migrate(sender, **kwargs):
    ensure_trainers_group()
    ensure_officials_group()
