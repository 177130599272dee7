"""The audit trail: every union log entry knows its place in the tree; officials see theirs."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.audit.entries import DELETED_NAME
from lms.chapters import memberships
from lms.imports.rows import Row
from lms.imports.services import members_import
from lms.models import Member, Role
from lms.privacy.services import ERASE_ACTION, ERASED_NAME, member_delete
from lms.resets import codes
from tests.lms.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db

AUDIT = "/admin/union/audit/"


@pytest.fixture(autouse=True)
def _english(client):
    client.cookies["django_language"] = "en"


def entries_for(member, action=None):
    entries = ModelLogEntry.objects.filter(object_id=str(member.pk)).order_by("pk")
    return entries.filter(action=action) if action else entries


# Every kind of entry carries the chapter path


def test_a_member_move_carries_both_chapters(tree, people):
    member = tree["members"]["a"][0].member
    memberships.member_move(member=member, chapter=tree["e"], user=people["superuser"])
    entry = entries_for(member, "wagtail.move").get()
    assert entry.data["chapter_path"] == tree["e"].path
    assert entry.data["from_chapter_path"] == tree["a"].path


def test_imported_members_carry_their_chapter_and_the_one_they_left(tree, people):
    moved = tree["members"]["a"][1].member
    rows = [
        Row(2, "Trần Thị Mai", "0912 000 111", "b", "", ""),
        Row(3, moved.full_name, moved.user.phone, "b", "", ""),
    ]
    members_import(user=people["official_d1"], rows=rows, source="danh-sach.xlsx")
    created = Member.objects.get(user__phone="+84912000111")
    new_entry = entries_for(created, "wagtail.create").get()
    above_b = [tree[key].pk for key in ("province", "d1", "c1", "b")]
    assert new_entry.data == {
        "chapter_path": tree["b"].path,
        "chapter_id": tree["b"].pk,
        "chapter_nodes": "," + ",".join(map(str, sorted(above_b))) + ",",
        "source": "import",
        "file": "danh-sach.xlsx",
    }
    move_entry = entries_for(moved, "wagtail.edit").get()
    assert move_entry.data["chapter_path"] == tree["b"].path
    assert move_entry.data["from_chapter_path"] == tree["a"].path
    assert (move_entry.data["chapter_id"], move_entry.data["from_chapter_id"]) == (
        tree["b"].pk,
        tree["a"].pk,
    )
    assert move_entry.data["chapter_nodes"] == ",{},".format(
        ",".join(map(str, sorted([*above_b, tree["a"].pk])))
    )


def test_role_grants_and_revokes_carry_the_node(tree, people):
    person = UserFactory()
    role = memberships.role_grant(
        user=person, node=tree["b"], kind=Role.Kind.LEADER, granted_by=people["official_d1"]
    )
    role_id = str(role.pk)
    memberships.role_revoke(role=role, revoked_by=people["official_d1"])
    entries = ModelLogEntry.objects.filter(object_id=role_id, content_type__model="role")
    assert {(e.action, e.data["chapter_path"]) for e in entries} == {
        ("wagtail.create", tree["b"].path),
        ("wagtail.delete", tree["b"].path),
    }


def test_chapter_changes_carry_the_chapter(tree, people):
    node = memberships.chapter_add(
        parent=tree["c1"], name="Chi hội F", code="f", user=people["official_d1"]
    )
    entry = ModelLogEntry.objects.get(action="wagtail.create", object_id=str(node.pk))
    assert entry.data["chapter_path"] == node.path


def test_her_own_account_deletion_keeps_the_chapter_but_not_her_name(tree):
    member = tree["members"]["a"][0].member
    name = member.full_name
    member_delete(user=member.user)
    entry = entries_for(member, ERASE_ACTION).get()
    assert entry.data["chapter_path"] == tree["a"].path
    assert entry.label == ERASED_NAME
    assert name not in json.dumps(list(ModelLogEntry.objects.values("label", "data")))


def test_an_administrators_deletion_keeps_the_chapter_but_not_her_name(client, tree, people):
    member = tree["members"]["a"][0].member
    user_id, name = member.pk, member.full_name
    memberships.member_move(member=member, chapter=tree["b"], user=people["superuser"])
    client.force_login(people["superuser"])
    response = client.post(reverse("wagtailusers_users:delete", args=[user_id]))
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user_id).exists()
    deletion = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(user_id))
    assert deletion.data["chapter_path"] == tree["b"].path
    assert deletion.label == DELETED_NAME
    assert name not in json.dumps(list(ModelLogEntry.objects.values("label", "data")))


def test_reset_codes_carry_the_chapter(client, tree, people):
    member = tree["members"]["a"][0].member
    codes.reset_code_issue(member=member, issued_by=people["leader_a"])
    assert entries_for(member, codes.ISSUED).get().data["chapter_path"] == tree["a"].path


def test_a_member_edit_in_the_admin_carries_her_chapter(client, tree, people):
    member = tree["members"]["e"][0].member
    client.force_login(people["official_d2"])
    response = client.post(
        reverse("union_members:edit", args=[member.pk]),
        {"full_name": "Lê Thị Hoa", "birth_year": "", "occupation": ""},
    )
    assert response.status_code == 302
    assert entries_for(member, "wagtail.edit").get().data["chapter_path"] == tree["e"].path


# The audit log in the admin


@pytest.fixture
def history(tree, people):
    """One entry in chapter A, one in chapter E, one move from A to B."""
    in_a = tree["members"]["a"][0].member
    in_e = tree["members"]["e"][0].member
    codes.reset_code_issue(member=in_a, issued_by=people["leader_a"])
    codes.reset_code_issue(member=in_e, issued_by=people["official_d2"])
    moved = tree["members"]["a"][1].member
    memberships.member_move(member=moved, chapter=tree["b"], user=people["official_d1"])
    return {"a": in_a, "e": in_e, "moved": moved}


def listed(client, person, query=""):
    client.force_login(person)
    response = client.get(AUDIT + query)
    assert response.status_code == 200
    return {(e.action, e.object_id) for e in response.context["object_list"]}


def test_an_official_sees_her_subtree_only(client, people, history):
    seen = listed(client, people["official_d1"])
    assert (codes.ISSUED, str(history["a"].pk)) in seen
    assert ("wagtail.move", str(history["moved"].pk)) in seen
    assert all(object_id != str(history["e"].pk) for _action, object_id in seen)

    seen = listed(client, people["official_d2"])
    assert seen == {(codes.ISSUED, str(history["e"].pk))}


def test_a_leader_sees_her_chapter_and_members_who_left_it(client, people, history):
    seen = listed(client, people["leader_a"])
    assert seen == {
        (codes.ISSUED, str(history["a"].pk)),
        ("wagtail.move", str(history["moved"].pk)),
    }
    assert ("wagtail.move", str(history["moved"].pk)) in listed(client, people["leader_b"])


def test_a_superuser_sees_everything_newest_first(client, people, history):
    client.force_login(people["superuser"])
    entries = list(client.get(AUDIT).context["object_list"])
    assert {e.object_id for e in entries} >= {str(m.pk) for m in history.values()}
    assert [e.timestamp for e in entries] == sorted((e.timestamp for e in entries), reverse=True)


def test_the_log_is_filtered_by_action(client, people, history):
    seen = listed(client, people["official_d1"], "?action=wagtail.move")
    assert seen == {("wagtail.move", str(history["moved"].pk))}


def test_the_log_shows_the_unit_and_a_readable_action(client, people, history, tree):
    client.force_login(people["official_d1"])
    body = client.get(AUDIT).content.decode()
    assert tree["a"].name in body
    assert "Code for a new password given by her leader" in body


@pytest.mark.parametrize("who", ["trainer", "member"])
def test_people_without_a_scope_do_not_get_the_log(client, people, history, who):
    client.force_login(people[who])
    response = client.get(AUDIT)
    assert response.status_code in (302, 403)
    assert "object_list" not in (response.context or {})


def test_the_audit_log_is_in_the_reports_menu_for_officials_only(client, people):
    client.force_login(people["official_d1"])
    assert AUDIT in client.get("/admin/").content.decode()
    client.force_login(people["trainer"])
    assert AUDIT not in client.get("/admin/").content.decode()


def test_the_audit_log_pages_by_fifty(client, people, tree):
    member = tree["members"]["a"][0].member
    for _ in range(55):
        codes.reset_code_issue(member=member, issued_by=people["leader_a"])
    client.force_login(people["leader_a"])
    first = client.get(AUDIT)
    assert len(first.context["object_list"]) == 50
    assert len(client.get(AUDIT + "?p=2").context["object_list"]) == 5


def test_the_audit_log_needs_a_fixed_number_of_queries(
    client, people, tree, django_assert_max_num_queries
):
    member = tree["members"]["a"][0].member
    for _ in range(20):
        codes.reset_code_issue(member=member, issued_by=people["leader_a"])
    client.force_login(people["official_d1"])
    client.get(AUDIT)
    with django_assert_max_num_queries(20):
        response = client.get(AUDIT)
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 20


# Wagtail's site history


def test_site_history_shows_officials_no_member_entries(client, people, history):
    for who in ("official_d1", "official_d2", "leader_a"):
        client.force_login(people[who])
        response = client.get(reverse("wagtailadmin_reports:site_history"))
        assert response.status_code == 200
        assert not list(response.context["object_list"])
        body = response.content.decode()
        for member in history.values():
            assert member.full_name not in body
    client.force_login(people["superuser"])
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    ids = {entry.object_id for entry in response.context["object_list"]}
    assert str(history["e"].pk) in ids


def test_site_history_results_and_export_do_not_leak_either(client, people, history):
    client.force_login(people["official_d1"])
    results = client.get(reverse("wagtailadmin_reports:site_history_results"))
    assert history["e"].full_name not in results.content.decode()
    export = client.get(reverse("wagtailadmin_reports:site_history") + "?export=csv")
    content = b"".join(export.streaming_content) if export.streaming else export.content
    assert history["e"].full_name.encode() not in content


def test_a_member_history_in_the_union_admin_is_scoped(client, people, history):
    client.force_login(people["official_d1"])
    url = reverse("union_members:history", args=[history["e"].pk])
    assert client.get(url).status_code in (302, 403)
    client.force_login(people["official_d2"])
    assert client.get(url).status_code == 200


def test_a_new_member_of_chapter_a_is_visible_to_leader_a_after_import(client, people, tree):
    members_import(
        user=people["leader_a"], rows=[Row(2, "Phạm Thị Thu", "0912 000 222", "a", "", "")]
    )
    member = Member.objects.get(user__phone="+84912000222")
    assert ("wagtail.create", str(member.pk)) in listed(client, people["leader_a"])
    assert ("wagtail.create", str(member.pk)) not in listed(client, people["official_d2"])


def test_an_official_of_another_district_does_not_see_a_deleted_members_entries(
    client, people, tree
):
    member = MemberFactory(chapter=tree["e"])
    member_delete(user=member.user)
    assert (ERASE_ACTION, str(member.pk)) in listed(client, people["official_d2"])
    assert (ERASE_ACTION, str(member.pk)) not in listed(client, people["official_d1"])


# Scope that survives re-pathing: nodes are ordered by name, so a node added before its
# siblings changes their paths (and their descendants'); entries follow ids, not paths.

PEOPLE = ["leader_a", "leader_b", "official_d1", "official_d2", "superuser"]


def seen_entries(client, person):
    client.force_login(person)
    response = client.get(AUDIT)
    assert response.status_code == 200
    return {entry.pk for entry in response.context["object_list"]}


@pytest.mark.parametrize(
    ("parent", "name", "code"),
    [
        ("c1", "Chi hội 0 thôn Mới", "chi-0"),  # before chapters A and B
        ("d1", "Xã 0", "xa-0"),  # before commune 1 (and its chapters)
        ("province", "Huyện 0", "huyen-0"),  # before both districts (everything re-paths)
    ],
)
def test_entries_stay_with_their_chapter_when_the_tree_gains_a_node(
    client, tree, people, history, parent, name, code
):
    before = {who: seen_entries(client, people[who]) for who in PEOPLE}
    assert before["leader_a"] and before["official_d2"]  # each sees entries to lose
    old = set(ModelLogEntry.objects.values_list("pk", flat=True))
    old_paths = {key: tree[key].path for key in ("a", "b", "e")}
    client.force_login(people["superuser"])
    response = client.post(
        reverse("union_chapters:add_child", args=[tree[parent].pk]), {"name": name, "code": code}
    )
    assert response.status_code == 302
    new = tree[parent].get_children().get(code=code)
    assert any(  # the addition did re-path existing units
        type(tree[key]).objects.get(pk=tree[key].pk).path != path for key, path in old_paths.items()
    )
    head = UserFactory()
    kind = Role.Kind.LEADER if new.kind == new.Kind.CHAPTER else Role.Kind.OFFICIAL
    memberships.role_grant(user=head, node=new, kind=kind)

    assert {who: seen_entries(client, people[who]) & old for who in PEOPLE} == before
    assert seen_entries(client, head) & old == set()


def test_the_log_names_each_entrys_unit_after_the_tree_changed(client, tree, people, history):
    client.force_login(people["superuser"])
    client.post(
        reverse("union_chapters:add_child", args=[tree["c1"].pk]),
        {"name": "Chi hội 0", "code": "c0"},
    )
    entries = client.get(AUDIT).context["object_list"]
    units = {entry.object_id: entry.unit for entry in entries if entry.action == codes.ISSUED}
    assert units == {str(history["a"].pk): "Chi hội A", str(history["e"].pk): "Chi hội E"}


def test_entries_logged_before_node_ids_get_them_from_the_migration(tree, people, history):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("lms.migrations.0007_audit_node_ids")
    entry = entries_for(history["moved"], "wagtail.move").get()
    old_format = {"chapter_path": tree["b"].path, "from_chapter_path": tree["a"].path}
    ModelLogEntry.objects.filter(pk=entry.pk).update(data=old_format)
    migration.add_node_ids(apps, None)
    entry.refresh_from_db()
    nodes = sorted(tree[key].pk for key in ("province", "d1", "c1", "a", "b"))
    assert entry.data == {
        **old_format,
        "chapter_id": tree["b"].pk,
        "from_chapter_id": tree["a"].pk,
        "chapter_nodes": "," + ",".join(map(str, nodes)) + ",",
    }
