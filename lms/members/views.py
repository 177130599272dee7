from django.contrib import messages
from django.contrib.auth.views import LoginView
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lms.members.forms import SignInForm, SignUpForm
from lms.members.phones import format_phone, mask_phone
from lms.members.services import PhoneAlreadyRegistered, member_signup
from lms.members.throttling import client_ip, signup_counted, signup_throttled
from lms.models import Chapter


def signed_in_already(request):
    """The page a signed-in person gets from sign-in, sign-up or an invite link: on a phone
    shared in the family or the commune hall, whoever is signed in is named, with a way to
    sign out first, so a new member never ends up learning in someone else's account."""
    user = request.user
    member = getattr(user, "member", None)
    return render(
        request,
        "lms/members/signed_in_already.html",
        {
            "name": member.full_name if member else user.get_full_name() or user.get_username(),
            "phone": mask_phone(user.phone) if getattr(user, "phone", "") else "",
            "next": _safe_next(request),
            "here": request.get_full_path(),
        },
    )


class SignInView(LoginView):
    form_class = SignInForm
    template_name = "lms/members/signin.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return signed_in_already(request)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        user = form.get_user()
        first_time = user.last_login is None  # set by login() below
        response = super().form_valid(form)
        member = getattr(user, "member", None)
        if first_time and member is not None:
            messages.success(self.request, _("Welcome to Sen, %s!") % member.full_name)
        return response


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or "/"
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/"


@require_http_methods(["GET", "POST"])
def signup(request, chapter=None):
    """Sign-up that tells nobody whether a phone number has an account.

    Whether the number is new or not, she gets the same page: sign in with that number and
    your password; if the number already had an account, nothing changed and her leader can
    give her a code for a new password. A new number's account is made (the password is
    hashed in both cases, so the time taken tells nothing either); she signs in on the next
    page. Sign-ups are counted per phone number and per address (``signup_throttled``).
    """
    if request.user.is_authenticated:
        return signed_in_already(request)
    form = SignUpForm(request.POST or None, chapter=chapter)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        phone, address = data["phone"], client_ip(request)
        if signup_throttled(phone=phone, address=address):
            return render(request, "lms/members/signup_throttled.html", status=429)
        signup_counted(phone=phone, address=address)
        try:
            member_signup(
                full_name=data["full_name"],
                phone=phone,
                password=data["password1"],
                chapter=form.chapter,
                birth_year=data.get("birth_year"),
                occupation=data.get("occupation", ""),
                consented_at=timezone.now(),  # the form requires the consent box
            )
        except PhoneAlreadyRegistered:
            pass  # her account stays as it was; the page below is the same
        return render(
            request,
            "lms/members/signup_done.html",
            {
                "phone": format_phone(phone),
                "form": SignInForm(request, initial={"username": format_phone(phone)}),
                "next": _safe_next(request),
            },
        )
    return render(
        request,
        "lms/members/signup.html",
        {"form": form, "chapter": chapter, "next": _safe_next(request)},
    )


@require_http_methods(["GET", "POST"])
def join(request, invite_code):
    """The chapter's invite link: sign up straight into that chapter."""
    chapter = Chapter.objects.filter(
        invite_code=invite_code.lower(), kind=Chapter.Kind.CHAPTER
    ).first()
    if chapter is None:
        return render(
            request, "lms/members/join_unknown.html", {"invite_code": invite_code}, status=404
        )
    return signup(request, chapter=chapter)
