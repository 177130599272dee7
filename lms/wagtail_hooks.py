from wagtail import hooks
from wagtail.permissions import register_permission_policy

from lms.models import Campaign, Chapter, Member, Role
from lms.viewsets import (
    UnionViewSetGroup,
    campaign_policy,
    chapter_policy,
    member_policy,
    role_policy,
)

# Before the viewsets are registered, so that they and every admin view use these policies.
register_permission_policy(Chapter, chapter_policy)
register_permission_policy(Member, member_policy)
register_permission_policy(Role, role_policy)
register_permission_policy(Campaign, campaign_policy)


@hooks.register("register_admin_viewset")
def register_union_viewsets():
    return UnionViewSetGroup()
