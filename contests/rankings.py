"""Read-only queries for the rankings: members per round and overall, units, the public
results, the dashboard's participation section.

Members are ordered by the database (``ORDER BY`` on ``RoundStanding``, the ``standing_rank``
index) and read a page at a time; units are summed from the ``UnitParticipation`` counters
and the chapters' member counts. Every function makes a fixed number of queries, whatever
the number of contestants or chapters. The order is the one of ``contests.rules``.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, F, IntegerField, Q, Sum, Value
from django.db.models.functions import Abs, Coalesce
from django.utils import timezone

from contests import rules
from contests.models import Contest, Round, RoundStanding, UnitParticipation
from contests.rules import NO_PREDICTION, participation_rate
from lms.dashboards.rates import child_prefix
from lms.dashboards.reminders import given_name
from lms.models import Chapter, Member

PAGE_SIZE = 50
PUBLIC_TOP = 20  # members named on the public results page
CERTIFICATE_POOL = 100  # the official picks certificate winners among the first 100
PUBLISHED = "published"
RANK_ORDER = ("-correct", "duration_ms", "closeness", "user_id")


# Rounds -------------------------------------------------------------------------------------


def round_state(round_, now=None):
    """rules.round_state ("upcoming", "open", "closed"), or "published" once its results are."""
    if round_.results_published_at is not None:
        return PUBLISHED
    now = now or timezone.now()
    return rules.round_state(starts_at=round_.starts_at, ends_at=round_.ends_at, now=now)


def contest_rounds(contest):
    """The contest's rounds in order (one query)."""
    return list(Round.objects.filter(contest=contest).order_by("sort_order", "starts_at"))


def ranking_round(rounds, now=None):
    """The round whose rankings matter now: the open one, else the last one that started
    (its results), else the first."""
    now = now or timezone.now()
    started = [r for r in rounds if r.starts_at <= now]
    for round_ in started:
        if now < round_.ends_at:
            return round_
    return started[-1] if started else (rounds[0] if rounds else None)


def round_number(rounds, round_):
    return next((i for i, r in enumerate(rounds, start=1) if r.pk == round_.pk), None)


# Members ------------------------------------------------------------------------------------


@dataclass
class RankedMember:
    rank: int
    user_id: int
    full_name: str
    unit: str  # her chapter's name
    correct: int
    duration_ms: int
    prediction: int | None = None  # per round only
    closeness: int | None = None  # None until the results are published
    rounds: int = 1  # overall: the rounds counted

    @property
    def given_name(self):
        return given_name(self.full_name)

    @property
    def seconds(self):
        return self.duration_ms / 1000


@dataclass
class Ranking:
    rows: list
    page: object  # django Page: number, has_next, ...
    count: int
    published: bool


def _closeness(perfect_count):
    """Her prediction's distance to the round's answer (rules.prediction_closeness, in SQL)."""
    return Coalesce(Abs(F("prediction") - perfect_count), Value(NO_PREDICTION))


def round_standings(round_, node):
    """Standings of the round beneath ``node``, in ranking order (a queryset)."""
    published = round_.results_published_at is not None and round_.perfect_count is not None
    closeness = (
        _closeness(Value(round_.perfect_count))
        if published
        else Value(None, output_field=IntegerField())
    )
    return (
        RoundStanding.objects.filter(round=round_, chapter__path__startswith=node.path)
        .annotate(closeness=closeness)
        .order_by(*RANK_ORDER)
    )


def round_ranking(round_, node, *, page=1, page_size=PAGE_SIZE):
    """One page of the members' ranking of a round beneath ``node``: 3 queries (count, the
    page with names and chapters)."""
    standings = round_standings(round_, node).select_related("user__member", "chapter")
    paged = Paginator(standings, page_size).get_page(page)
    start = paged.start_index()
    rows = [
        RankedMember(
            rank=start + i,
            user_id=s.user_id,
            full_name=_full_name(s.user),
            unit=s.chapter.name,
            correct=s.correct,
            duration_ms=s.duration_ms,
            prediction=s.prediction,
            closeness=_shown(s.closeness),
        )
        for i, s in enumerate(paged.object_list)
    ]
    return Ranking(
        rows=rows,
        page=paged,
        count=paged.paginator.count,
        published=round_.results_published_at is not None,
    )


def _shown(closeness):
    """A distance to show: None until published, or when a prediction is missing."""
    return None if closeness is None or closeness >= NO_PREDICTION else closeness


def _full_name(user):
    member = getattr(user, "member", None)
    return member.full_name if member is not None else ""


def overall_standings(contest, node):
    """Per member beneath ``node``: her best of each published round summed (right answers,
    time, closeness), in ranking order (a grouped queryset of dicts)."""
    return (
        RoundStanding.objects.filter(
            round__contest=contest,
            round__results_published_at__isnull=False,
            chapter__path__startswith=node.path,
        )
        .values("user_id")
        .annotate(
            correct=Sum("correct"),
            duration_ms=Sum("duration_ms"),
            closeness=Sum(_closeness(F("round__perfect_count"))),
            rounds=Count("pk"),
        )
        .order_by(*RANK_ORDER)
    )


def overall_ranking(contest, node, *, page=1, page_size=PAGE_SIZE):
    """One page of the overall ranking: 3 queries (count, the page, its members)."""
    paged = Paginator(overall_standings(contest, node), page_size).get_page(page)
    items = list(paged.object_list)
    members = Member.objects.filter(user_id__in=[i["user_id"] for i in items]).select_related(
        "chapter"
    )
    by_user = {m.user_id: m for m in members}
    start = paged.start_index()
    rows = []
    for i, item in enumerate(items):
        member = by_user.get(item["user_id"])
        rows.append(
            RankedMember(
                rank=start + i,
                user_id=item["user_id"],
                full_name=member.full_name if member else "",
                unit=member.chapter.name if member else "",
                correct=item["correct"],
                duration_ms=item["duration_ms"],
                closeness=_shown(item["closeness"]),
                rounds=item["rounds"],
            )
        )
    return Ranking(rows=rows, page=paged, count=paged.paginator.count, published=True)


def top_members(round_, node, *, n=PUBLIC_TOP):
    """The first ``n`` of the round beneath ``node`` (2 queries: no count)."""
    return round_ranking(round_, node, page=1, page_size=n).rows


def chosen_members(round_, node, user_ids, *, pool=CERTIFICATE_POOL):
    """The members ticked by the official among the first ``pool`` of the round, in rank
    order (2 queries)."""
    wanted = {int(pk) for pk in user_ids}
    return [row for row in top_members(round_, node, n=pool) if row.user_id in wanted]


# Units --------------------------------------------------------------------------------------


@dataclass
class UnitRow:
    node: Chapter
    members: int = 0
    contestants: int = 0
    is_total: bool = False
    rank_by_rate: int = 0
    rank_by_contestants: int = 0

    @property
    def rate(self):
        return participation_rate(self.contestants, self.members)


@dataclass
class UnitTable:
    node: Chapter
    round: Round
    rows: list = field(default_factory=list)  # the node's children, in the chosen order
    total: UnitRow | None = None


UNIT_ORDERS = ("rate", "contestants")


def _rate_key(row):
    return (-(row.rate if row.rate is not None else -1), -row.contestants, row.node.path)


def _contestants_key(row):
    return (-row.contestants, _rate_key(row))


def unit_table(round_, node, *, order="rate"):
    """Each child of ``node`` (the units one level below it, whatever the level) with its
    members, contestants and participation rate in ``round_``, and ``node`` itself as the
    total. 3 queries: children, member counts, participation, grouped by chapter."""
    children = list(node.get_children()) if not node.is_leaf() else []
    rows = {child.path: UnitRow(node=child) for child in children}
    total = UnitRow(node=node, is_total=True)
    depth, steplen = node.depth, Chapter.steplen
    members = Chapter.objects.filter(
        path__startswith=node.path, direct_member_count__gt=0
    ).values_list("path", "direct_member_count")
    for path, n in members:
        total.members += n
        row = rows.get(child_prefix(path, depth, steplen))
        if row is not None:
            row.members += n
    counted = (
        UnitParticipation.objects.filter(
            round=round_, chapter__path__startswith=node.path, contestants__gt=0
        )
        .values("chapter__path")
        .annotate(n=Sum("contestants"))
        .values_list("chapter__path", "n")
    )
    for path, n in counted:
        total.contestants += n
        row = rows.get(child_prefix(path, depth, steplen))
        if row is not None:
            row.contestants += n
    ordered = list(rows.values())
    for position, row in enumerate(sorted(ordered, key=_rate_key), start=1):
        row.rank_by_rate = position
    for position, row in enumerate(sorted(ordered, key=_contestants_key), start=1):
        row.rank_by_contestants = position
    key = _contestants_key if order == "contestants" else _rate_key
    return UnitTable(node=node, round=round_, rows=sorted(ordered, key=key), total=total)


def participation_by_round(rounds, node):
    """[(round, contestants, members, rate)] beneath ``node`` for each round: 2 queries."""
    members = (
        Chapter.objects.filter(path__startswith=node.path).aggregate(
            n=Coalesce(Sum("direct_member_count"), 0)
        )["n"]
        or 0
    )
    counts = dict(
        UnitParticipation.objects.filter(
            round__in=[r.pk for r in rounds], chapter__path__startswith=node.path
        )
        .values("round_id")
        .annotate(n=Sum("contestants"))
        .values_list("round_id", "n")
    )
    return [
        (r, counts.get(r.pk, 0), members, participation_rate(counts.get(r.pk, 0), members))
        for r in rounds
    ]


# The dashboard's section --------------------------------------------------------------------

RECENT_DAYS = 30


@dataclass
class ContestParticipation:
    contest: Contest
    round: Round
    number: int
    state: str
    contestants: int
    members: int

    @property
    def rate(self):
        return participation_rate(self.contestants, self.members)


def dashboard_participation(node, now=None):
    """Contests run at ``node`` or above it, open now or with a round ended in the last 30 days,
    each with its current (or last) round's contestants beneath ``node`` and the rate.
    4 queries whatever the number of contests, rounds and chapters."""
    from lms.dashboards.reports import ancestor_paths

    now = now or timezone.now()
    since = now - timezone.timedelta(days=RECENT_DAYS)
    contests = list(
        Contest.objects.filter(node__path__in=ancestor_paths(node.path), live=True)
        .filter(Q(rounds__ends_at__gte=since) & Q(rounds__starts_at__lte=now))
        .distinct()
        .order_by("-created_at")
    )
    if not contests:
        return []
    rounds_by_contest = {}
    for round_ in Round.objects.filter(contest__in=contests).order_by("sort_order", "starts_at"):
        rounds_by_contest.setdefault(round_.contest_id, []).append(round_)
    shown = []
    for contest in contests:
        rounds = rounds_by_contest.get(contest.pk, [])
        round_ = ranking_round(rounds, now)
        if round_ is not None:
            shown.append((contest, rounds, round_))
    members = (
        Chapter.objects.filter(path__startswith=node.path).aggregate(
            n=Coalesce(Sum("direct_member_count"), 0)
        )["n"]
        or 0
    )
    counts = dict(
        UnitParticipation.objects.filter(
            round__in=[r.pk for _c, _rs, r in shown], chapter__path__startswith=node.path
        )
        .values("round_id")
        .annotate(n=Sum("contestants"))
        .values_list("round_id", "n")
    )
    return [
        ContestParticipation(
            contest=contest,
            round=round_,
            number=round_number(rounds, round_),
            state=round_state(round_, now),
            contestants=counts.get(round_.pk, 0),
            members=members,
        )
        for contest, rounds, round_ in shown
    ]
