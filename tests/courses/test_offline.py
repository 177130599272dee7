"""Learning offline, the courses and quizzes side: saving a course (what it needs, with
sizes measured), and what her phone sends back later (lesson completions and quiz answers),
each recorded exactly once. The installable app and the protocol itself: tests/offline/."""

import json
import re
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from courses.models import Enrollment, LessonCompletion
from lms.models import ChapterCourseStats
from quizzes.models import Attempt
from tests.courses.factories import LessonPageFactory, course_with_lessons, done_url
from tests.lms.factories import MemberFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return MemberFactory().user


@pytest.fixture
def signed_in(client, member):
    client.force_login(member)
    client.cookies["django_language"] = "en"
    return client


def _picture(lesson, title="Ảnh"):
    image = get_image_model().objects.create(title=title, file=get_test_image_file())
    lesson.body = [
        {"type": "text", "value": "<p>Xem hình.</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "Màn hình", "decorative": False},
                "caption": "",
            },
        },
    ]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return image


def _quiz_lesson(lesson, **quiz_options):
    lesson.quiz = QuizFactory(**quiz_options)
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson.quiz


def _offline_bundle(client, course):
    response = client.get(reverse("courses:offline", args=[course.pk]))
    assert response.status_code == 200
    return response.json()


# Saving a course --------------------------------------------------------------------------


def test_course_bundle_lists_course_lessons_pictures_and_quiz_pages_with_sizes(signed_in, home):
    course, lessons = course_with_lessons(home, lessons=3)
    image = _picture(lessons[0])
    quiz = _quiz_lesson(lessons[1])
    data = _offline_bundle(signed_in, course)

    urls = [item["url"] for item in data["items"]]
    pages = [item for item in data["items"] if item["kind"] == "page"]
    next_lesson = lessons[1].url
    assert urls[0] == course.url
    assert [lesson.url for lesson in lessons] == [u for u in urls if u.startswith(course.url)][1:]
    assert f"/quizzes/{quiz.pk}/?next={next_lesson}" in urls
    assert f"/quizzes/{quiz.pk}/offline/?next={next_lesson}" in urls
    pictures = [item for item in data["items"] if item["kind"] == "image"]
    assert len(pictures) == 1
    rendition = image.renditions.get(file__contains="width-720")
    assert pictures[0]["url"] == rendition.url
    assert pictures[0]["bytes"] == rendition.file.size > 0
    for page in pages:
        assert page["bytes"] == len(signed_in.get(page["url"]).content)
    assert data["total_bytes"] == sum(item["bytes"] for item in data["items"])
    assert re.fullmatch(r"This will download about 0\.1 MB\.", data["size_text"])
    assert len(data["version"]) == 16


def test_course_bundle_leaves_out_drafts_unpublished_quizzes_and_restricted_lessons(
    signed_in, home
):
    course, lessons = course_with_lessons(home, lessons=3)
    draft = LessonPageFactory(parent=course, live=False)
    quiz = _quiz_lesson(lessons[0])
    quiz.live = False
    quiz.save()
    PageViewRestriction.objects.create(
        page=lessons[2], restriction_type=PageViewRestriction.PASSWORD, password="bí-mật"
    )
    urls = [item["url"] for item in _offline_bundle(signed_in, course)["items"]]
    assert urls == [course.url, lessons[0].url, lessons[1].url]
    assert draft.url not in urls


def test_no_bundle_for_a_course_that_is_not_live(signed_in, home):
    course, _lessons = course_with_lessons(home, lessons=1)
    course.unpublish()
    assert signed_in.get(reverse("courses:offline", args=[course.pk])).status_code == 404


def test_visitor_gets_the_pages_but_no_quiz_pages(client, home):
    course, lessons = course_with_lessons(home, lessons=1)
    _quiz_lesson(lessons[0])
    urls = [item["url"] for item in _offline_bundle(client, course)["items"]]
    assert urls == [course.url, lessons[0].url]


def test_course_page_offers_save_to_learn_offline_hidden_until_the_script_shows_it(signed_in, home):
    course, _lessons = course_with_lessons(home, lessons=1)
    body = signed_in.get(course.url).content.decode()
    section = re.search(r"<section class=\"offline-save\"[^>]*>", body).group(0)
    assert f'data-manifest="{reverse("courses:offline", args=[course.pk])}"' in section
    assert section.endswith("hidden>")
    assert "Save to learn offline" in body


def test_bundle_sizes_are_measured_once_per_revision(
    signed_in, home, django_assert_max_num_queries
):
    course, lessons = course_with_lessons(home, lessons=4)
    _offline_bundle(signed_in, course)
    with django_assert_max_num_queries(8):
        bundle = _offline_bundle(signed_in, course)  # asserts the 200
    urls = [item["url"] for item in bundle["items"] if item["kind"] == "page"]
    assert [course.url, *(lesson.url for lesson in lessons)] == urls


# Lessons done offline ----------------------------------------------------------------------


def _send_done(client, lesson, key):
    return client.post(reverse("courses:lesson_done_sync", args=[lesson.pk]), {"key": key})


def test_done_sent_twice_with_the_same_key_is_recorded_once(signed_in, member, home):
    course, lessons = course_with_lessons(home, lessons=1)
    key = str(uuid.uuid4())
    first = _send_done(signed_in, lessons[0], key)
    again = _send_done(signed_in, lessons[0], key)
    assert first.status_code == again.status_code == 200
    assert first.json()["status"] == "recorded" and first.json()["course_completed"] is True
    assert again.json()["status"] == "already" and again.json()["course_completed"] is False
    completion = LessonCompletion.objects.get(user=member)
    assert completion.client_key == uuid.UUID(key)
    stats = ChapterCourseStats.objects.get(course=course)
    assert (stats.started, stats.completed) == (1, 1)


def test_two_keys_for_the_same_lesson_make_one_completion_and_one_counter_bump(
    signed_in, member, home
):
    course, lessons = course_with_lessons(home, lessons=1)
    _send_done(signed_in, lessons[0], str(uuid.uuid4()))
    second = _send_done(signed_in, lessons[0], str(uuid.uuid4()))
    assert second.json()["status"] == "already"
    assert LessonCompletion.objects.filter(user=member).count() == 1
    assert Enrollment.objects.get(user=member, course=course).lessons_done == 1
    stats = ChapterCourseStats.objects.get(course=course)
    assert (stats.started, stats.completed) == (1, 1)


def test_done_after_the_form_already_recorded_it_changes_nothing(signed_in, member, home):
    _course, lessons = course_with_lessons(home, lessons=2)
    signed_in.post(done_url(lessons[0]))
    response = _send_done(signed_in, lessons[0], str(uuid.uuid4()))
    assert response.json()["status"] == "already"
    assert LessonCompletion.objects.get(user=member).client_key is None


@pytest.mark.parametrize("key", ["", "not-a-uuid", "1234", "' OR 1=1 --"])
def test_missing_or_tampered_key_is_a_clear_400(signed_in, member, home, key):
    _course, lessons = course_with_lessons(home, lessons=1)
    response = _send_done(signed_in, lessons[0], key)
    assert response.status_code == 400
    assert response.json()["error"] == "bad_key"
    assert not LessonCompletion.objects.exists()


def test_a_key_reused_for_another_lesson_is_refused(signed_in, member, home):
    _course, lessons = course_with_lessons(home, lessons=2)
    key = str(uuid.uuid4())
    _send_done(signed_in, lessons[0], key)
    response = _send_done(signed_in, lessons[1], key)
    assert response.status_code == 400 and response.json()["error"] == "key_used"
    assert LessonCompletion.objects.filter(user=member).count() == 1


def test_done_for_a_lesson_with_a_quiz_asks_for_the_quiz(signed_in, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    _quiz_lesson(lessons[0])
    response = _send_done(signed_in, lessons[0], str(uuid.uuid4()))
    assert response.status_code == 409 and response.json()["error"] == "quiz_required"
    assert not LessonCompletion.objects.exists()


def test_done_from_a_signed_out_phone_is_kept_for_later(client, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    response = _send_done(client, lessons[0], str(uuid.uuid4()))
    assert response.status_code == 401 and response.json()["error"] == "signed_out"


def test_done_needs_the_csrf_token_like_any_form(member, home):
    from django.test import Client

    _course, lessons = course_with_lessons(home, lessons=1)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert _send_done(client, lessons[0], str(uuid.uuid4())).status_code == 403


def test_lesson_form_carries_the_address_for_offline_done(signed_in, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    body = signed_in.get(lessons[0].url).content.decode()
    sync = reverse("courses:lesson_done_sync", args=[lessons[0].pk])
    assert f'data-offline-sync="{sync}"' in body
    assert "data-offline-queued hidden" in body


# Quizzes answered offline ------------------------------------------------------------------


RIGHT = {"q-q1": ["q1a"], "q-q2": ["q2a", "q2b"], "q-q3": ["false"]}
WRONG = {"q-q1": ["q1b"], "q-q2": ["q2c"], "q-q3": ["true"]}


def _served(client, quiz):
    """The signed version token of her offline quiz page, as her phone saved it."""
    body = client.get(reverse("quizzes:offline", args=[quiz.pk])).content.decode()
    return re.search(r'name="served" value="([^"]+)"', body).group(1)


def _send_answers(client, quiz, answers, *, key=None, revision=None, served=None, json_reply=True):
    data = {
        **answers,
        "key": key if key is not None else str(uuid.uuid4()),
        "revision": quiz.live_revision_id if revision is None else revision,
        **({"served": served} if served is not None else {}),
    }
    headers = {"Accept": "application/json"} if json_reply else {}
    return client.post(reverse("quizzes:offline_submit", args=[quiz.pk]), data, headers=headers)


def test_offline_quiz_page_has_questions_and_choices_but_no_answers(signed_in, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0], shuffle_choices=True)
    body = signed_in.get(reverse("quizzes:offline", args=[quiz.pk])).content.decode()
    assert "Ngân hàng có bao giờ hỏi mã OTP không?" in body
    assert 'value="q1a"' in body and 'value="q1b"' in body
    for secret in ("correct", "Phản hồi", "Giải thích", "feedback"):
        assert secret not in body
    assert f'name="revision" value="{quiz.live_revision_id}"' in body


def test_no_served_quiz_page_or_json_carries_the_right_answers(signed_in, home):
    course, lessons = course_with_lessons(home, lessons=1)
    _quiz_lesson(lessons[0])
    bundle = _offline_bundle(signed_in, course)
    assert "correct" not in json.dumps(bundle)
    for item in bundle["items"]:
        body = signed_in.get(item["url"]).content.decode()
        assert "Phản hồi" not in body and "Giải thích" not in body
        assert '"correct"' not in body


def test_offline_answers_are_scored_once_and_complete_the_lesson(signed_in, member, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0])
    key = str(uuid.uuid4())
    first = _send_answers(signed_in, quiz, RIGHT, key=key)
    again = _send_answers(signed_in, quiz, WRONG, key=key)  # a replay cannot change it
    assert first.status_code == again.status_code == 200
    assert first.json()["status"] == "recorded" and first.json()["passed"] is True
    assert again.json()["status"] == "already" and again.json()["score"] == 100
    attempt = Attempt.objects.get(user=member)
    assert attempt.client_key == uuid.UUID(key) and attempt.passed and attempt.is_submitted
    assert first.json()["result_url"].startswith(reverse("quizzes:result", args=[attempt.pk]))
    assert LessonCompletion.objects.filter(user=member, lesson=lessons[0]).count() == 1
    assert signed_in.get(first.json()["result_url"]).status_code == 200


def test_offline_answers_are_scored_against_the_revision_she_was_served(signed_in, member, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0])
    served, token = quiz.live_revision_id, _served(signed_in, quiz)
    # The trainer then makes "Có" the right answer to question 1 and publishes.
    quiz.questions.raw_data[0]["value"]["choices"][0]["value"]["correct"] = False
    quiz.questions.raw_data[0]["value"]["choices"][1]["value"]["correct"] = True
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    assert quiz.live_revision_id != served
    # Naming the old revision without the page's token is refused ...
    assert _send_answers(signed_in, quiz, RIGHT, revision=served).status_code == 400
    # ... with it, her answers are scored against what she was served.
    response = _send_answers(signed_in, quiz, RIGHT, revision=served, served=token)
    assert response.json()["score"] == 100
    assert Attempt.objects.get(user=member).snapshot["revision_id"] == served


def test_a_draft_revision_can_never_score_offline_answers(signed_in, member, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0])
    quiz.pass_mark = 0  # a trainer's draft that anyone would pass
    draft = quiz.save_revision()
    for attempt in (
        {"revision": draft.pk},
        {"revision": draft.pk, "served": "forged"},
        {"revision": draft.pk, "served": _served(signed_in, quiz).replace(":", ";", 1)},
    ):
        response = _send_answers(signed_in, quiz, {"q-q1": ["q1b"]}, **attempt)
        assert response.status_code == 400 and response.json()["error"] == "bad_answers"
    assert not Attempt.objects.exists()
    assert not LessonCompletion.objects.filter(user=member).exists()


def test_a_page_served_to_another_member_or_for_another_quiz_is_refused(signed_in, home):
    _course, lessons = course_with_lessons(home, lessons=2)
    quiz, other_quiz = _quiz_lesson(lessons[0]), _quiz_lesson(lessons[1])
    sister = Client()
    sister.force_login(MemberFactory().user)
    for token in (_served(sister, quiz), _served(signed_in, other_quiz)):
        response = _send_answers(signed_in, quiz, RIGHT, served=token)
        assert response.status_code == 400
    assert not Attempt.objects.exists()


def test_a_member_probing_for_versions_is_stopped_after_twenty_refusals(signed_in, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0])
    for number in range(20):
        assert _send_answers(signed_in, quiz, RIGHT, revision=10_000 + number).status_code == 400
    response = _send_answers(signed_in, quiz, RIGHT, served=_served(signed_in, quiz))
    assert response.status_code == 429 and response.json()["error"] == "too_many_refused"
    assert not Attempt.objects.exists()
    # The same form sent without JavaScript: the site's 429 page, in her language (English).
    page = _send_answers(signed_in, quiz, RIGHT, served=_served(signed_in, quiz), json_reply=False)
    assert page.status_code == 429 and page["Retry-After"] == "3600"
    html = page.content.decode()
    assert '<html lang="en"' in html and "Please wait a little" in html
    assert "Too many answers were refused. Try again in an hour." in html
    assert not Attempt.objects.exists()


def test_offline_answers_take_the_next_number_after_an_open_attempt(signed_in, member, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0])
    signed_in.post(reverse("quizzes:start", args=[quiz.pk]))
    _send_answers(signed_in, quiz, WRONG)
    numbers = dict(Attempt.objects.filter(user=member).values_list("number", "submitted_at"))
    assert sorted(numbers) == [1, 2] and numbers[1] is None and numbers[2] is not None


@pytest.mark.parametrize(
    ("answers", "revision", "key", "error"),
    [
        (RIGHT, None, "nope", "bad_key"),
        (RIGHT, None, "", "bad_key"),
        ({"q-q1": ["q9z"]}, None, None, "bad_answers"),
        ({"q-q1": ["q1a", "q1b"]}, None, None, "bad_answers"),
        ({"q-zz": ["q1a"]}, None, None, "bad_answers"),
        (RIGHT, 999999, None, "bad_answers"),
        (RIGHT, "abc", None, "bad_answers"),
    ],
)
def test_tampered_offline_answers_are_a_clear_400_and_record_nothing(
    signed_in, home, answers, revision, key, error
):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0])
    response = _send_answers(signed_in, quiz, answers, revision=revision, key=key)
    assert response.status_code == 400
    assert response.json()["error"] == error
    assert not Attempt.objects.exists()


def test_a_revision_of_another_quiz_is_refused(signed_in, home):
    _course, lessons = course_with_lessons(home, lessons=2)
    quiz = _quiz_lesson(lessons[0])
    other = _quiz_lesson(lessons[1])
    response = _send_answers(signed_in, quiz, RIGHT, revision=other.live_revision_id)
    assert response.status_code == 400
    assert not Attempt.objects.exists()


def test_offline_answers_beyond_the_attempts_allowed_are_refused(signed_in, member, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0], max_attempts=1)
    _send_answers(signed_in, quiz, WRONG)
    response = _send_answers(signed_in, quiz, RIGHT)
    assert response.status_code == 409 and response.json()["error"] == "no_attempts_left"
    assert Attempt.objects.filter(user=member).count() == 1


def test_offline_answers_without_javascript_lead_to_the_result_page(signed_in, member, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0])
    response = _send_answers(signed_in, quiz, RIGHT, json_reply=False)
    attempt = Attempt.objects.get(user=member)
    assert response.status_code == 302
    assert response["Location"] == reverse("quizzes:result", args=[attempt.pk])


def test_quiz_page_offers_answering_offline_only_when_offline(signed_in, home):
    _course, lessons = course_with_lessons(home, lessons=1)
    quiz = _quiz_lesson(lessons[0])
    body = signed_in.get(reverse("quizzes:detail", args=[quiz.pk])).content.decode()
    offline_url = reverse("quizzes:offline", args=[quiz.pk])
    assert re.search(rf'<p data-offline-only hidden><a [^>]*href="{offline_url}"', body)
    assert "<div data-online-only>" in body


# Sent at the same moment (two tabs, a retry racing the first send) -------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_done_and_answers_sent_at_once_are_recorded_once(home):

    from courses.services import lesson_complete_from_phone
    from quizzes.models import Quiz
    from quizzes.services import attempt_submit_from_phone
    from tests.concurrency import run_concurrently

    course, lessons = course_with_lessons(home, lessons=2)
    quiz = _quiz_lesson(lessons[1])
    user = MemberFactory().user
    done_key, answers_key = uuid.uuid4(), uuid.uuid4()
    data = dict(RIGHT)

    def send(i):
        if i % 2:
            return lesson_complete_from_phone(
                user=user, lesson=lessons[0], course=course, client_key=done_key
            ).changed
        fresh = Quiz.objects.get(pk=quiz.pk)
        return attempt_submit_from_phone(
            user=user,
            quiz=fresh,
            client_key=answers_key,
            revision_id=fresh.live_revision_id,
            data=data,
        )[1]

    results, errors = run_concurrently(send, 12)
    assert errors == []
    assert sum(results) == 2  # one new completion, one new attempt
    assert LessonCompletion.objects.filter(user=user).count() == 2  # the quiz passed lesson 2
    assert Attempt.objects.get(user=user).client_key == answers_key
    stats = ChapterCourseStats.objects.get(course=course)
    assert (stats.started, stats.completed) == (1, 1)
