"""A member taking a contest on her phone: the landing page (public, shareable), the start
page, the questions, submitting and her result. Thin: selectors read, services write,
``contests.rules`` decides."""

import hashlib

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from contests import rules, selectors, services
from contests.forms import StartForm
from contests.share import contest_share_picture
from lms.models import Chapter
from quizzes.presenters import present
from quizzes.scoring import TamperedAnswer, parse_answers

SHARE_PICTURE_VERSION = 1  # bump when the drawing changes


def _contest_or_404(slug):
    contest = selectors.live_contest(slug)
    if contest is None:
        raise Http404("No contest open to members at this address.")
    return contest


def _join_url(request, start_url):
    """Where "Take part" leads someone signed out: her chapter's invite link when the page
    was shared with one (``?invite=``: she signs up as a member of that chapter first), else
    sign-in; both come back to the start page."""
    code = (request.GET.get("invite") or "").strip().lower()
    if code and Chapter.objects.filter(invite_code=code, kind=Chapter.Kind.CHAPTER).exists():
        return f"{reverse('lms:join', args=[code])}?{urlencode({'next': start_url})}"
    return f"{reverse(settings.LOGIN_URL)}?{urlencode({'next': start_url})}"


def _share_image_url(request, contest):
    if contest.picture is not None:
        rendition = contest.picture.get_rendition("fill-1200x630|format-jpeg")
        return request.build_absolute_uri(rendition.url)
    return request.build_absolute_uri(reverse("contests:share_picture", args=[contest.slug]))


@require_safe
def landing(request, slug):
    contest = selectors.live_contest(slug)
    preview = False
    if contest is None:
        # Not open to members yet: its official sees the page as members will.
        contest, preview = selectors.contest_preview(slug, request.user), True
        if contest is None:
            raise Http404("No contest open to members at this address.")
    now = timezone.now()
    page = selectors.landing(contest=contest, user=request.user, now=now)
    start_url = reverse("contests:start", args=[contest.slug])
    current = page.current
    countdown_to = None
    if current is not None and current.state != rules.CLOSED:
        target = current.round.ends_at if current.state == rules.OPEN else current.round.starts_at
        countdown_to = int((target - now).total_seconds())
    return render(
        request,
        "contests/landing.html",
        {
            "contest": contest,
            "preview": preview,
            "page": page,
            "current": current,
            "countdown_seconds": countdown_to,
            "start_url": start_url,
            "join_url": _join_url(request, start_url),
            "og_title": contest.title,
            "og_image": _share_image_url(request, contest),
        },
    )


@require_safe
@cache_control(public=True, max_age=60 * 60)
def share_picture(request, slug):
    """The Open Graph picture of a contest without a picture of its own: its title, intro
    and the QR code of its page, drawn in the site's language and cached."""
    contest = _contest_or_404(slug)
    url = request.build_absolute_uri(reverse("contests:landing", args=[contest.slug]))
    state = f"{url}|{contest.updated_at.isoformat()}"
    digest = hashlib.sha256(state.encode()).hexdigest()[:16]
    key = f"contests:share-picture:v{SHARE_PICTURE_VERSION}:{contest.pk}:{digest}"
    picture = cache.get(key)
    if picture is None:
        with translation.override(settings.LANGUAGE_CODE):
            picture = contest_share_picture(contest, url=url)
        cache.set(key, picture, 60 * 60 * 24)
    return HttpResponse(picture, content_type="image/png")


@require_http_methods(["GET", "POST"])
def start(request, slug):
    """The rules in short, her prediction, and "Start" (POST): the round open now."""
    contest = _contest_or_404(slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    now = timezone.now()
    page = selectors.landing(contest=contest, user=request.user, now=now)
    current = page.current
    form = StartForm(request.POST or None, contest=contest)
    refusal, status = "", 200
    if not page.standing.may_enter:
        refusal, status = services.NotEligible(contest.node.name).message, 403
    elif current is None or current.state != rules.OPEN:
        refusal, status = services.RoundNotOpen.message, 409
    elif page.standing.open_entry is None and not page.standing.may_start:
        refusal, status = services.AttemptsUsedUp.message, 409
    elif request.method == "POST" and form.is_valid():
        try:
            entry = services.entry_start(
                round=current.round,
                user=request.user,
                prediction=form.cleaned_data["prediction"],
                now=now,
            )
        except services.EntryRefused as refused:
            refusal, status = str(refused.message), 409
        else:
            return redirect("contests:take", entry.pk)
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "contests/start.html",
        {
            "contest": contest,
            "page": page,
            "current": current,
            "form": form,
            "refusal": refusal,
        },
        status=status,
    )


def _own_entry_or_404(request, entry_id):
    entry = selectors.own_entry(entry_id=entry_id, user=request.user)
    if entry is None:
        raise Http404("No attempt of hers with this number.")
    return entry


@require_safe
def take(request, entry_id):
    """All her questions on one page, with the time left (the server's count)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    entry = _own_entry_or_404(request, entry_id)
    if entry.submitted_at is not None:
        return redirect("contests:result", entry.pk)
    now = timezone.now()
    return render(
        request,
        "contests/take.html",
        {
            "entry": entry,
            "contest": entry.round.contest,
            "time_is_up": not rules.accepts_answers(deadline_at=entry.deadline_at, now=now),
            "seconds_left": rules.seconds_left(deadline_at=entry.deadline_at, now=now),
            # Never revealed here: the snapshot's right answers stay on the server.
            "questions": present(entry.snapshot),
        },
    )


@require_POST
def submit(request, entry_id):
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("contests:take", args=[entry_id]))
    entry = _own_entry_or_404(request, entry_id)
    if entry.submitted_at is not None:
        return redirect("contests:result", entry.pk)
    try:
        answers = parse_answers(entry.snapshot, request.POST)
    except TamperedAnswer:
        return render(
            request,
            "contests/bad_answers.html",
            {"entry": entry, "contest": entry.round.contest},
            status=400,
        )
    done = services.entry_submit(entry=entry, answers=answers)
    if done.late:
        messages.error(
            request,
            _("Time was up before your answers arrived, so they could not be counted."),
        )
    return redirect("contests:result", entry.pk)


@require_safe
def result(request, entry_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    entry = _own_entry_or_404(request, entry_id)
    if entry.submitted_at is None:
        return redirect("contests:take", entry.pk)
    now = timezone.now()
    revealed = rules.answers_revealed(ends_at=entry.round.ends_at, now=now)
    questions = []
    if revealed:
        answers = {qid: frozenset(ids) for qid, ids in entry.answers.items()}
        questions = present(entry.snapshot, answers=answers, results=entry.results, reveal=True)
    return render(
        request,
        "contests/result.html",
        {
            "entry": entry,
            "contest": entry.round.contest,
            "revealed": revealed,
            "questions": questions,
            "reveal_at": entry.round.ends_at + rules.grace(),
        },
    )
