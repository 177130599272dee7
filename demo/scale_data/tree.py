"""The union tree: districts > communes > chapters, inserted with treebeard paths computed here."""

import math
from dataclasses import dataclass, field

from django.db.models import F

from demo.scale_data.scale import BATCH, CODE_PREFIX, NATIONAL_CODE
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
    return _districts(scale.chapters, scale)


def _districts(chapters, scale, prefix=CODE_PREFIX):
    """Districts > communes > ``chapters`` chapters, coded ``<prefix>d01``, ``x0001``,
    ``c00001``."""
    communes = max(1, math.ceil(chapters / scale.chapters_per_commune))
    districts = max(1, min(scale.districts, communes))
    district_nodes = [
        Node(f"Huyện mẫu {d:02d}", f"{prefix}d{d:02d}", Chapter.Kind.DISTRICT)
        for d in range(1, districts + 1)
    ]
    commune_nodes = []
    for c in range(communes):
        node = Node(f"Xã mẫu {c + 1:04d}", f"{prefix}x{c + 1:04d}", Chapter.Kind.COMMUNE)
        district_nodes[c % districts].children.append(node)
        commune_nodes.append(node)
    for n in range(chapters):
        commune_nodes[n % communes].children.append(
            Node(f"Chi hội mẫu {n + 1:05d}", f"{prefix}c{n + 1:05d}", Chapter.Kind.CHAPTER)
        )
    return district_nodes


def province_chapters(scale):
    """Chapters per province, the first province's first: ``first_province_chapters`` (or an
    equal share) for it, the rest shared out as evenly as the numbers allow."""
    provinces = max(1, scale.provinces)
    if provinces == 1:
        return [scale.chapters]
    first = scale.first_province_chapters or scale.chapters // provinces
    first = min(max(first, 1), scale.chapters - (provinces - 1))
    others, extra = divmod(scale.chapters - first, provinces - 1)
    return [first] + [others + (i < extra) for i in range(provinces - 1)]


def national_tree(scale):
    """Provinces > districts > communes > chapters, for a national root. The first province
    is coded like the one-province scale's tree (``scale-province``, ``scale-d01``...), the
    others ``scale-p02``, ``scale-p02-d01``..."""
    provinces = []
    for i, chapters in enumerate(province_chapters(scale), start=1):
        if i == 1:
            name, code, prefix = "Tỉnh mẫu (dữ liệu thử tải)", f"{CODE_PREFIX}province", CODE_PREFIX
        else:
            name, code = f"Tỉnh mẫu {i:02d}", f"{CODE_PREFIX}p{i:02d}"
            prefix = f"{code}-"
        provinces.append(
            Node(name, code, Chapter.Kind.PROVINCE, children=_districts(chapters, scale, prefix))
        )
    return provinces


def make_tree(scale, rng):
    """The root (the province, or with several provinces a national root above them), every
    node beneath it, and the chapters (leaves), in path order."""
    taken = set(Chapter.objects.values_list("invite_code", flat=True))
    if scale.provinces > 1:
        # The tree has no national level of its own: the root is stored as a province.
        root = Chapter.add_root(
            name="Trung ương Hội (dữ liệu thử tải)",
            code=NATIONAL_CODE,
            kind=Chapter.Kind.PROVINCE,
            invite_code=_invite_code(rng, taken),
        )
        nodes = bulk_add_children(root, national_tree(scale), rng=rng)
        chapters = [node for node in nodes if node.kind == Chapter.Kind.CHAPTER]
        return root, nodes, chapters
    province = Chapter.add_root(
        name="Tỉnh mẫu (dữ liệu thử tải)",
        code=f"{CODE_PREFIX}province",
        kind=Chapter.Kind.PROVINCE,
        invite_code=_invite_code(rng, taken),
    )
    nodes = bulk_add_children(province, scale_tree(scale), rng=rng)
    chapters = [node for node in nodes if node.kind == Chapter.Kind.CHAPTER]
    return province, nodes, chapters
