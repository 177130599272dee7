from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import LoginView
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lms.members.forms import SignInForm, SignUpForm
from lms.members.phones import mask_phone
from lms.members.services import PhoneAlreadyRegistered, member_signup
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


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or "/"
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/"


@require_http_methods(["GET", "POST"])
def signup(request, chapter=None):
    if request.user.is_authenticated:
        return signed_in_already(request)
    form = SignUpForm(request.POST or None, chapter=chapter)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = member_signup(
                full_name=data["full_name"],
                phone=data["phone"],
                password=data["password1"],
                chapter=form.chapter,
                birth_year=data.get("birth_year"),
                occupation=data.get("occupation", ""),
                consented_at=timezone.now(),  # the form requires the consent box
            )
        except PhoneAlreadyRegistered:
            form.add_error("phone", _("This phone number already has an account. Please sign in."))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome to Sen, %s!") % data["full_name"])
            return redirect(_safe_next(request))
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
