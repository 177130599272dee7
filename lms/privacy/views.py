"""The member's own account: the privacy notice, her data as a file, and deleting it all."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lms.members.forms import AccountDeleteForm
from lms.members.phones import format_phone
from lms.models import Member
from lms.privacy.services import AccountNotErasable, member_delete, member_export_data


@require_GET
def privacy_notice(request):
    return render(request, "lms/privacy/notice.html")


@require_GET
@login_required
def account(request):
    member = Member.objects.filter(user=request.user).select_related("chapter").first()
    return render(
        request,
        "lms/privacy/account.html",
        {
            "member": member,
            "phone": format_phone(request.user.phone),
            "can_delete": not request.user.is_superuser,
        },
    )


@require_GET
@login_required
def data_export(request):
    response = JsonResponse(
        member_export_data(user=request.user),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = 'attachment; filename="sen-my-data.json"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def account_delete(request):
    if request.user.is_superuser:
        raise PermissionDenied  # another administrator removes a superuser
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            member_delete(user=request.user)
        except AccountNotErasable as exc:
            raise PermissionDenied from exc
        logout(request)
        messages.success(
            request, _("Your account is deleted. Your name and phone number are no longer in Sen.")
        )
        return redirect("/")
    return render(request, "lms/privacy/delete.html", {"form": form})


@require_POST
@login_required
def reminder_preference(request):
    """Her choice: campaign reminders by text message on or off (a plain form, no JavaScript)."""
    wanted = request.POST.get("sms_reminders") == "on"
    updated = Member.objects.filter(user=request.user).update(sms_reminders=wanted)
    if updated:
        messages.success(
            request,
            _("You will get reminders by text message.")
            if wanted
            else _("You will get no more reminders by text message."),
        )
    return redirect("lms:account")
