"""The union admin: who may open which screen, what each one shows, and the tree and member
moves (chapters, members and campaigns; roles are in test_admin_roles.py)."""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.chapters import memberships
from lms.chapters.groups import OFFICIALS_GROUP
from lms.models import Campaign, Chapter, ChapterCourseStats, Member, Role
from lms.stats import counters
from tests.courses.factories import course_with_lessons
from tests.lms.factories import ChapterFactory, MemberFactory, UserFactory

pytestmark = pytest.mark.django_db

Kind = Chapter.Kind
ADMIN_HOME = "/admin/"
PEOPLE = [
    "anonymous",
    "member",
    "leader_a",
    "leader_b",
    "official_a",
    "official_b",
    "trainer",
    "superuser",
]


def build_union():
    """Province P with district DA (commune CA: chapters A and A2) and district DB (commune CB:
    chapter B); members in A, A2 and B; a leader for A and B, an official for each district."""
    p = ChapterFactory(name="Tỉnh P", kind=Kind.PROVINCE)
    da = ChapterFactory(parent=p, name="Huyện A", kind=Kind.DISTRICT)
    db = ChapterFactory(parent=p, name="Huyện B", kind=Kind.DISTRICT)
    ca = ChapterFactory(parent=da, name="Xã A", kind=Kind.COMMUNE)
    cb = ChapterFactory(parent=db, name="Xã B", kind=Kind.COMMUNE)
    a = ChapterFactory(parent=ca, name="Chi hội A")
    a2 = ChapterFactory(parent=ca, name="Chi hội A2")
    b = ChapterFactory(parent=cb, name="Chi hội B")
    u = SimpleNamespace(p=p, da=da, db=db, ca=ca, cb=cb, a=a, a2=a2, b=b)
    u.member_a = MemberFactory(chapter=a, full_name="Lê Thị Mai")
    u.member_a_2 = MemberFactory(chapter=a)
    u.member_a2 = MemberFactory(chapter=a2)
    u.member_b = MemberFactory(chapter=b, full_name="Trần Thị Bình")
    u.people = {"anonymous": None, "member": u.member_a.user}
    for name, node, kind in [
        ("leader_a", a, Role.Kind.LEADER),
        ("leader_b", b, Role.Kind.LEADER),
        ("official_a", da, Role.Kind.OFFICIAL),
        ("official_b", db, Role.Kind.OFFICIAL),
        ("trainer", p, Role.Kind.TRAINER),
    ]:
        person = UserFactory()
        role = memberships.role_grant(user=person, node=node, kind=kind)
        u.people[name] = person
        setattr(u, f"role_{name}", role)
    u.people["superuser"] = UserFactory(is_superuser=True, is_staff=True)
    u.campaign_da = Campaign.objects.create(
        name="Tháng an toàn số",
        node=da,
        starts_on=datetime.date(2026, 3, 1),
        due_on=datetime.date(2026, 4, 30),
    )
    return u


@pytest.fixture
def union():
    return build_union()


def outcome(response):
    """Y: the page opens; L: sent to sign in; D: refused (the admin redirects to its dashboard
    with a message instead of answering 403); or the status code."""
    if response.status_code == 200:
        return "Y"
    if response.status_code == 302:
        if response.url.startswith("/admin/login/"):
            return "L"
        if response.url == ADMIN_HOME:
            return "D"
    return str(response.status_code)


# One row per screen: its URL name, the object in the URL (an attribute of the union) and
# what each person gets, in the order of PEOPLE: anonymous, member, leader of A, leader of B,
# official of district A, official of district B, trainer, superuser.
SCREENS = [
    ("chapter tree",             "union_chapters:index",       None,              "LLYYYYDY"),
    ("browse district A",        "union_chapters:browse",      "da",              "LLDDYDDY"),
    ("browse commune A",         "union_chapters:browse",      "ca",              "LLDDYDDY"),
    ("add a province",           "union_chapters:add",         None,              "LLDDDDDY"),
    ("add beneath district A",   "union_chapters:add_child",   "da",              "LLDDYDDY"),
    ("add beneath chapter A",    "union_chapters:add_child",   "a",               "LLDDDDDD"),
    ("rename commune A",         "union_chapters:edit",        "ca",              "LLDDYDDY"),
    ("rename district A",        "union_chapters:edit",        "da",              "LLDDDDDY"),
    ("rename chapter A",         "union_chapters:edit",        "a",               "LLDDYDDY"),
    ("move commune A",           "union_chapters:move",        "ca",              "LLDDYDDY"),
    ("move the province",        "union_chapters:move",        "p",               "LLDDDDDD"),
    ("delete commune A",         "union_chapters:delete",      "ca",              "LLDDDDDD"),
    ("history of commune A",     "union_chapters:history",     "ca",              "LLDDYDDY"),
    ("members",                  "union_members:index",        None,              "LLYYYYDY"),
    ("member search results",    "union_members:index_results", None,             "LLYYYYDY"),
    ("add a member",             "union_members:add",          None,              "LLDDDDDD"),
    ("edit member of A",         "union_members:edit",         "member_a",        "LLYDYDDY"),
    ("edit member of B",         "union_members:edit",         "member_b",        "LLDYDYDY"),
    ("move member of A",         "union_members:move",         "member_a",        "LLDDYDDY"),
    ("history of member of A",   "union_members:history",      "member_a",        "LLYDYDDY"),
    ("delete member of A",       "union_members:delete",       "member_a",        "LLDDDDDD"),
    ("roles",                    "union_roles:index",          None,              "LLDDYYDY"),
    ("grant a role",             "union_roles:add",            None,              "LLDDYYDY"),
    ("revoke leader of A",       "union_roles:delete",         "role_leader_a",   "LLDDYDDY"),
    ("revoke the trainer",       "union_roles:delete",         "role_trainer",    "LLDDDDDY"),
    ("edit a role",              "union_roles:edit",           "role_leader_a",   "LLDDDDDD"),
    ("history of leader's role", "union_roles:history",        "role_leader_a",   "LLDDYDDY"),
    ("campaigns",                "union_campaigns:index",      None,              "LLYYYYDY"),
    ("new campaign",             "union_campaigns:add",        None,              "LLYYYYDY"),
    ("edit campaign of A",       "union_campaigns:edit",       "campaign_da",     "LLDDYDDY"),
    ("delete campaign of A",     "union_campaigns:delete",     "campaign_da",     "LLDDYDDY"),
]  # fmt: skip


@pytest.mark.parametrize("person", PEOPLE)
def test_who_may_open_each_union_admin_screen(client, union, person):
    if union.people[person] is not None:
        client.force_login(union.people[person])
    actual, expected = {}, {}
    for screen, url_name, target, marks in SCREENS:
        args = [getattr(union, target).pk] if target else []
        actual[screen] = outcome(client.get(reverse(url_name, args=args)))
        expected[screen] = marks[PEOPLE.index(person)]
    assert actual == expected


def test_union_menu_is_shown_to_leaders_and_officials_only(client, union):
    client.cookies["django_language"] = "en"
    for person, shown in [("leader_a", True), ("official_b", True), ("trainer", False)]:
        client.force_login(union.people[person])
        response = client.get(ADMIN_HOME)
        assert response.status_code == 200
        assert (reverse("union_chapters:index") in response.content.decode()) is shown, person


# The chapter tree


def _listed(response):
    return {node.name: node.member_count for node in response.context["object_list"]}


def test_official_sees_her_district_and_the_members_beneath_it(client, union):
    client.force_login(union.people["official_a"])
    assert _listed(client.get(reverse("union_chapters:index"))) == {"Huyện A": 3}
    assert _listed(client.get(reverse("union_chapters:browse", args=[union.da.pk]))) == {"Xã A": 3}
    assert _listed(client.get(reverse("union_chapters:browse", args=[union.ca.pk]))) == {
        "Chi hội A": 2,
        "Chi hội A2": 1,
    }


def test_superuser_sees_the_roots_with_everyone(client, union):
    client.force_login(union.people["superuser"])
    assert _listed(client.get(reverse("union_chapters:index"))) == {"Tỉnh P": 4}
    assert _listed(client.get(reverse("union_chapters:browse", args=[union.p.pk]))) == {
        "Huyện A": 3,
        "Huyện B": 1,
    }


def test_leader_sees_only_her_chapter(client, union):
    client.force_login(union.people["leader_b"])
    assert _listed(client.get(reverse("union_chapters:index"))) == {"Chi hội B": 1}


def test_tree_page_counts_members_with_one_grouped_query(
    client, union, django_assert_max_num_queries
):
    for _ in range(5):
        MemberFactory(chapter=ChapterFactory(parent=union.ca))
    client.force_login(union.people["official_a"])
    url = reverse("union_chapters:browse", args=[union.ca.pk])
    client.get(url)  # warm the per-process caches (content types, hooks)
    with django_assert_max_num_queries(15):  # Wagtail chrome included; none per row
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 7


def test_browse_breadcrumbs_stop_at_her_own_node(client, union):
    client.force_login(union.people["official_a"])
    response = client.get(reverse("union_chapters:browse", args=[union.ca.pk]))
    labels = [item["label"] for item in response.context["breadcrumbs_items"]]
    assert labels[-2:] == ["Huyện A", "Xã A"]
    assert "Tỉnh P" not in labels


def test_official_adds_a_commune_beneath_her_district(client, union):
    client.force_login(union.people["official_a"])
    response = client.post(
        reverse("union_chapters:add_child", args=[union.da.pk]),
        {"name": "Xã Mới", "code": "xa-moi"},
    )
    assert response.status_code == 302
    commune = Chapter.objects.get(code="xa-moi")
    assert commune.kind == Kind.COMMUNE
    assert commune.get_parent() == union.da
    entry = ModelLogEntry.objects.for_instance(commune).get()
    assert (entry.action, entry.user) == ("wagtail.create", union.people["official_a"])


def test_superuser_adds_a_province_at_the_top(client, union):
    client.force_login(union.people["superuser"])
    response = client.post(reverse("union_chapters:add"), {"name": "Tỉnh Q", "code": "tinh-q"})
    assert response.status_code == 302
    province = Chapter.objects.get(code="tinh-q")
    assert (province.kind, province.depth) == (Kind.PROVINCE, 1)


def test_adding_a_node_with_a_code_in_use_is_refused(client, union):
    client.force_login(union.people["official_a"])
    response = client.post(
        reverse("union_chapters:add_child", args=[union.ca.pk]),
        {"name": "Chi hội trùng", "code": union.b.code},
    )
    assert response.status_code == 200
    assert "code" in response.context["form"].errors


def test_official_renames_a_chapter_and_it_is_logged(client, union):
    client.force_login(union.people["official_a"])
    response = client.post(
        reverse("union_chapters:edit", args=[union.a.pk]), {"name": "Chi hội Hoa Sen", "code": "hs"}
    )
    assert response.status_code == 302
    union.a.refresh_from_db()
    assert (union.a.name, union.a.code) == ("Chi hội Hoa Sen", "hs")
    assert ModelLogEntry.objects.for_instance(union.a).filter(action="wagtail.edit").exists()


def test_official_cannot_rename_her_own_district(client, union):
    client.force_login(union.people["official_a"])
    client.post(reverse("union_chapters:edit", args=[union.da.pk]), {"name": "X", "code": "x"})
    union.da.refresh_from_db()
    assert union.da.name == "Huyện A"


def test_move_a_commune_to_another_district(client, union, home):
    course, _lessons = course_with_lessons(home, lessons=1)
    counters.bump(chapter_id=union.a.pk, course_id=course.pk, started=2, completed=1)
    official = UserFactory()
    memberships.role_grant(user=official, node=union.p, kind=Role.Kind.OFFICIAL)
    client.force_login(official)
    url = reverse("union_chapters:move", args=[union.ca.pk])
    groups = client.get(url).context["form"].fields["parent"].choices
    # Districts grouped under their province, except the district it is in.
    assert [(group, [str(v) for v, _label in choices]) for group, choices in groups[1:]] == [
        ("Tỉnh P", [str(union.db.pk)])
    ]
    response = client.post(url, {"parent": union.db.pk})
    assert response.status_code == 302
    union.ca.refresh_from_db()
    assert union.ca.get_parent() == union.db
    assert Chapter.objects.get(pk=union.a.pk).path.startswith(union.db.path)
    # The counters belong to the chapter: they follow it.
    assert ChapterCourseStats.objects.get(chapter=union.a).started == 2
    entry = ModelLogEntry.objects.for_instance(union.ca).get(action="wagtail.move")
    assert entry.data["source"]["id"] == union.da.pk
    assert entry.data["destination"]["id"] == union.db.pk
    # District B now holds the members of commune A as well.
    assert _listed(client.get(reverse("union_chapters:browse", args=[union.p.pk]))) == {
        "Huyện A": 0,
        "Huyện B": 4,
    }


def test_official_cannot_move_a_node_outside_her_district(client, union):
    client.force_login(union.people["official_a"])
    response = client.post(
        reverse("union_chapters:move", args=[union.ca.pk]), {"parent": union.db.pk}
    )
    assert response.status_code == 200
    assert "parent" in response.context["form"].errors
    assert union.ca.get_parent() == union.da


def test_a_chapter_only_moves_under_a_commune():
    province = ChapterFactory(kind=Kind.PROVINCE)
    district = ChapterFactory(parent=province, kind=Kind.DISTRICT)
    commune = ChapterFactory(parent=district, kind=Kind.COMMUNE)
    chapter = ChapterFactory(parent=commune)
    with pytest.raises(memberships.ValidationError):
        memberships.chapter_move(node=chapter, parent=district)


# Members


def test_member_listing_shows_her_subtree_with_masked_phones(client, union):
    client.force_login(union.people["official_a"])
    response = client.get(reverse("union_members:index"))
    members = list(response.context["object_list"])
    assert {m.pk for m in members} == {
        union.member_a.pk,
        union.member_a_2.pk,
        union.member_a2.pk,
    }
    content = response.content.decode()
    assert "*** " in content
    assert union.member_a.user.phone[-9:] not in content.replace(" ", "")


def test_leader_sees_her_members_phones_in_full(client, union):
    client.force_login(union.people["leader_a"])
    content = client.get(reverse("union_members:index")).content.decode()
    assert "***" not in content
    assert union.member_a.user.phone[-9:] in content.replace(" ", "")


def test_member_listing_query_count_does_not_grow_with_members(
    client, union, django_assert_max_num_queries
):
    for _ in range(15):
        MemberFactory(chapter=union.a)
    client.force_login(union.people["leader_a"])
    url = reverse("union_members:index")
    client.get(url)
    with django_assert_max_num_queries(14):  # Wagtail chrome included; none per row
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 17


def test_member_search_by_phone_and_by_name(client, union):
    client.force_login(union.people["official_a"])
    phone = "0" + union.member_a.user.phone[3:]
    found = client.get(reverse("union_members:index"), {"q": phone}).context["object_list"]
    assert [m.pk for m in found] == [union.member_a.pk]
    found = client.get(reverse("union_members:index"), {"q": "mai"}).context["object_list"]
    assert [m.pk for m in found] == [union.member_a.pk]
    # Her name typed without its marks, as on a phone keyboard: "Lê Thị Mai".
    for typed in ("le thi mai", "LÊ THỊ", "Thi Mai"):
        found = client.get(reverse("union_members:index"), {"q": typed}).context["object_list"]
        assert [m.pk for m in found] == [union.member_a.pk], typed
    # Someone outside her district is not found, even by her number.
    phone_b = "0" + union.member_b.user.phone[3:]
    assert not client.get(reverse("union_members:index"), {"q": phone_b}).context["object_list"]


def test_member_filter_by_node_within_scope(client, union):
    client.force_login(union.people["official_a"])
    url = reverse("union_members:index")
    found = client.get(url, {"chapter": union.a2.pk}).context["object_list"]
    assert [m.pk for m in found] == [union.member_a2.pk]
    # A node outside her scope is not a valid choice: the filter is ignored, scope still holds.
    found = client.get(url, {"chapter": union.b.pk}).context["object_list"]
    assert union.member_b.pk not in {m.pk for m in found}


def test_leader_edits_a_member_of_her_chapter(client, union):
    client.force_login(union.people["leader_a"])
    response = client.post(
        reverse("union_members:edit", args=[union.member_a.pk]),
        {"full_name": "Lê Thị Mai Anh", "birth_year": "1990", "occupation": "farmer"},
    )
    assert response.status_code == 302
    union.member_a.refresh_from_db()
    assert (union.member_a.full_name, union.member_a.birth_year) == ("Lê Thị Mai Anh", 1990)


def test_leader_cannot_edit_a_member_of_another_chapter(client, union):
    client.force_login(union.people["leader_a"])
    client.post(
        reverse("union_members:edit", args=[union.member_b.pk]),
        {"full_name": "X", "birth_year": "", "occupation": ""},
    )
    union.member_b.refresh_from_db()
    assert union.member_b.full_name == "Trần Thị Bình"


def test_moving_a_member_moves_her_counters_and_is_logged(client, union, home):
    course, _lessons = course_with_lessons(home, lessons=1)
    from courses.models import Enrollment

    Enrollment.objects.create(user=union.member_a.user, course=course)
    ChapterCourseStats.objects.all().delete()
    counters.bump(chapter_id=union.a.pk, course_id=course.pk, started=1)
    client.force_login(union.people["official_a"])
    url = reverse("union_members:move", args=[union.member_a.pk])
    response = client.post(url, {"chapter": union.a2.pk})
    assert response.status_code == 302
    assert Member.objects.get(pk=union.member_a.pk).chapter == union.a2
    figures = dict(ChapterCourseStats.objects.values_list("chapter_id", "started"))
    assert figures == {union.a.pk: 0, union.a2.pk: 1}
    entry = ModelLogEntry.objects.for_instance(union.member_a).get()
    assert entry.action == "wagtail.move"
    assert entry.user == union.people["official_a"]
    assert entry.data["destination"] == {"id": union.a2.pk, "title": "Chi hội A2"}


def test_member_cannot_be_moved_outside_the_officials_scope(client, union):
    client.force_login(union.people["official_a"])
    url = reverse("union_members:move", args=[union.member_a.pk])
    response = client.post(url, {"chapter": union.b.pk})
    assert response.status_code == 200
    assert "chapter" in response.context["form"].errors
    assert Member.objects.get(pk=union.member_a.pk).chapter == union.a


def test_moving_a_member_to_her_own_chapter_changes_nothing(union):
    memberships.member_move(member=union.member_a, chapter=union.a)
    assert not ModelLogEntry.objects.for_instance(union.member_a).exists()


# Campaigns


def test_leader_creates_a_campaign_for_her_chapter(client, union, home):
    course, _lessons = course_with_lessons(home, lessons=1)
    client.force_login(union.people["leader_a"])
    url = reverse("union_campaigns:add")
    nodes = [str(v) for v, _label in client.get(url).context["form"].fields["node"].choices]
    assert nodes == ["", str(union.a.pk)]
    response = client.post(
        url,
        {
            "name": "Học trước Tết",
            "node": union.a.pk,
            "courses": [course.pk],
            "starts_on": "2026-01-05",
            "due_on": "2026-02-10",
        },
    )
    assert response.status_code == 302
    campaign = Campaign.objects.get(name="Học trước Tết")
    assert campaign.created_by == union.people["leader_a"]
    assert list(campaign.courses.all()) == [course]
    assert ModelLogEntry.objects.for_instance(campaign).filter(action="wagtail.create").exists()


def test_editing_a_campaign_changes_its_courses(client, union, home):
    first, _lessons = course_with_lessons(home, lessons=1)
    second, _lessons = course_with_lessons(home, lessons=1)
    union.campaign_da.courses.set([first])
    union.campaign_da.save()
    client.force_login(union.people["official_a"])
    response = client.post(
        reverse("union_campaigns:edit", args=[union.campaign_da.pk]),
        {
            "name": "Tháng an toàn số",
            "node": union.ca.pk,
            "courses": [second.pk],
            "starts_on": "2026-03-01",
            "due_on": "2026-04-30",
        },
    )
    assert response.status_code == 302
    campaign = Campaign.objects.get(pk=union.campaign_da.pk)
    assert (campaign.node, list(campaign.courses.all())) == (union.ca, [second])


def test_campaign_due_before_start_is_an_error_on_the_field(client, union, home):
    course, _lessons = course_with_lessons(home, lessons=1)
    client.force_login(union.people["official_a"])
    response = client.post(
        reverse("union_campaigns:add"),
        {
            "name": "Sai ngày",
            "node": union.da.pk,
            "courses": [course.pk],
            "starts_on": "2026-03-01",
            "due_on": "2026-02-01",
        },
    )
    assert response.status_code == 200
    assert "due_on" in response.context["form"].errors


def test_campaign_for_a_node_outside_her_scope_is_refused(client, union, home):
    course, _lessons = course_with_lessons(home, lessons=1)
    client.force_login(union.people["official_b"])
    response = client.post(
        reverse("union_campaigns:add"),
        {
            "name": "Ngoài phạm vi",
            "node": union.da.pk,
            "courses": [course.pk],
            "starts_on": "2026-03-01",
            "due_on": "2026-04-01",
        },
    )
    assert response.status_code == 200
    assert "node" in response.context["form"].errors
    assert not Campaign.objects.filter(name="Ngoài phạm vi").exists()


def test_campaign_listing_is_scoped(client, union):
    Campaign.objects.create(
        name="Của huyện B",
        node=union.db,
        starts_on=datetime.date(2026, 3, 1),
        due_on=datetime.date(2026, 4, 1),
    )
    client.force_login(union.people["official_b"])
    listed = client.get(reverse("union_campaigns:index")).context["object_list"]
    assert [c.name for c in listed] == ["Của huyện B"]


# Admin access


def test_leaders_and_officials_join_the_officials_group(union):
    group = Group.objects.get(name=OFFICIALS_GROUP)
    holders = set(group.user_set.all())
    assert {
        union.people[p] for p in ("leader_a", "leader_b", "official_a", "official_b")
    } == holders
    assert set(group.permissions.values_list("codename", flat=True)) == {"access_admin"}
