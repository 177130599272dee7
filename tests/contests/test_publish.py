"""Publishing a round's results (service and cron command) and the standings recount."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from contests.models import ContestEntry, RoundStanding, UnitParticipation
from contests.services import (
    RoundStillOpen,
    recount_standings,
    round_results_publish,
    standings_recount,
)


def _state(round_):
    standings = sorted(
        RoundStanding.objects.filter(round=round_).values_list(
            "user_id", "chapter_id", "entry_id", "correct", "duration_ms", "prediction"
        )
    )
    units = sorted(
        UnitParticipation.objects.filter(round=round_, contestants__gt=0).values_list(
            "chapter_id", "contestants"
        )
    )
    return standings, units


def test_publish_counts_the_perfect_scores_once(contest_world):
    r1 = contest_world["r1"]
    round_results_publish(round=r1)
    r1.refresh_from_db()
    assert r1.perfect_count == 3
    published_at = r1.results_published_at
    assert published_at is not None
    # A second run (cron every few minutes) changes nothing, even if an attempt appears.
    ContestEntry.objects.filter(round=r1, correct=9).update(correct=10)
    round_results_publish(round=r1)
    r1.refresh_from_db()
    assert (r1.perfect_count, r1.results_published_at) == (3, published_at)


def test_publish_refuses_an_open_round(contest_world):
    with pytest.raises(RoundStillOpen):
        round_results_publish(round=contest_world["r3"])
    contest_world["r3"].refresh_from_db()
    assert contest_world["r3"].results_published_at is None


def test_publish_waits_for_the_grace_of_the_last_answers(contest_world, settings):
    settings.SEN_CONTEST_GRACE_SECONDS = 15
    r2 = contest_world["r2"]
    with pytest.raises(RoundStillOpen):  # answers sent at the close may still arrive
        round_results_publish(round=r2, now=r2.ends_at + timedelta(seconds=14))
    round_results_publish(round=r2, now=r2.ends_at + timedelta(seconds=15))
    r2.refresh_from_db()
    assert r2.perfect_count == 2


def test_the_command_publishes_closed_rounds_and_is_idempotent(contest_world):
    out = StringIO()
    call_command("publish_contest_results", stdout=out)
    assert "2 round(s) published" in out.getvalue()
    for key, perfect in (("r1", 3), ("r2", 2)):
        contest_world[key].refresh_from_db()
        assert contest_world[key].perfect_count == perfect
    contest_world["r3"].refresh_from_db()
    assert contest_world["r3"].results_published_at is None
    out = StringIO()
    call_command("publish_contest_results", stdout=out)
    assert "0 round(s) published" in out.getvalue()


def test_recount_equals_the_standings_kept_on_submit(contest_world):
    for key in ("r1", "r2", "r3"):
        round_ = contest_world[key]
        before = _state(round_)
        assert not standings_recount(round=round_)
        assert _state(round_) == before


def test_recount_repairs_drifted_standings_and_counters(contest_world):
    r1, people = contest_world["r1"], contest_world["people"]
    before = _state(r1)
    RoundStanding.objects.filter(round=r1, user=people["hang"]).update(
        correct=8, duration_ms=200_000
    )
    RoundStanding.objects.filter(round=r1, user=people["mai"]).delete()
    UnitParticipation.objects.filter(round=r1, chapter=contest_world["a"]).update(contestants=9)
    drift = standings_recount(round=r1, fix=False)
    assert (drift.standings, drift.participation) == (2, 1)
    assert _state(r1) != before
    drift = standings_recount(round=r1)
    assert (drift.standings, drift.participation) == (2, 1)
    assert _state(r1) == before


def test_recount_takes_her_best_attempt_and_keeps_the_earlier_on_a_tie(contest_world):
    best, units = recount_standings(contest_world["r1"])
    hang = best[contest_world["people"]["hang"].pk]
    assert (hang.correct, hang.duration_ms, hang.prediction) == (9, 150_000, 3)
    assert units == {contest_world[c].pk: n for c, n in (("a", 3), ("b", 1), ("f", 1), ("e", 2))}


def test_the_official_publishes_a_closed_round_from_its_rankings(client, contest_world, officials):
    world = contest_world
    url = f"/contests/{world['contest'].slug}/rankings/{world['r1'].pk}/"
    public = f"/contests/{world['contest'].slug}/results/{world['r1'].pk}/"
    assert "Vòng thi đã kết thúc" in client.get(public).content.decode()  # not "when it closes"
    client.force_login(officials["province"])
    page = client.get(url).content.decode()
    assert "Công bố kết quả ngay" in page
    response = client.post(url + "publish/")
    assert response.status_code == 302 and response["Location"] == url
    world["r1"].refresh_from_db()
    assert world["r1"].results_published_at is not None and world["r1"].perfect_count == 3
    assert "Công bố kết quả ngay" not in client.get(url).content.decode()
    assert "3 người trả lời đúng tất cả các câu" in client.get(public).content.decode()


@pytest.mark.parametrize("who", ["d1", "member"])
def test_only_who_runs_the_contest_may_publish(client, contest_world, officials, who):
    world = contest_world
    url = f"/contests/{world['contest'].slug}/rankings/{world['r1'].pk}/"
    client.force_login(officials[who])
    if who == "d1":  # she sees her district's rankings, but the contest is the province's
        assert "Công bố kết quả ngay" not in client.get(url).content.decode()
    assert client.post(url + "publish/").status_code == 403
    world["r1"].refresh_from_db()
    assert world["r1"].results_published_at is None


def test_an_open_round_or_one_in_its_grace_is_not_published(client, contest_world, officials):
    world = contest_world
    client.force_login(officials["province"])
    r3 = world["r3"]
    url = f"/contests/{world['contest'].slug}/rankings/{r3.pk}/"
    assert "Công bố kết quả ngay" not in client.get(url).content.decode()
    client.post(url + "publish/")
    r3.ends_at = timezone.now() - timedelta(seconds=5)  # closed, answers still arriving
    r3.save()
    assert "Công bố kết quả ngay" not in client.get(url).content.decode()
    response = client.post(url + "publish/", follow=True)
    assert "chưa công bố được kết quả" in response.content.decode()
    r3.refresh_from_db()
    assert r3.results_published_at is None
