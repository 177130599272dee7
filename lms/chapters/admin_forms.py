"""Forms of the union admin. Every choice of a node is limited to the viewer's scope."""

from django import forms
from django.contrib.auth import get_user_model
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from lms.chapters.memberships import PARENT_KIND
from lms.chapters.scope import scope_filter
from lms.dashboards.reports import ancestor_paths
from lms.members.phones import INVALID_PHONE_MESSAGE, InvalidPhoneNumber, normalize_phone
from lms.models import Chapter, Member, Role


def nodes_in_scope(user):
    """Every node she may act on, in tree order."""
    return Chapter.objects.filter(scope_filter(user)).order_by("path")


class NodeTreeIterator(ModelChoiceIterator):
    """Nodes of several levels as an indented tree, in path order."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        nodes = list(self.queryset)
        top = min((node.depth for node in nodes), default=1)
        for node in nodes:
            indent = "\u00a0\u00a0\u00a0" * (node.depth - top)
            yield (self.choice(node)[0], f"{indent}{node.name} ({node.get_kind_display()})")


class NodeTreeChoiceField(forms.ModelChoiceField):
    iterator = NodeTreeIterator


class GroupedNodeIterator(ModelChoiceIterator):
    """Nodes of one level grouped under the names of the nodes above them (one extra query),
    so that two chapters called "Chi hội 1" in different communes can be told apart."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        nodes = list(self.queryset)
        above = {path for node in nodes for path in ancestor_paths(node.path)[:-1]}
        names = dict(Chapter.objects.filter(path__in=above).values_list("path", "name"))
        groups = {}
        for node in nodes:
            label = " › ".join(names[p] for p in ancestor_paths(node.path)[:-1] if p in names)
            groups.setdefault(label, []).append(self.choice(node))
        for label, choices in groups.items():
            if label:
                yield (label, choices)
            else:
                yield from choices


class GroupedNodeChoiceField(forms.ModelChoiceField):
    iterator = GroupedNodeIterator


class ChapterForm(WagtailAdminModelForm):
    """Name and code of a node; its kind and place follow from where it is added."""

    class Meta:
        model = Chapter
        fields = ["name", "code"]


class ChapterMoveForm(forms.Form):
    parent = GroupedNodeChoiceField(queryset=Chapter.objects.none(), label=_("Move under"))

    def __init__(self, *args, node, user, **kwargs):
        super().__init__(*args, **kwargs)
        current_parent_path = node.path[: -Chapter.steplen]
        self.fields["parent"].queryset = (
            Chapter.objects.filter(scope_filter(user), kind=PARENT_KIND.get(node.kind))
            .exclude(path=current_parent_path)
            .order_by("path")
        )


class MemberForm(WagtailAdminModelForm):
    class Meta:
        model = Member
        fields = ["full_name", "birth_year", "occupation"]


class MemberMoveForm(forms.Form):
    chapter = GroupedNodeChoiceField(queryset=Chapter.objects.none(), label=_("New chapter"))

    def __init__(self, *args, member, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chapter"].queryset = (
            Chapter.objects.filter(scope_filter(user), kind=Chapter.Kind.CHAPTER)
            .exclude(pk=member.chapter_id)
            .order_by("path")
        )


class RoleGrantForm(WagtailAdminModelForm):
    """Grant a role: the person by her phone number, a node within the granter's scope."""

    phone = forms.CharField(
        label=_("Phone number"),
        max_length=32,
        help_text=_("The phone number she signs in with."),
    )
    node = NodeTreeChoiceField(queryset=Chapter.objects.none(), label=_("Node"))

    class Meta:
        model = Role
        fields = ["phone", "node", "kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        self.fields["node"].queryset = nodes_in_scope(user)
        if not user.is_superuser:
            # A trainer authors every course: only a superuser appoints one.
            self.fields["kind"].choices = [
                choice for choice in self.fields["kind"].choices if choice[0] != Role.Kind.TRAINER
            ]

    def clean_phone(self):
        try:
            phone = normalize_phone(self.cleaned_data["phone"])
        except InvalidPhoneNumber as exc:
            raise forms.ValidationError(INVALID_PHONE_MESSAGE) from exc
        person = get_user_model().objects.filter(phone=phone).first()
        if person is None:
            raise forms.ValidationError(
                _("Nobody has signed up with this number. Ask her to sign up first.")
            )
        self.instance.user = person
        return phone

    def clean(self):
        cleaned_data = super().clean()
        instance = self.instance
        node, kind = cleaned_data.get("node"), cleaned_data.get("kind")
        if instance.user_id and node and kind:
            if Role.objects.filter(user_id=instance.user_id, node=node, kind=kind).exists():
                raise forms.ValidationError(_("She already holds this role."))
        return cleaned_data
