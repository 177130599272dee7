"""Forgotten passwords: the leader issues a one-time code, the member sets a new password.

The rules and their reasons are in ``lms/codes.py``.
"""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from lms.dashboards.context import shows_full_phones
from lms.members.phones import format_phone, mask_phone
from lms.members.throttling import client_ip
from lms.models import Member
from lms.resets import codes
from lms.resets.forms import PasswordResetForm, ResetCodeIssueForm


@never_cache
@require_POST
@login_required
def reset_code_issue(request, member_id):
    """The leader's button in her dashboard's member list; 404 for anyone she may not help."""
    member = get_object_or_404(Member.objects.select_related("user", "chapter"), pk=member_id)
    if not codes.may_issue_code(request.user, member):
        raise Http404
    form = ResetCodeIssueForm(request.POST)
    send_by_sms = form.is_valid() and form.cleaned_data["sms"]
    issued = codes.reset_code_issue(member=member, issued_by=request.user, send_by_sms=send_by_sms)
    # The dashboard's rule: full numbers for the chapter's own leader (and superusers) only.
    show = format_phone if shows_full_phones(request.user, member.chapter) else mask_phone
    return render(
        request,
        "lms/reset/issued.html",
        {
            "member": member,
            "phone": show(member.user.phone),
            "code": f"{issued.code[:3]} {issued.code[3:]}",
            "minutes": int(codes.CODE_LIFETIME.total_seconds() // 60),
            "sms_sent": issued.sms_sent,
            "sms_wanted": send_by_sms,
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def password_reset(request):
    """Her phone number, the code and a new password: then she is signed in."""
    form = PasswordResetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        phone = form.cleaned_data["phone"]
        address = client_ip(request)
        if codes.reset_throttled(phone=phone, address=address):
            form.add_error(
                None,
                _(
                    "Too many wrong tries. Please wait 15 minutes, or ask your chapter "
                    "leader for help."
                ),
            )
        else:
            user = codes.reset_code_use(
                phone=phone,
                code=form.cleaned_data["code"],
                password=form.cleaned_data["password1"],
            )
            if user is None:
                codes.reset_failed(phone=phone, address=address)
                form.add_error(
                    "code",
                    _(
                        "This code does not work. Check your phone number and the code, "
                        "or ask your chapter leader for a new code."
                    ),
                )
            else:
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                messages.success(
                    request,
                    _("Your new password is saved and you are signed in. Use it next time."),
                )
                return redirect("/")
    return render(request, "lms/reset/forgot.html", {"form": form})
