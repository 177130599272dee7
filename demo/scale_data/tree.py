"""The union tree: districts > communes > chapters, inserted with treebeard paths computed here."""

import math
from dataclasses import dataclass, field

from django.db.models import F

from demo.scale_data.scale import BATCH, CODE_PREFIX
from lms.models import Chapter
from lms.models.chapters import INVITE_ALPHABET


@dataclass
class Node:
    """A chapter to create, with the nodes beneath it."""

    name: str
    code: str
    kind: str
    children: list = field(default_factory=list)


def _invite_code(rng, taken):
    while True:
        code = "".join(rng.choice(INVITE_ALPHABET) for _ in range(8))
        if code not in taken:
            taken.add(code)
            return code


def bulk_add_children(parent, nodes, *, rng):
    """Create ``nodes`` and everything beneath them under ``parent``, in a few queries.

    Paths, depths and ``numchild`` are computed here the way treebeard would set them;
    siblings are placed in name order (``Chapter.node_order_by``) after the parent's existing
    children. Returns the new chapters, in path order, with their primary keys.
    """
    taken = set(Chapter.objects.values_list("invite_code", flat=True))
    created = []

    def place(parent_path, depth, siblings, first_step):
        for step, node in enumerate(sorted(siblings, key=lambda n: n.name), start=first_step):
            path = Chapter._get_path(parent_path, depth, step)
            created.append(
                Chapter(
                    path=path,
                    depth=depth,
                    numchild=len(node.children),
                    name=node.name,
                    code=node.code,
                    kind=node.kind,
                    invite_code=_invite_code(rng, taken),
                )
            )
            place(path, depth + 1, node.children, 1)

    last = parent.get_last_child()
    first_step = Chapter._str2int(last.path[-Chapter.steplen :]) + 1 if last else 1
    place(parent.path, parent.depth + 1, nodes, first_step)
    created.sort(key=lambda chapter: chapter.path)
    Chapter.objects.bulk_create(created, batch_size=BATCH)
    Chapter.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(nodes))
    parent.numchild += len(nodes)
    return created


def scale_tree(scale):
    """Districts > communes > chapters, spread as evenly as the numbers allow."""
    communes = max(1, math.ceil(scale.chapters / scale.chapters_per_commune))
    districts = max(1, min(scale.districts, communes))
    district_nodes = [
        Node(f"Huyện mẫu {d:02d}", f"{CODE_PREFIX}d{d:02d}", Chapter.Kind.DISTRICT)
        for d in range(1, districts + 1)
    ]
    commune_nodes = []
    for c in range(communes):
        node = Node(f"Xã mẫu {c + 1:04d}", f"{CODE_PREFIX}x{c + 1:04d}", Chapter.Kind.COMMUNE)
        district_nodes[c % districts].children.append(node)
        commune_nodes.append(node)
    for n in range(scale.chapters):
        commune_nodes[n % communes].children.append(
            Node(f"Chi hội mẫu {n + 1:05d}", f"{CODE_PREFIX}c{n + 1:05d}", Chapter.Kind.CHAPTER)
        )
    return district_nodes


def make_tree(scale, rng):
    taken = set(Chapter.objects.values_list("invite_code", flat=True))
    province = Chapter.add_root(
        name="Tỉnh mẫu (dữ liệu thử tải)",
        code=f"{CODE_PREFIX}province",
        kind=Chapter.Kind.PROVINCE,
        invite_code=_invite_code(rng, taken),
    )
    nodes = bulk_add_children(province, scale_tree(scale), rng=rng)
    chapters = [node for node in nodes if node.kind == Chapter.Kind.CHAPTER]
    return province, nodes, chapters
