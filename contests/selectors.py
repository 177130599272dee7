"""Read-only queries of the contest pages and the home panel, each a fixed number of queries."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef

from contests import rules
from contests.models import Contest, ContestEntry, Round
from contests.permissions import contest_policy
from lms.models import Member


def live_contest(slug):
    """The contest at this address if it is open to members (its share picture included)."""
    return Contest.objects.filter(slug=slug, live=True).select_related("node", "picture").first()


def contest_preview(slug, user):
    """The contest at this address, not yet open to members, for someone who may set it up
    (its official, a superuser): she sees its page before members do. Else None."""
    if not user.is_authenticated:
        return None
    contest = (
        Contest.objects.filter(slug=slug, live=False).select_related("node", "picture").first()
    )
    if contest is None or not contest_policy.user_has_permission_for_instance(
        user, "change", contest
    ):
        return None
    return contest


def her_chapter(user):
    """Her chapter (None for someone who is not a member), kept on the user for the request."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_contest_chapter"):
        member = Member.objects.select_related("chapter").filter(user=user).first()
        user._contest_chapter = member.chapter if member else None
    return user._contest_chapter


@dataclass
class RoundView:
    round: Round
    number: int
    state: str


@dataclass
class Standing:
    """Where she stands in a contest: may she enter, her attempts, what she may do now."""

    signed_in: bool = False
    may_enter: bool = False
    entries: list = field(default_factory=list)
    open_entry: ContestEntry | None = None
    attempts_left: int = 0
    may_start: bool = False


@dataclass
class Landing:
    contest: Contest
    rounds: list
    current: RoundView | None
    standing: Standing


def landing(*, contest, user, now):
    """What the landing and start pages show: the rounds with their state, the one they lead
    with (``rules.current_round``) and her standing in it. Three queries at most (rounds, her
    chapter, her attempts)."""
    rounds = list(contest.rounds.order_by("starts_at"))
    views = [
        RoundView(
            round=r,
            number=i,
            state=rules.round_state(starts_at=r.starts_at, ends_at=r.ends_at, now=now),
        )
        for i, r in enumerate(rounds, start=1)
    ]
    current_round, _state = rules.current_round(rounds, now=now)
    current = next((v for v in views if v.round is current_round), None)
    standing = Standing(signed_in=user.is_authenticated)
    chapter = her_chapter(user)
    if chapter is not None:
        standing.may_enter = rules.may_enter(chapter_path=chapter.path, node_path=contest.node.path)
        standing.entries = list(
            ContestEntry.objects.filter(user=user, round__contest=contest)
            .select_related("round")
            .order_by("round__starts_at", "number")
        )
        for entry in standing.entries:
            entry.round_number = next((v.number for v in views if v.round.pk == entry.round_id), 0)
    if current is not None and current.state == rules.OPEN:
        in_round = [e for e in standing.entries if e.round_id == current.round.pk]
        standing.open_entry = next(
            (
                e
                for e in in_round
                if e.submitted_at is None
                and rules.accepts_answers(deadline_at=e.deadline_at, now=now)
            ),
            None,
        )
        # Attempts she may still start: her open attempt counts as one used (one whose time
        # ran out is closed when she starts the next).
        standing.attempts_left = rules.attempts_left(
            attempts_per_round=contest.attempts_per_round, used=len(in_round)
        )
        standing.may_start = standing.may_enter and (
            standing.open_entry is not None or standing.attempts_left > 0
        )
    return Landing(contest=contest, rounds=views, current=current, standing=standing)


def own_entry(*, entry_id, user):
    """Her attempt with its round and contest, or None (someone else's is None too)."""
    if not user.is_authenticated:
        return None
    return (
        ContestEntry.objects.filter(pk=entry_id, user=user)
        .select_related("round__contest__node")
        .first()
    )


def open_rounds_for(*, user, now):
    """The rounds open now of live contests she may enter (her chapter beneath their node),
    with their contests, soonest closing first: one query whatever the number of contests
    (her chapter is matched in the database, never loaded)."""
    if not user.is_authenticated:
        return []
    her_chapter_beneath = Member.objects.filter(
        user_id=user.pk, chapter__path__startswith=OuterRef("contest__node__path")
    )
    return list(
        Round.objects.filter(
            Exists(her_chapter_beneath),
            contest__live=True,
            starts_at__lte=now,
            ends_at__gt=now,
        )
        .select_related("contest")
        .order_by("ends_at", "pk")
    )
