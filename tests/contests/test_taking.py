"""A member taking a contest through the pages: who may start, the draw, the clock, double
taps and two tabs, tampered posts, and that no right answer shows before the round closes."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from contests.models import ContestEntry, RoundStanding, UnitParticipation
from tests.contests.factories import (
    ContestQuestionFactory,
    contest_with_round,
    form_data,
    multi_question,
    right_answers,
    tf_question,
)

pytestmark = pytest.mark.django_db


def start(client, contest, prediction="12"):
    return client.post(reverse("contests:start", args=[contest.slug]), {"prediction": prediction})


def html(response):
    return response.content.decode()


def test_member_starts_answers_and_sees_her_score_and_time(client, places, contest):
    contest, round_ = contest
    member = places["members"]["a"][0]
    client.force_login(member)
    response = start(client, contest, prediction="1.234".replace(".", ""))
    entry = ContestEntry.objects.get(user=member)
    assert response.status_code == 302
    assert response["Location"] == reverse("contests:take", args=[entry.pk])
    assert entry.total == 3 and entry.prediction == 1234 and entry.number == 1
    assert entry.deadline_at == entry.started_at + timedelta(seconds=600)
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Thời gian còn lại" in html(page) or "Còn lại" in html(page)
    answers = right_answers(entry)
    wrong_one = next(iter(answers))
    answers[wrong_one] = []  # one left blank
    done = client.post(reverse("contests:submit", args=[entry.pk]), form_data(answers))
    assert done["Location"] == reverse("contests:result", args=[entry.pk])
    result = html(client.get(done["Location"]))
    assert "2/3" in result
    entry.refresh_from_db()
    assert entry.correct == 2 and entry.submitted_at is not None
    assert entry.duration_ms < 60_000


def test_the_draw_follows_the_mix_and_only_live_questions(client, places):
    from contests.models import ContestDrawRule

    contest, round_ = contest_with_round(node=places["p"], questions=2)
    ContestQuestionFactory(live=False)  # a draft in the bank is never drawn
    hard = [ContestQuestionFactory(topic="selling", difficulty="hard") for _ in range(3)]
    ContestDrawRule.objects.create(contest=contest, topic="selling", difficulty="hard", count=1)
    client.force_login(places["members"]["b"][0])
    start(client, contest)
    entry = ContestEntry.objects.get()
    drawn = {int(q["id"]) for q in entry.snapshot["questions"]}
    assert len(drawn) == 3
    assert len(drawn & {q.pk for q in hard}) == 1
    from contests.models import ContestQuestion

    assert set(ContestQuestion.objects.filter(pk__in=drawn).values_list("live", flat=True)) == {
        True
    }


def test_an_outsider_of_another_province_is_refused_with_a_reason(client, places, contest):
    contest, _round = contest
    client.force_login(places["members"]["z"][0])
    page = client.get(reverse("contests:start", args=[contest.slug]))
    assert page.status_code == 403
    assert "Cuộc thi này dành cho hội viên thuộc Tỉnh P" in html(page)
    assert start(client, contest).status_code == 403
    assert not ContestEntry.objects.exists()


def test_someone_who_is_not_a_member_is_refused(client, places, contest):
    from tests.lms.factories import UserFactory

    contest, _round = contest
    client.force_login(UserFactory())
    assert start(client, contest).status_code == 403
    assert not ContestEntry.objects.exists()


def test_a_round_not_open_yet_takes_no_attempt(client, places, contest):
    contest, round_ = contest
    round_.starts_at = timezone.now() + timedelta(hours=2)
    round_.ends_at = timezone.now() + timedelta(days=2)
    round_.save()
    client.force_login(places["members"]["a"][0])
    response = start(client, contest)
    assert response.status_code == 409
    assert "Vòng thi này chưa mở" in html(response)
    assert not ContestEntry.objects.exists()


def test_a_closed_round_takes_no_attempt(client, places, contest):
    contest, round_ = contest
    round_.starts_at = timezone.now() - timedelta(days=3)
    round_.ends_at = timezone.now() - timedelta(minutes=1)
    round_.save()
    client.force_login(places["members"]["a"][0])
    assert start(client, contest).status_code == 409
    assert not ContestEntry.objects.exists()


def test_attempts_used_up_are_refused_and_the_best_counts(client, places, contest):
    contest, round_ = contest
    member = places["members"]["a"][0]
    client.force_login(member)
    for answers_right in (1, 3):
        start(client, contest)
        entry = ContestEntry.objects.get(user=member, submitted_at__isnull=True)
        answers = right_answers(entry)
        for qid in list(answers)[answers_right:]:
            answers[qid] = []
        client.post(reverse("contests:submit", args=[entry.pk]), form_data(answers))
    third = start(client, contest)
    assert third.status_code == 409
    assert "Chị đã dùng hết số lượt thi" in html(third)
    assert ContestEntry.objects.filter(user=member).count() == 2
    standing = RoundStanding.objects.get(user=member)
    assert standing.correct == 3
    assert standing.entry.number == 2
    # Two attempts by one member: her chapter counts one contestant.
    assert UnitParticipation.objects.get(chapter=places["a"]).contestants == 1


def test_double_start_and_two_tabs_open_one_attempt(client, places, contest):
    contest, _round = contest
    member = places["members"]["a"][0]
    client.force_login(member)
    first = start(client, contest)
    second = start(client, contest, prediction="99")  # double tap / the other tab
    assert first["Location"] == second["Location"]
    assert ContestEntry.objects.filter(user=member).count() == 1
    # The start page of the second tab offers to continue the same attempt.
    page = html(client.get(reverse("contests:start", args=[contest.slug])))
    entry = ContestEntry.objects.get()
    assert reverse("contests:take", args=[entry.pk]) in page


def test_double_submit_records_one_result(client, places, contest):
    contest, _round = contest
    member = places["members"]["b"][0]
    client.force_login(member)
    start(client, contest)
    entry = ContestEntry.objects.get()
    url = reverse("contests:submit", args=[entry.pk])
    client.post(url, form_data(right_answers(entry)))
    entry.refresh_from_db()
    stored = (entry.correct, entry.submitted_at, entry.duration_ms)
    again = client.post(url, {})  # the second tab sends nothing right
    assert again["Location"] == reverse("contests:result", args=[entry.pk])
    entry.refresh_from_db()
    assert (entry.correct, entry.submitted_at, entry.duration_ms) == stored
    assert entry.correct == 3
    assert RoundStanding.objects.get().correct == 3
    assert UnitParticipation.objects.get().contestants == 1


def test_answers_after_the_deadline_and_grace_are_not_counted(client, places, contest, settings):
    settings.SEN_CONTEST_GRACE_SECONDS = 15
    contest, _round = contest
    member = places["members"]["c"][0]
    client.force_login(member)
    start(client, contest)
    entry = ContestEntry.objects.get()
    ContestEntry.objects.filter(pk=entry.pk).update(
        started_at=timezone.now() - timedelta(seconds=616),
        deadline_at=timezone.now() - timedelta(seconds=16),
    )
    response = client.post(
        reverse("contests:submit", args=[entry.pk]), form_data(right_answers(entry)), follow=True
    )
    assert "Đã hết giờ" in html(response)
    entry.refresh_from_db()
    assert entry.submitted_at is not None
    assert (entry.correct, entry.answers, entry.duration_ms) == (0, {}, 600_000)
    assert RoundStanding.objects.get().correct == 0


def test_answers_within_the_grace_count(client, places, contest, settings):
    settings.SEN_CONTEST_GRACE_SECONDS = 15
    contest, _round = contest
    client.force_login(places["members"]["c"][0])
    start(client, contest)
    entry = ContestEntry.objects.get()
    ContestEntry.objects.filter(pk=entry.pk).update(
        started_at=timezone.now() - timedelta(seconds=610),
        deadline_at=timezone.now() - timedelta(seconds=10),
    )
    client.post(reverse("contests:submit", args=[entry.pk]), form_data(right_answers(entry)))
    entry.refresh_from_db()
    assert entry.correct == 3
    assert entry.duration_ms == 600_000  # capped at the limit: the grace is the network's


def test_an_attempt_left_open_past_its_time_is_closed_when_she_starts_again(
    client, places, contest
):
    contest, _round = contest
    member = places["members"]["a"][1]
    client.force_login(member)
    start(client, contest)
    first = ContestEntry.objects.get()
    ContestEntry.objects.filter(pk=first.pk).update(
        started_at=timezone.now() - timedelta(hours=1),
        deadline_at=timezone.now() - timedelta(minutes=50),
    )
    start(client, contest)
    first.refresh_from_db()
    assert first.submitted_at is not None and first.correct == 0
    second = ContestEntry.objects.get(submitted_at__isnull=True)
    assert second.number == 2


def test_the_deadline_is_never_after_the_round_closes(client, places, contest):
    contest, round_ = contest
    round_.ends_at = timezone.now() + timedelta(minutes=3)
    round_.save()
    client.force_login(places["members"]["a"][0])
    start(client, contest)
    assert ContestEntry.objects.get().deadline_at == round_.ends_at


@pytest.mark.parametrize(
    "tamper",
    ["unknown_question", "choice_not_served", "two_choices_for_one", "other_question_choice"],
)
def test_tampered_answers_are_refused_without_an_error(client, places, contest, tamper):
    contest, _round = contest
    client.force_login(places["members"]["a"][0])
    start(client, contest)
    entry = ContestEntry.objects.get()
    questions = entry.snapshot["questions"]
    first, second = questions[0], questions[1]
    data = {
        "unknown_question": {"q-999999": ["x"]},
        "choice_not_served": {f"q-{first['id']}": ["not-a-choice"]},
        "two_choices_for_one": {f"q-{first['id']}": [c["id"] for c in first["choices"]]},
        "other_question_choice": {f"q-{first['id']}": [second["choices"][0]["id"]]},
    }[tamper]
    response = client.post(reverse("contests:submit", args=[entry.pk]), data)
    assert response.status_code == 400
    assert "Không đọc được các câu trả lời này" in html(response)
    entry.refresh_from_db()
    assert entry.submitted_at is None  # she may still send her real answers


@pytest.mark.parametrize("prediction", ["abc", "-3", "100001", "", "1e5", "12.5"])
def test_a_prediction_that_is_not_a_whole_number_is_asked_again(
    client, places, contest, prediction
):
    contest, _round = contest
    client.force_login(places["members"]["a"][0])
    response = start(client, contest, prediction=prediction)
    assert response.status_code == 400
    assert 'class="invalid-feedback"' in html(response)
    assert not ContestEntry.objects.exists()


def test_someone_elses_attempt_is_not_found(client, places, contest):
    contest, _round = contest
    client.force_login(places["members"]["a"][0])
    start(client, contest)
    entry = ContestEntry.objects.get()
    client.force_login(places["members"]["a"][1])
    assert client.get(reverse("contests:take", args=[entry.pk])).status_code == 404
    assert client.post(reverse("contests:submit", args=[entry.pk]), {}).status_code == 404
    assert client.get(reverse("contests:result", args=[entry.pk])).status_code == 404


def test_submitting_needs_the_csrf_token(places, contest):
    from django.test import Client

    contest, _round = contest
    client = Client(enforce_csrf_checks=True)
    client.force_login(places["members"]["a"][0])
    page = client.get(reverse("contests:start", args=[contest.slug]))
    token = page.cookies["csrftoken"].value
    client.post(
        reverse("contests:start", args=[contest.slug]),
        {"prediction": "5", "csrfmiddlewaretoken": token},
    )
    entry = ContestEntry.objects.get()
    refused = client.post(reverse("contests:submit", args=[entry.pk]), {})
    assert refused.status_code == 403
    entry.refresh_from_db()
    assert entry.submitted_at is None


def _markers_of_correctness(entry, text):
    """What in ``text`` tells a right choice from a wrong one: the right choices' texts or ids
    appearing differently, explanations, feedback, or words marking correctness."""
    found = []
    for q in entry.snapshot["questions"]:
        if q["explanation"] and q["explanation"] in text:
            found.append(q["explanation"])
        for c in q["choices"]:
            if c["feedback"] and c["feedback"] in text:
                found.append(c["feedback"])
        counts = {text.count(f'value="{c["id"]}"') for c in q["choices"]}
        if len(counts) > 1:
            found.append(f"choice ids of {q['id']} appear unevenly")
    for word in ("correct", "choice-correct", "Đáp án đúng", "tag-ok", "is_right", '"right"'):
        if word in text:
            found.append(word)
    return found


def test_no_right_answer_shows_anywhere_before_the_round_closes(client, places, contest):
    contest, round_ = contest
    multi_question()
    tf_question()
    from contests.models import ContestDrawRule

    ContestDrawRule.objects.filter(contest=contest).update(count=5)
    member = places["members"]["a"][0]
    client.force_login(member)
    start(client, contest)
    entry = ContestEntry.objects.get()
    assert {q["kind"] for q in entry.snapshot["questions"]} == {
        "single_choice",
        "multiple_choice",
        "true_false",
    }
    take = html(client.get(reverse("contests:take", args=[entry.pk])))
    assert _markers_of_correctness(entry, take) == []
    client.post(reverse("contests:submit", args=[entry.pk]), form_data(right_answers(entry)))
    pages = [
        html(client.get(reverse("contests:result", args=[entry.pk]))),
        html(client.get(reverse("contests:landing", args=[contest.slug]))),
        html(client.get(reverse("contests:start", args=[contest.slug]))),
    ]
    for page in pages:
        assert _markers_of_correctness(entry, page) == []
        for q in entry.snapshot["questions"]:
            for c in q["choices"]:
                if c["correct"] and c["text"]:
                    assert c["text"] not in page


def test_after_the_round_closes_the_result_shows_right_answers_and_explanations(
    client, places, contest, settings
):
    settings.SEN_CONTEST_GRACE_SECONDS = 15
    contest, round_ = contest
    client.force_login(places["members"]["a"][0])
    start(client, contest)
    entry = ContestEntry.objects.get()
    client.post(reverse("contests:submit", args=[entry.pk]), {})
    round_.ends_at = timezone.now() - timedelta(seconds=16)
    round_.save()
    page = html(client.get(reverse("contests:result", args=[entry.pk])))
    assert "0/3" in page
    for q in entry.snapshot["questions"]:
        assert q["explanation"] in page
    assert page.count("choice-correct") == 3


def test_the_take_page_counts_down_from_the_servers_deadline(client, places, contest):
    contest, _round = contest
    client.force_login(places["members"]["a"][0])
    start(client, contest)
    entry = ContestEntry.objects.get()
    ContestEntry.objects.filter(pk=entry.pk).update(
        deadline_at=timezone.now() + timedelta(seconds=125)
    )
    page = html(client.get(reverse("contests:take", args=[entry.pk])))
    seconds = int(re.search(r'data-countdown="(\d+)"', page).group(1))
    assert 120 <= seconds <= 125
    assert re.search(r">2:0[0-5]</strong>", page)


@pytest.mark.parametrize("questions", [3, 9])
def test_a_contestants_requests_make_a_fixed_number_of_queries(
    client, places, questions, django_assert_max_num_queries
):
    """Budgets of the requests every contestant makes as a round closes (PostgreSQL counts,
    transactions and savepoints included; docs/performance.md), whatever the number of
    questions: session, user, contest, rounds, her chapter, her attempts on the start page; then
    her attempts in the round, the mix, the live bank ids and the insert to start."""
    contest, round_ = contest_with_round(node=places["p"], questions=questions)
    start_url = reverse("contests:start", args=[contest.slug])
    first, second = places["members"]["a"][:2]
    client.force_login(first)
    with django_assert_max_num_queries(6):
        client.get(start_url)
    # The first draw reads the question bodies (one query) and keeps them served.
    with django_assert_max_num_queries(13):
        start(client, contest)
    entry = ContestEntry.objects.get()
    with django_assert_max_num_queries(3):
        client.get(reverse("contests:take", args=[entry.pk]))
    # Her first attempt sent: the entry, her standing and her chapter's row are created
    # (savepoints included), whatever the number of questions.
    with django_assert_max_num_queries(14):
        client.post(reverse("contests:submit", args=[entry.pk]), form_data(right_answers(entry)))
    with django_assert_max_num_queries(4):
        client.get(reverse("contests:result", args=[entry.pk]))

    # The next contestant of the chapter: the bank's questions come from the cache, her
    # chapter's row is only incremented.
    client.force_login(second)
    with django_assert_max_num_queries(12):
        start(client, contest)
    entry = ContestEntry.objects.get(user=second)
    with django_assert_max_num_queries(11):
        client.post(reverse("contests:submit", args=[entry.pk]), form_data(right_answers(entry)))
