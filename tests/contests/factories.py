"""Contests, rounds and submitted attempts, created directly with the models."""

from datetime import timedelta

import factory
from django.db.models import F
from django.utils import timezone

from contests.models import Contest, ContestEntry, Round, RoundStanding, UnitParticipation
from contests.rules import is_better


class ContestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contest

    title = factory.Sequence(lambda n: f"Cuộc thi tìm hiểu kỹ năng số {n}")
    slug = factory.Sequence(lambda n: f"cuoc-thi-{n}")
    intro = "Thi trực tuyến cho hội viên."
    rules = "<p>Trả lời 10 câu trong 10 phút.</p>"
    live = True


class RoundFactory(factory.django.DjangoModelFactory):
    """A round that opened a week ago and closes in a day (pass times to change)."""

    class Meta:
        model = Round

    contest = factory.SubFactory(ContestFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=7))
    ends_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=1))
    sort_order = factory.Sequence(lambda n: n)


def closed_round(contest, *, days_ago=1, sort_order=0):
    now = timezone.now()
    return RoundFactory(
        contest=contest,
        starts_at=now - timedelta(days=days_ago + 7),
        ends_at=now - timedelta(days=days_ago),
        sort_order=sort_order,
    )


def submit(round_, user, *, correct, duration_ms, total=10, prediction=None, chapter=None):
    """A submitted attempt, and the standing and participation moved as the submit service
    moves them (her best attempt; her first submitted attempt counts her once)."""
    chapter = chapter or user.member.chapter
    number = ContestEntry.objects.filter(round=round_, user=user).count() + 1
    started = min(timezone.now(), round_.ends_at) - timedelta(milliseconds=duration_ms + 1000)
    entry = ContestEntry.objects.create(
        round=round_,
        user=user,
        chapter=chapter,
        number=number,
        snapshot={"questions": []},
        started_at=started,
        deadline_at=started + timedelta(minutes=10),
        submitted_at=started + timedelta(milliseconds=duration_ms),
        correct=correct,
        total=total,
        duration_ms=duration_ms,
        prediction=prediction,
    )
    standing = RoundStanding.objects.filter(round=round_, user=user).first()
    if standing is None:
        RoundStanding.objects.create(
            round=round_,
            user=user,
            chapter=chapter,
            entry=entry,
            correct=correct,
            duration_ms=duration_ms,
            prediction=prediction,
        )
        row, _ = UnitParticipation.objects.get_or_create(round=round_, chapter=chapter)
        UnitParticipation.objects.filter(pk=row.pk).update(contestants=F("contestants") + 1)
    elif is_better((correct, duration_ms), (standing.correct, standing.duration_ms)):
        standing.entry = entry
        standing.correct, standing.duration_ms = correct, duration_ms
        standing.prediction = prediction
        standing.save()
    return entry
