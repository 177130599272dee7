"""Granting and revoking roles in the union admin: scope, groups, staff flag and the log."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.chapters import memberships
from lms.chapters.groups import OFFICIALS_GROUP, TRAINERS_GROUP
from lms.models import Role
from tests.lms.factories import MemberFactory, UserFactory
from tests.lms.test_admin_chapters import build_union

pytestmark = pytest.mark.django_db


@pytest.fixture
def union():
    return build_union()


def national(phone):
    return "0" + phone[3:]


def grant(client, *, phone, node, kind):
    return client.post(
        reverse("union_roles:add"), {"phone": national(phone), "node": node.pk, "kind": kind}
    )


def role_entries(action):
    return ModelLogEntry.objects.filter(content_type__model="role", action=action)


def test_official_appoints_a_leader_beneath_her_district_and_it_is_logged(client, union):
    official = union.people["official_a"]
    person = MemberFactory(chapter=union.a2, full_name="Phạm Thị Hoa").user
    client.force_login(official)
    response = grant(client, phone=person.phone, node=union.a2, kind=Role.Kind.LEADER)
    assert response.status_code == 302
    role = Role.objects.get(user=person)
    assert (role.node, role.kind) == (union.a2, Role.Kind.LEADER)
    entry = role_entries("wagtail.create").get(object_id=str(role.pk))
    assert entry.user == official
    assert "Phạm Thị Hoa" in entry.label
    # She can now open the admin and sees her chapter only.
    assert person.groups.filter(name=OFFICIALS_GROUP).exists()
    client.force_login(person)
    assert client.get(reverse("union_members:index")).status_code == 200


@pytest.mark.parametrize(
    ("granter", "node", "kind"),
    [
        ("official_a", "b", Role.Kind.LEADER),  # another district's chapter
        ("official_a", "p", Role.Kind.OFFICIAL),  # above her district
        ("official_b", "ca", Role.Kind.OFFICIAL),
        ("official_a", "a", Role.Kind.TRAINER),  # only a superuser appoints trainers
    ],
)
def test_granting_outside_her_scope_is_refused(client, union, granter, node, kind):
    person = UserFactory()
    logged = role_entries("wagtail.create").count()
    client.force_login(union.people[granter])
    response = grant(client, phone=person.phone, node=getattr(union, node), kind=kind)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Role.objects.filter(user=person).exists()
    assert role_entries("wagtail.create").count() == logged


def test_leader_cannot_grant_roles(client, union):
    person = UserFactory()
    client.force_login(union.people["leader_a"])
    response = grant(client, phone=person.phone, node=union.a, kind=Role.Kind.LEADER)
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert not Role.objects.filter(user=person).exists()


def test_wrong_kind_of_node_is_an_error_on_the_node_field(client, union):
    person = UserFactory()
    client.force_login(union.people["official_a"])
    response = grant(client, phone=person.phone, node=union.ca, kind=Role.Kind.LEADER)
    assert response.status_code == 200
    assert "node" in response.context["form"].errors


def test_unknown_phone_and_role_held_already_are_form_errors(client, union):
    client.force_login(union.people["official_a"])
    response = grant(client, phone="+84987654321", node=union.a, kind=Role.Kind.LEADER)
    assert "phone" in response.context["form"].errors
    leader = union.people["leader_a"]
    response = grant(client, phone=leader.phone, node=union.a, kind=Role.Kind.LEADER)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert Role.objects.filter(user=leader).count() == 1


def test_official_revokes_a_leader_and_it_is_logged(client, union):
    official, leader = union.people["official_a"], union.people["leader_a"]
    role = Role.objects.get(user=leader)
    client.force_login(official)
    response = client.post(reverse("union_roles:delete", args=[role.pk]))
    assert response.status_code == 302
    assert not Role.objects.filter(pk=role.pk).exists()
    entry = role_entries("wagtail.delete").get(object_id=str(role.pk))
    assert entry.user == official
    assert entry.data["person"] == leader.pk
    # No role left that needs the admin: out of the group, and the admin is closed to her.
    assert not leader.groups.filter(name=OFFICIALS_GROUP).exists()
    client.force_login(leader)
    assert client.get(reverse("union_members:index")).url.startswith("/admin/login/")


def test_revoking_one_of_two_roles_keeps_admin_access(union):
    leader = union.people["leader_a"]
    second = memberships.role_grant(user=leader, node=union.a2, kind=Role.Kind.LEADER)
    memberships.role_revoke(role=second)
    assert leader.groups.filter(name=OFFICIALS_GROUP).exists()


def test_official_of_another_district_cannot_revoke(client, union):
    role = Role.objects.get(user=union.people["leader_a"])
    client.force_login(union.people["official_b"])
    response = client.post(reverse("union_roles:delete", args=[role.pk]))
    assert response.url == "/admin/"
    assert Role.objects.filter(pk=role.pk).exists()
    assert not role_entries("wagtail.delete").exists()


def test_superuser_appoints_and_removes_a_trainer(client, union):
    person = UserFactory()
    client.force_login(union.people["superuser"])
    response = grant(client, phone=person.phone, node=union.p, kind=Role.Kind.TRAINER)
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.is_staff
    assert person.groups.filter(name=TRAINERS_GROUP).exists()
    assert not person.groups.filter(name=OFFICIALS_GROUP).exists()

    second = memberships.role_grant(user=person, node=union.da, kind=Role.Kind.TRAINER)
    memberships.role_revoke(role=second)
    assert person.groups.filter(name=TRAINERS_GROUP).exists()  # one trainer role left

    role = Role.objects.get(user=person)
    client.post(reverse("union_roles:delete", args=[role.pk]))
    person.refresh_from_db()
    assert not person.is_staff
    assert not person.groups.filter(name=TRAINERS_GROUP).exists()
    assert role_entries("wagtail.delete").filter(object_id=str(role.pk)).exists()


def test_revoking_a_leader_role_leaves_trainers_group_alone(union):
    trainer = union.people["trainer"]
    role = memberships.role_grant(user=trainer, node=union.a, kind=Role.Kind.LEADER)
    memberships.role_revoke(role=role)
    assert trainer.groups.filter(name=TRAINERS_GROUP).exists()
    assert not trainer.groups.filter(name=OFFICIALS_GROUP).exists()


def test_role_listing_is_scoped_and_masks_phones(client, union):
    client.force_login(union.people["official_b"])
    response = client.get(reverse("union_roles:index"))
    listed = {(role.user, role.kind) for role in response.context["object_list"]}
    assert listed == {
        (union.people["official_b"], Role.Kind.OFFICIAL),
        (union.people["leader_b"], Role.Kind.LEADER),
    }
    content = response.content.decode()
    assert union.people["leader_b"].phone not in content
    assert national(union.people["leader_b"].phone) not in content.replace(" ", "")


def test_grants_and_revokes_show_in_site_history_for_superusers_only(client, union):
    role = Role.objects.get(user=union.people["leader_b"])
    role_id = str(role.pk)
    memberships.role_revoke(role=role, revoked_by=union.people["official_b"])
    client.force_login(union.people["superuser"])
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    entries = [(entry.action, entry.object_id) for entry in response.context["object_list"]]
    assert ("wagtail.delete", role_id) in entries
    assert sum(action == "wagtail.create" for action, _id in entries) >= 5
    # Officials have no model permissions: other districts' entries stay out of their report.
    client.force_login(union.people["official_a"])
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert not list(response.context["object_list"])


def test_officials_group_is_created_after_migrate():
    group = Group.objects.get(name=OFFICIALS_GROUP)
    assert list(group.permissions.values_list("codename", flat=True)) == ["access_admin"]
