"""What the admin's page chooser offers: the pages she may edit (and the pages above them,
to reach them), and pages anyone may see on the site (live, with no view restriction).

Wagtail's page chooser lists every page, drafts included, to anyone who reaches the admin;
leaders and officials, who edit no page, saw the titles of draft courses and lessons there.
Browsing and searching go through ``construct_page_chooser_queryset``
(``courses/wagtail_hooks.py``). Two answers name a page given by id: browsing into it (its
title heads the list) and "chosen"; ``ChoosablePagesBrowseView`` and
``ChoosablePagesChosenView`` are put in front of Wagtail's at the same addresses in
``lms/urls.py``.
"""

from django.db.models import Q
from django.http import Http404
from django.utils.decorators import method_decorator
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy


def pages_user_may_choose(pages, user):
    """``pages`` (a page queryset) narrowed to those she may choose: all for a superuser."""
    if user.is_superuser:
        return pages
    editable = PagePermissionPolicy().explorable_instances(user)
    public = Q(live=True) & ~Page.objects.all().private_q()
    return pages.filter(Q(pk__in=editable.values("pk")) | public)


# Wagtail's admin URLs get require_admin_access from their URLconf; these sit outside it.
@method_decorator(require_admin_access, name="dispatch")
class ChoosablePagesChosenView(ChosenMultipleView):
    def get(self, request):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        # Never the root (Wagtail's view would fail on its missing parent: a 500).
        pages = Page.objects.filter(pk__in=ids, depth__gt=1)
        allowed = pages_user_may_choose(pages, request.user)
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in allowed.values_list("pk", flat=True)])
        return super().get(request)


@method_decorator(require_admin_access, name="dispatch")
class ChoosablePagesBrowseView(BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id is not None:
            parent = Page.objects.filter(pk=parent_page_id, depth__gt=1)
            if parent.exists() and not pages_user_may_choose(parent, request.user).exists():
                raise Http404
        return super().get(request, parent_page_id)
