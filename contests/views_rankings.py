"""The rankings pages: live for officials (per round, overall, units, the workbook, the
certificates), and the public results page once a round's results are published."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contests import exports, permissions, rankings, services
from contests.models import Contest
from lms.chapters import scope
from lms.dashboards.reports import ancestor_paths
from lms.models import Chapter


def _contest(slug):
    return get_object_or_404(Contest.objects.select_related("node"), slug=slug)


def _round(rounds, round_id):
    for round_ in rounds:
        if round_.pk == round_id:
            return round_
    raise Http404


def _unit(request, contest):
    """The unit whose rankings she asked for (``?unit=<code>``), or the highest she may see.
    Nobody with a role over the contest's units: 403."""
    roots = permissions.ranking_nodes(request.user, contest)
    if not roots:
        raise PermissionDenied
    code = request.GET.get("unit")
    if not code:
        return roots[0], roots
    unit = get_object_or_404(Chapter, code=code)
    if not permissions.may_see_unit(request.user, contest, unit):
        raise PermissionDenied
    return unit, roots


def _trail(request, contest, unit):
    """The units from the contest's node down to ``unit``: [(node, may she open it)]."""
    paths = [p for p in ancestor_paths(unit.path) if p.startswith(contest.node.path)]
    nodes = Chapter.objects.filter(path__in=paths[:-1]).order_by("path")
    return [(node, scope.can_see(request.user, node)) for node in nodes]


def _query(unit, roots, **params):
    if unit != roots[0]:
        params = {"unit": unit.code, **params}
    return "?" + urlencode(params) if params else ""


def _official_context(request, contest, unit, roots, rounds):
    return {
        "contest": contest,
        "unit": unit,
        "roots": roots,
        "trail": _trail(request, contest, unit),
        "rounds": [
            (number, r, rankings.round_state(r)) for number, r in enumerate(rounds, start=1)
        ],
        "keep_unit": _query(unit, roots),
    }


@login_required
def rankings_home(request, slug):
    contest = _contest(slug)
    unit, roots = _unit(request, contest)
    round_ = rankings.ranking_round(rankings.contest_rounds(contest))
    if round_ is None:
        raise Http404
    url = reverse("contests:round_rankings", args=[contest.slug, round_.pk])
    return redirect(url + _query(unit, roots))


@login_required
def round_rankings(request, slug, round_id):
    """Members of the round beneath her unit, a page of 50, and the units beneath it."""
    contest = _contest(slug)
    unit, roots = _unit(request, contest)
    rounds = rankings.contest_rounds(contest)
    round_ = _round(rounds, round_id)
    order = request.GET.get("order")
    order = order if order in rankings.UNIT_ORDERS else "rate"
    ranking = rankings.round_ranking(round_, unit, page=request.GET.get("page"))
    context = _official_context(request, contest, unit, roots, rounds)
    context.update(
        round=round_,
        number=rankings.round_number(rounds, round_),
        state=rankings.round_state(round_),
        ranking=ranking,
        units=rankings.unit_table(round_, unit, order=order),
        order=order,
        order_urls={o: _query(unit, roots, order=o) for o in rankings.UNIT_ORDERS},
        page_urls=_page_urls(ranking, unit, roots),
        may_publish=(
            round_.results_published_at is None
            and services.round_may_publish(round_)
            and permissions.contest_policy.user_has_permission_for_instance(
                request.user, "change", contest
            )
        ),
    )
    return render(request, "contests/rankings/round.html", context)


@login_required
@require_POST
def round_publish(request, slug, round_id):
    """Her "Publish the results now" once the round has closed: what the cron command does
    (``publish_contest_results``), for whoever may change the contest, without waiting."""
    contest = _contest(slug)
    if not permissions.contest_policy.user_has_permission_for_instance(
        request.user, "change", contest
    ):
        raise PermissionDenied
    round_ = _round(rankings.contest_rounds(contest), round_id)
    try:
        services.round_results_publish(round=round_)
    except services.RoundStillOpen:
        messages.error(request, _("The round has not closed yet: its results cannot be published."))
    return redirect("contests:round_rankings", contest.slug, round_.pk)


def _page_urls(ranking, unit, roots):
    page = ranking.page
    return {
        "previous": _query(unit, roots, page=page.previous_page_number())
        if page.has_previous()
        else None,
        "next": _query(unit, roots, page=page.next_page_number()) if page.has_next() else None,
    }


@login_required
def overall_rankings(request, slug):
    """Members by the sum of their best attempt in each published round."""
    contest = _contest(slug)
    unit, roots = _unit(request, contest)
    rounds = rankings.contest_rounds(contest)
    ranking = rankings.overall_ranking(contest, unit, page=request.GET.get("page"))
    context = _official_context(request, contest, unit, roots, rounds)
    context.update(
        ranking=ranking,
        published_rounds=sum(1 for r in rounds if r.results_published_at),
        page_urls=_page_urls(ranking, unit, roots),
    )
    return render(request, "contests/rankings/overall.html", context)


@login_required
def round_export(request, slug, round_id):
    """The workbook of the round for her unit: winners, units, participation per round."""
    contest = _contest(slug)
    unit, _roots = _unit(request, contest)
    rounds = rankings.contest_rounds(contest)
    round_ = _round(rounds, round_id)
    number = rankings.round_number(rounds, round_)
    winners = rankings.top_members(round_, unit, n=exports.WINNERS)
    sheets = [
        (_("Winners, round %(n)s") % {"n": number}, *exports.winners_table(winners)),
        (
            _("Units, round %(n)s") % {"n": number},
            *exports.units_table(rankings.unit_table(round_, unit)),
        ),
        (
            _("Participation per round"),
            *exports.participation_table(rankings.participation_by_round(rounds, unit)),
        ),
    ]
    response = HttpResponse(
        exports.workbook(sheets),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    filename = f"ket-qua-{slugify(contest.slug)}-vong-{number}-{slugify(unit.code)}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def certificates_pick(request, slug, round_id):
    """The official ticks the winners (or asks for the first N) among the first 100."""
    contest = _contest(slug)
    unit, roots = _unit(request, contest)
    rounds = rankings.contest_rounds(contest)
    round_ = _round(rounds, round_id)
    context = _official_context(request, contest, unit, roots, rounds)
    context.update(
        round=round_,
        number=rankings.round_number(rounds, round_),
        published=round_.results_published_at is not None,
        candidates=rankings.top_members(round_, unit, n=rankings.CERTIFICATE_POOL)
        if round_.results_published_at
        else [],
    )
    return render(request, "contests/rankings/certificates_pick.html", context)


@login_required
def certificates_print(request, slug, round_id):
    """One printable certificate per winner chosen: ``?winner=<id>`` (repeated), or when none
    is ticked ``?top=N``."""
    contest = _contest(slug)
    unit, roots = _unit(request, contest)
    rounds = rankings.contest_rounds(contest)
    round_ = _round(rounds, round_id)
    if round_.results_published_at is None:
        raise Http404
    # One form asks for both: the winners she ticked, or else the first ``top``.
    top = request.GET.get("top", "")
    ids = [v for v in request.GET.getlist("winner") if v.isdigit()]
    if ids:
        winners = rankings.chosen_members(round_, unit, ids)
    elif top.isdigit() and int(top) > 0:
        winners = rankings.top_members(round_, unit, n=min(int(top), rankings.CERTIFICATE_POOL))
    else:
        winners = []
    if not winners:
        url = reverse("contests:certificates_pick", args=[contest.slug, round_.pk])
        return redirect(url + _query(unit, roots, missing=1))
    return render(
        request,
        "contests/rankings/certificates_print.html",
        {
            "contest": contest,
            "round": round_,
            "number": rankings.round_number(rounds, round_),
            "winners": winners,
            "unit": unit,
        },
    )


def public_results(request, slug, round_id=None):
    """Given names and units only, once the round's results are published; before, when
    they will come."""
    contest = _contest(slug)
    if not contest.live:
        raise Http404
    rounds = rankings.contest_rounds(contest)
    if round_id is None:
        published = [r for r in rounds if r.results_published_at]
        round_ = published[-1] if published else rankings.ranking_round(rounds)
        if round_ is None:
            raise Http404
    else:
        round_ = _round(rounds, round_id)
    published = round_.results_published_at is not None
    context = {
        "contest": contest,
        "round": round_,
        "number": rankings.round_number(rounds, round_),
        "rounds": [
            (number, r, r.results_published_at is not None)
            for number, r in enumerate(rounds, start=1)
        ],
        "published": published,
        "state": rankings.round_state(round_),
        "top": rankings.top_members(round_, contest.node) if published else [],
        "units": rankings.unit_table(round_, contest.node) if published else None,
    }
    return render(request, "contests/results.html", context)
