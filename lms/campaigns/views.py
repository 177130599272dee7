"""Campaign reminders: who was reminded and when, for the leaders and officials above them."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from lms.chapters import scope
from lms.models import CampaignReminder

PER_PAGE = 50


@require_GET
@login_required
def reminders_sent(request, code):
    node = scope.node_she_may_see(request.user, code)
    reminders = (
        CampaignReminder.objects.filter(
            member__chapter__path__startswith=node.path, sent_at__isnull=False
        )
        .select_related("member__chapter", "campaign")
        .order_by("-sent_at", "-pk")
    )
    page = Paginator(reminders, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "lms/campaigns/reminders.html", {"node": node, "page": page})
