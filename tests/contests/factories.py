"""Contests, rounds and bank questions made straight with the models (the contest admin is
another part). Bank questions are raw StreamField data with fixed ids, like the quiz
factories, so tests know which choice is right."""

from datetime import timedelta

import factory
from django.db.models import F
from django.utils import timezone

from contests import rules
from contests.models import (
    Contest,
    ContestDrawRule,
    ContestEntry,
    ContestQuestion,
    Round,
    RoundStanding,
    UnitParticipation,
)
from tests.lms.factories import ChapterFactory
from tests.quizzes.factories import multiple, single, true_false


class ContestQuestionFactory(factory.django.DjangoModelFactory):
    """A live bank question: single choice, choice ids ``<block id>a`` (right) and ``…b``."""

    class Meta:
        model = ContestQuestion

    topic = "safety"
    difficulty = "easy"
    live = True
    question = factory.Sequence(
        lambda n: [
            single(
                f"b{n}-",
                f"Câu hỏi số {n}: ngân hàng có hỏi mã OTP không?",
                ((f"Không bao giờ {n}", True), (f"Có {n}", False)),
                explanation=f"Giải thích {n}: không ai được hỏi mã OTP.",
            )
        ]
    )


def tf_question(**fields):
    return ContestQuestionFactory(
        question=[true_false(f"tf{ContestQuestion.objects.count()}", "Đúng hay sai?", "false")],
        **fields,
    )


def multi_question(**fields):
    n = ContestQuestion.objects.count()
    return ContestQuestionFactory(
        question=[
            multiple(
                f"m{n}-",
                "Dấu hiệu link giả?",
                (("Tên miền lạ", True), ("Đuôi .top", True), ("Có chữ https", False)),
            )
        ],
        **fields,
    )


class ContestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contest

    node = factory.SubFactory(ChapterFactory)
    title = factory.Sequence(lambda n: f"Cuộc thi tìm hiểu an toàn trên mạng {n}")
    slug = factory.Sequence(lambda n: f"cuoc-thi-{n}")
    intro = "Trả lời nhanh, đúng nhiều để nhận giải."
    rules = "<p>Mỗi lượt thi có 10 phút.</p>"
    prizes = "Giải nhất: một điện thoại."
    time_limit_seconds = 600
    attempts_per_round = 2
    live = True


def contest_with_round(*, node, questions=3, attempts=2, time_limit=600, opened=None, **fields):
    """A live contest for ``node`` whose mix draws ``questions`` easy safety questions (the bank
    gets exactly that many, all drawn), with one round open now (opened an hour ago, closing
    in ``closes_in``)."""
    now = timezone.now()
    contest = ContestFactory(
        node=node, attempts_per_round=attempts, time_limit_seconds=time_limit, **fields
    )
    ContestDrawRule.objects.create(
        contest=contest, topic="safety", difficulty="easy", count=questions
    )
    for _ in range(questions):
        ContestQuestionFactory()
    round_ = Round.objects.create(
        contest=contest,
        starts_at=opened or now - timedelta(hours=1),
        ends_at=now + timedelta(days=6),
        sort_order=0,
    )
    return contest, round_


def right_answers(entry):
    """{question id: [right choice ids]} of an attempt's snapshot (the test's oracle)."""
    return {
        q["id"]: [c["id"] for c in q["choices"] if c["correct"]]
        for q in entry.snapshot["questions"]
    }


def form_data(answers):
    """Answers as the question page posts them."""
    return {f"q-{qid}": list(ids) for qid, ids in answers.items()}


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
    """A submitted attempt made with the models (its score given, no questions), and the
    standing and participation moved as ``services.entry_submit`` moves them: her best attempt;
    her first submitted attempt counts her once, in its chapter."""
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
    elif rules.is_better(
        rules.Result(correct, duration_ms), rules.Result(standing.correct, standing.duration_ms)
    ):
        standing.entry = entry
        standing.correct, standing.duration_ms = correct, duration_ms
        standing.prediction = prediction
        standing.save()
    return entry
