"""Class counters stay equal to a recount when sessions sharing attendees are closed at the
same moment, each on its own connection (PostgreSQL row locks), one of them twice."""

from datetime import timedelta

import pytest
from django.db.models import Sum

from classes import stats
from classes.models import Attendance, ClassStat, ClassTrained, TrainingSession
from classes.services import session_close
from tests.classes.factories import TrainingSessionFactory, at
from tests.concurrency import run_concurrently
from tests.lms.factories import UserFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_concurrent_closes_count_each_member_trained_once(tree):
    people = list(tree["people"].values())
    hosts = [tree[code] for code in ("a", "b", "e", "c1", "d2", "a")]
    days = ["2026-09-10", "2026-09-10", "2026-10-02", "2026-08-20", "2026-10-30", "2026-09-01"]
    sessions = []
    for i, (host, day) in enumerate(zip(hosts, days, strict=True)):
        session = TrainingSessionFactory(host=host, course=tree["x"], starts_at=at(day))
        session.invited.set([tree["p"]])
        for user in people[i % 3 :: 2]:  # overlapping attendees
            Attendance.objects.create(session=session, user=user, method=Attendance.Method.SCAN)
        sessions.append(session)
    admin = UserFactory(is_superuser=True, is_staff=True)

    def work(i):
        session = TrainingSession.objects.get(pk=sessions[i % len(sessions)].pk)
        return session_close(session=session, user=admin, now=session.ends_at + timedelta(hours=1))

    results, errors = run_concurrently(work, len(sessions) + 2)  # two sessions closed twice
    assert errors == []
    assert sorted(results) == [False, False] + [True] * len(sessions)
    assert stats.recompute() == {}
    came = set(Attendance.objects.values_list("user_id", flat=True))
    assert ClassTrained.objects.count() == len(came)
    totals = ClassStat.objects.aggregate(s=Sum("sessions_held"), t=Sum("members_trained"))
    assert totals == {"s": len(sessions), "t": len(came)}
    # each member counted in the month of her earliest session
    for row in ClassTrained.objects.all():
        first = min(
            Attendance.objects.filter(user_id=row.user_id).values_list(
                "session__starts_at", flat=True
            )
        )
        assert row.month == stats.month_of(first)
