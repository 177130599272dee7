"""The union's audit trail: Wagtail log entries, each tied to a place in the chapter tree.

Every log entry about a member, a chapter, a role or a campaign carries in its ``data`` the
node it happened at (``chapter_id``; ``chapter_path`` as it was, for reading) and, for a
move, the node it left (``from_chapter_id``, ``from_chapter_path``). Scope follows ids, not
paths: a path changes whenever a sibling is added before a node (nodes are ordered by name),
an id never does. ``chapter_nodes`` lists, as ",1,5,23,", the ids of every node above and at
both places at the moment of logging; the audit log in the admin (``lms.audit.admin_views``)
shows an official the entries whose list holds one of her nodes (``lms.chapters.scope``).
After a chapter moves, its earlier entries stay with the district where they happened.

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
NODE = "chapter_id"
FROM_NODE = "from_chapter_id"
NODES = "chapter_nodes"


def _steps(path):
    from lms.models import Chapter

    return [path[:end] for end in range(Chapter.steplen, len(path) + 1, Chapter.steplen)]


class Places:
    """The ids of the nodes at and above tree paths, one query per new set of paths (an
    import logs thousands of members in a few chapters)."""

    def __init__(self):
        self.ids = {}

    def data(self, path, from_path=None):
        """``NODE``, ``NODES`` and, for a move, ``FROM_NODE`` of an entry at ``path``."""
        from lms.models import Chapter

        paths = [p for p in (path, from_path) if p]
        wanted = {step for p in paths for step in _steps(p)} - set(self.ids)
        if wanted:
            self.ids.update(Chapter.objects.filter(path__in=wanted).values_list("path", "pk"))
        nodes = sorted({self.ids[step] for p in paths for step in _steps(p) if step in self.ids})
        data = {NODE: self.ids.get(path), NODES: "," + ",".join(map(str, nodes)) + ","}
        if from_path:
            data[FROM_NODE] = self.ids.get(from_path)
        return data


def audit_data(node, *, places=None, **extra):
    """The ``data`` of a log entry that happened at ``node`` (a Chapter); ``extra`` may name
    the node left (``FROM_PATH``)."""
    places = places or Places()
    return {PATH: node.path, **extra, **places.data(node.path, extra.get(FROM_PATH))}


def scope_query(paths):
    """A Q on log entries limited to the nodes at these tree paths and beneath them (None:
    everything)."""
    from lms.models import Chapter

    if paths is None:
        return Q()
    query = Q(pk__in=[])
    for node_id in Chapter.objects.filter(path__in=paths).values_list("pk", flat=True):
        query |= Q(**{f"data__{NODES}__icontains": f",{node_id},"})
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
    if data.get(PATH) and NODES not in data:
        data = {**data, **Places().data(data[PATH], data.get(FROM_PATH))}
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
