"""The union's audit trail: Wagtail log entries, each tied to a place in the chapter tree.

Every log entry about a member, a chapter, a role or a campaign carries in its ``data`` the
path of the chapter-tree node it happened at (``chapter_path``) and, for a move, the path of
the place it left (``from_chapter_path``). The audit log in the admin
(``lms.audit.admin_views``) shows an official the entries whose path lies beneath one of her
nodes (``lms.chapters.scope``). Paths are those of the moment: after a chapter moves, its earlier
entries stay with the district where they happened.

Most entries get the path here, from a ``pre_save`` receiver on ``ModelLogEntry`` (connected
in ``lms.apps``), so that entries written by Wagtail's generic admin views (edit a member,
add a campaign, delete a user) are scoped like our own. Services that bulk-create entries
(the member import) or know better add it themselves with ``audit_data``.

When an administrator deletes a member's account, her name leaves the trail: the deletion
entry and her earlier entries are relabelled ``DELETED_NAME`` (as ``lms.privacy.services`` does when
she deletes it herself).
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

# Stored data, not interface text (like lms.privacy.services.ERASED_NAME): the label left in
# the trail for a member whose account an administrator deleted.
DELETED_NAME = "Hội viên đã bị xóa"

PATH = "chapter_path"
FROM_PATH = "from_chapter_path"


def audit_data(node, **extra):
    """The ``data`` of a log entry that happened at ``node`` (a Chapter)."""
    return {PATH: node.path, **extra}


def scope_query(paths):
    """A Q on log entries limited to these tree paths (None: everything)."""
    if paths is None:
        return Q()
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(**{f"data__{PATH}__startswith": path}) | Q(
            **{f"data__{FROM_PATH}__startswith": path}
        )
    return query


def _models():
    from lms.models import Campaign, Chapter, Member, Role

    return Campaign, Chapter, Member, Role


def path_of(model, object_id):
    """The tree path of the object a log entry is about, or None."""
    Campaign, Chapter, Member, Role = _models()
    lookups = {
        Chapter: (Chapter.objects.filter(pk=object_id), "path"),
        Member: (Member.objects.filter(pk=object_id), "chapter__path"),
        get_user_model(): (Member.objects.filter(user_id=object_id), "chapter__path"),
        Role: (Role.objects.filter(pk=object_id), "node__path"),
        Campaign: (Campaign.objects.filter(pk=object_id), "node__path"),
    }
    if model not in lookups:
        return None
    queryset, field = lookups[model]
    try:
        return queryset.values_list(field, flat=True).first()
    except (ValueError, TypeError):  # an object id of another shape
        return None


def add_chapter_path(sender, instance, raw=False, **kwargs):
    """``pre_save`` of ModelLogEntry: add the tree path(s) the entry happened at."""
    if raw or instance.pk is not None:
        return
    content_type = ContentType.objects.get_for_id(instance.content_type_id)
    model = content_type.model_class()
    if model is None or content_type.app_label != "lms":
        return
    data = instance.data if isinstance(instance.data, dict) else {}
    if PATH not in data:
        path = path_of(model, instance.object_id)
        if path is not None:
            data = {**data, PATH: path}
    source = data.get("source")
    if instance.action == "wagtail.move" and FROM_PATH not in data and isinstance(source, dict):
        _Campaign, Chapter, _Member, _Role = _models()
        from_path = Chapter.objects.filter(pk=source.get("id")).values_list("path", flat=True)
        if from_path:
            data = {**data, FROM_PATH: from_path[0]}
    if (
        instance.action == "wagtail.delete"
        and model in (get_user_model(), _models()[2])
        and data.get(PATH) is not None
    ):
        instance.label = DELETED_NAME  # a member's account deleted by an administrator
    instance.data = data


def scrub_deleted_member(sender, instance, **kwargs):
    """``post_delete`` of Member: her earlier entries no longer carry her name."""
    from lms.privacy.services import scrub_log_labels

    scrub_log_labels(user_id=instance.pk, old_names={instance.full_name}, label=DELETED_NAME)
