"""Phone pages for training sessions: the organiser's (schedule, her list of classes, a class's
page with its QR code and invited list, ticks, closing) and the member's (I will come, add to
calendar, check in by scanning the code)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from classes import ics, selectors, services
from classes.forms import SessionForm
from classes.models import Attendance
from lms.chapters.scope import organising_paths
from lms.invites import links
from lms.models import Member
from offline import protocol

PAGE_SIZE = 30

NO_MEMBER = protocol.Refusal(404, "no_member", gettext_lazy("This member is not on the list."))


def _refused(request, message, status=409, **context):
    """A clear page in her language saying why nothing was recorded, with a way back."""
    return render(request, "classes/refused.html", {"message": message, **context}, status=status)


def _may_organise(user):
    paths = organising_paths(user)
    return paths is None or bool(paths)


def _back(request, fallback):
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _managed(request, pk):
    """The session she runs, or 404 (unknown) / 403 (someone else's units)."""
    session = selectors.managed_session(pk)
    if session is None:
        raise Http404
    if not services.may_manage(request.user, session):
        raise PermissionDenied
    return session


def checkin_url(request, session):
    return request.build_absolute_uri(reverse("classes:check_in", args=[session.code]))


@never_cache
@login_required
@require_safe
def my_sessions(request):
    if not _may_organise(request.user):
        raise PermissionDenied
    return render(
        request,
        "classes/my_sessions.html",
        {"sessions": selectors.organised_sessions(request.user), "now": timezone.now()},
    )


def _form_context(request, form, session):
    """The form, and when its units are listed around one (``form.around``), the links that
    move the list up or down the tree (no script needed)."""
    context = {"form": form, "session": session, "around": form.around}
    if form.around is not None:
        above, beneath = selectors.units_around(request.user, form.around)
        context["unit_links"] = [(unit, f"?host={unit.pk}") for unit in above + beneath]
    return context


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def session_new(request):
    if not _may_organise(request.user):
        raise PermissionDenied
    host = request.GET.get("host", "")  # from a unit's dashboard: held by and for it
    initial = {"host": host, "invited": [host]} if host.isdigit() else {}
    form = SessionForm(request.POST or None, user=request.user, initial=initial, around=host)
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_schedule(organiser=request.user, **form.service_fields())
        except services.SessionRefused as refused:
            return _refused(request, refused.message, refused.status)
        messages.success(request, _("The class is scheduled. Invited members see it now."))
        return redirect("classes:detail", session.pk)
    return render(request, "classes/session_form.html", _form_context(request, form, None))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def session_edit(request, pk):
    session = _managed(request, pk)
    if session.closed_at or session.cancelled_at:
        return _refused(
            request,
            _("This class is closed: nothing can be changed any more.")
            if session.closed_at
            else _("This class was cancelled."),
            session=session,
        )
    initial = SessionForm.initial_for(session)
    form = SessionForm(
        request.POST or None,
        user=request.user,
        initial=initial,
        around=request.GET.get("host") or session.host_id,
        keep=[initial["host"], *initial["invited"]],
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.session_update(session=session, user=request.user, **form.service_fields())
        except services.SessionRefused as refused:
            return _refused(request, refused.message, refused.status, session=session)
        messages.success(request, _("The class is saved."))
        return redirect("classes:detail", session.pk)
    return render(request, "classes/session_form.html", _form_context(request, form, session))


@never_cache
@login_required
@require_safe
def session_detail(request, pk):
    """Her class on her phone: what, when, where, the counts, the QR code, the invited list
    with a tick per member (searched and paged in the database)."""
    session = _managed(request, pk)
    search = request.GET.get("q", "").strip()[:100]
    members = selectors.invited_members(session, request.user, search=search)
    page = Paginator(members, PAGE_SIZE).get_page(request.GET.get("page"))
    opens, closes = services.checkin_window(session)
    now = timezone.now()
    return render(
        request,
        "classes/session_detail.html",
        {
            "session": session,
            "lessons": selectors.session_lessons(session),
            "page": page,
            "search": search,
            "checkin_url": checkin_url(request, session),
            "opens": opens,
            "closes": closes,
            "checkin_open": opens <= now <= closes,
            "is_open": not session.closed_at and not session.cancelled_at,
            "may_close": not session.closed_at
            and not session.cancelled_at
            and now >= session.starts_at,
            "here": request.get_full_path(),
        },
    )


@login_required
@require_safe
def session_qr_svg(request, pk):
    """The check-in QR code: only for those who run the class (it carries the secret)."""
    session = _managed(request, pk)
    response = HttpResponse(
        links.qr_svg(checkin_url(request, session)), content_type="image/svg+xml"
    )
    response["Cache-Control"] = "private, max-age=3600"
    return response


@never_cache
@login_required
@require_safe
def session_sheet(request, pk):
    """A page to print: the QR code big, what and where, the address in letters."""
    session = _managed(request, pk)
    return render(
        request,
        "classes/sheet.html",
        {"session": session, "checkin_url": checkin_url(request, session)},
    )


def _member_or_none(session, user_id):
    return Member.objects.select_related("user", "chapter").filter(user_id=user_id).first()


@login_required
@require_POST
def session_tick(request, pk, user_id):
    session = _managed(request, pk)
    member = _member_or_none(session, user_id)
    if member is None:
        return _refused(request, NO_MEMBER.message, 404, session=session)
    try:
        ticked = services.session_tick(session=session, organiser=request.user, user=member.user)
    except services.SessionRefused as refused:
        return _refused(request, refused.message, refused.status, session=session)
    if ticked:
        messages.success(request, _("%(name)s is ticked as present.") % {"name": member.full_name})
    return redirect(_back(request, reverse("classes:detail", args=[session.pk])))


@login_required
@require_POST
def session_untick(request, pk, user_id):
    session = _managed(request, pk)
    member = _member_or_none(session, user_id)
    if member is None:
        return _refused(request, NO_MEMBER.message, 404, session=session)
    try:
        services.session_untick(session=session, organiser=request.user, user=member.user)
    except services.SessionRefused as refused:
        return _refused(request, refused.message, refused.status, session=session)
    return redirect(_back(request, reverse("classes:detail", args=[session.pk])))


@never_cache
@require_POST
def session_tick_sync(request, pk, user_id):
    """A tick her phone queued without signal, sent now with its key (offline.protocol)."""
    if not request.user.is_authenticated:
        return protocol.SIGNED_OUT.response()
    session = _managed(request, pk)
    key = protocol.request_key(request)
    if key is None:
        return protocol.BAD_KEY.response()
    member = _member_or_none(session, user_id)
    if member is None:
        return NO_MEMBER.response()
    try:
        ticked = services.session_tick(
            session=session, organiser=request.user, user=member.user, client_key=key
        )
    except services.KeyAlreadyUsed:
        return protocol.KEY_USED.response()
    except services.SessionRefused as refused:
        return protocol.Refusal(refused.status, "refused", refused.message).response()
    return protocol.accepted(created=ticked, member=member.full_name)


@login_required
@require_POST
def session_close(request, pk):
    session = _managed(request, pk)
    try:
        closed = services.session_close(session=session, user=request.user)
    except services.SessionRefused as refused:
        return _refused(request, refused.message, refused.status, session=session)
    if closed:
        messages.success(
            request, _("The class is closed. The lessons are counted for those who came.")
        )
    return redirect("classes:detail", session.pk)


@login_required
@require_POST
def session_cancel(request, pk):
    session = _managed(request, pk)
    try:
        services.session_cancel(session=session, user=request.user)
    except services.SessionRefused as refused:
        return _refused(request, refused.message, refused.status, session=session)
    messages.success(request, _("The class is cancelled."))
    return redirect("classes:detail", session.pk)


def _invited_session(request, pk):
    """A class she is invited to, or 404 (unknown, or not for her chapter)."""
    session = selectors.managed_session(pk)
    member = getattr(request.user, "member", None)
    if session is None or member is None or not selectors.is_invited(session, member.chapter):
        raise Http404
    return session


@login_required
@require_POST
def session_reply(request, pk):
    """ "I will come": idempotent."""
    session = _invited_session(request, pk)
    try:
        services.session_reply(session=session, user=request.user)
    except services.SessionRefused as refused:
        return _refused(request, refused.message, refused.status)
    messages.success(request, _("Thank you! The organiser knows you will come."))
    return redirect(_back(request, "/"))


@login_required
@require_safe
def session_calendar(request, pk):
    """The class as a calendar event for her phone (.ics)."""
    session = _invited_session(request, pk)
    text = ics.session_calendar(
        session,
        host=request.get_host().split(":")[0],
        url=request.build_absolute_uri("/"),
        summary=_("Class: %(course)s") % {"course": session.course.title},
        now=timezone.now(),
    )
    response = HttpResponse(text.encode("utf-8"), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="sen-class-{session.pk}.ics"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def check_in(request, code):
    """The address in the QR code. GET shows one button (nothing changes); POST checks her in,
    once. Signed out: sign in, or join an invited chapter, and come back here."""
    session = selectors.session_for_code(code)
    if session is None:
        return _refused(
            request,
            _("This check-in code is not known. Ask the organiser to show the code again."),
            404,
        )
    if session.cancelled_at:
        return _refused(request, _("This class was cancelled."))
    if session.closed_at:
        return _refused(request, _("This class is closed: nothing can be changed any more."))
    here = request.get_full_path()
    if not request.user.is_authenticated:
        return render(
            request,
            "classes/check_in_sign_in.html",
            {"session": session, "here": here, "chapters": selectors.join_chapters(session)},
        )
    if request.method == "POST":
        try:
            result = services.session_check_in(session=session, user=request.user)
        except services.SessionRefused as refused:
            return _refused(request, refused.message, refused.status)
        return render(
            request,
            "classes/check_in_done.html",
            {"session": session, "already": not result.created},
        )
    member = getattr(request.user, "member", None)
    if member is None or not selectors.is_invited(session, member.chapter):
        return _refused(
            request, _("This class is for the members of the invited chapters only."), 403
        )
    if Attendance.objects.filter(session=session, user=request.user).exists():
        return render(request, "classes/check_in_done.html", {"session": session, "already": True})
    opens, closes = services.checkin_window(session)
    now = timezone.now()
    if not opens <= now <= closes:
        return _refused(
            request,
            _("Check-in has not opened yet. It opens %(minutes)s minutes before the class starts.")
            % {"minutes": int(services.checkin_margin().total_seconds() // 60)}
            if now < opens
            else _("Check-in for this class has closed."),
        )
    return render(request, "classes/check_in.html", {"session": session})
