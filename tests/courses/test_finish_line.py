"""The finish line: completing a course, by its last lesson or by its quiz, leads to her
"course completed" page: congratulations, her certificate (page and PDF), sharing to Zalo and
Facebook, and the next course. My learning and the course page lead there too."""

from urllib.parse import quote

import pytest
from django.urls import reverse

from lms.models import Certificate
from tests.courses.factories import course_with_lessons, done_url
from tests.courses.test_quiz_completion import RIGHT, WRONG, take, with_quiz
from tests.lms.factories import MemberFactory
from tests.quizzes.factories import QuizFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_client(client):
    client.user = MemberFactory().user
    client.force_login(client.user)
    return client


@pytest.fixture
def courses(home):
    """Three courses in tree order: "Bán hàng" (2 lessons), "An toàn" and "Mạng xã hội"."""
    selling = course_with_lessons(home, lessons=2, title="Bán hàng trên mạng")
    safety = course_with_lessons(home, lessons=1, title="An toàn tài khoản")
    social = course_with_lessons(home, lessons=1, title="Mạng xã hội")
    return selling, safety, social


def finish_url(course):
    return f"{course.url}completed/"


def finish_course(client, lessons):
    response = None
    for lesson in lessons:
        response = client.post(done_url(lesson))
    return response


def test_the_last_lesson_done_leads_to_the_finish_line(member_client, courses):
    (selling, lessons), (safety, _), _social = courses
    assert member_client.post(done_url(lessons[0]))["Location"] == lessons[1].url  # not yet
    response = member_client.post(done_url(lessons[1]))
    assert response.status_code == 302 and response["Location"] == finish_url(selling)

    page = member_client.get(finish_url(selling))
    html = page.content.decode()
    certificate = Certificate.objects.get(user=member_client.user, course=selling)
    verify_url = f"http://testserver/verify/{certificate.code}/"
    assert page.status_code == 200
    assert "Chúc mừng!" in html and "Bán hàng trên mạng" in html
    assert f'href="/certificates/{certificate.code}/"' in html
    assert f'href="/certificates/{certificate.code}/pdf/"' in html
    # Zalo: a message to copy, with the public check page; Facebook: its sharer.
    assert "Tin nhắn để gửi qua Zalo" in html and verify_url in html
    assert f"https://www.facebook.com/sharer/sharer.php?u={quote(verify_url, safe='')}" in html
    # The next course: the first one on the home page she has not finished.
    assert "Khóa học tiếp theo" in html
    assert f'href="{safety.url}"' in html


def test_the_next_course_skips_those_she_finished_and_ends_with_a_word(member_client, courses):
    (selling, selling_lessons), (safety, safety_lessons), (social, social_lessons) = courses
    finish_course(member_client, safety_lessons)
    finish_course(member_client, selling_lessons)
    html = member_client.get(finish_url(selling)).content.decode()
    assert f'href="{social.url}"' in html and f'class="card-link" href="{safety.url}"' not in html
    finish_course(member_client, social_lessons)
    html = member_client.get(finish_url(social)).content.decode()
    assert "Chị đã học xong tất cả các khóa học" in html
    assert 'class="card-link"' not in html


def test_a_passed_final_quiz_leads_from_its_result_to_the_finish_line(member_client, courses):
    (selling, lessons), _safety, _social = courses
    quiz = QuizFactory(title="Bài kiểm tra cuối khóa")
    with_quiz(selling, quiz, field="final_quiz")
    finish_course(member_client, lessons)  # lessons done, the course waits for its quiz
    assert member_client.get(finish_url(selling))["Location"] == selling.url

    failed = take(member_client, quiz, WRONG)
    html = member_client.get(reverse("quizzes:result", args=[failed.pk])).content.decode()
    assert finish_url(selling) not in html

    passed = take(member_client, quiz, RIGHT)
    html = member_client.get(reverse("quizzes:result", args=[passed.pk])).content.decode()
    assert f'href="{finish_url(selling)}"' in html
    assert "Chị đã học xong khóa “Bán hàng trên mạng”!" in html
    assert member_client.get(finish_url(selling)).status_code == 200


def test_a_passed_quiz_of_the_last_lesson_leads_to_the_finish_line(member_client, courses):
    (selling, lessons), _safety, _social = courses
    quiz = QuizFactory()
    with_quiz(lessons[1], quiz)
    member_client.post(done_url(lessons[0]))
    passed = take(member_client, quiz, RIGHT)
    html = member_client.get(reverse("quizzes:result", args=[passed.pk])).content.decode()
    assert f'href="{finish_url(selling)}"' in html


def test_a_passed_quiz_that_finishes_nothing_yet_says_nothing_of_it(member_client, courses):
    (selling, lessons), _safety, _social = courses
    quiz = QuizFactory()
    with_quiz(lessons[0], quiz)  # the first lesson; the second is still to do
    passed = take(member_client, quiz, RIGHT)
    html = member_client.get(reverse("quizzes:result", args=[passed.pk])).content.decode()
    assert "completed/" not in html


def test_my_learning_and_the_course_page_lead_to_the_finish_line(member_client, courses):
    (selling, lessons), (safety, _), _social = courses
    assert finish_url(selling) not in member_client.get(selling.url).content.decode()
    finish_course(member_client, lessons)
    for url in (reverse("courses:my_learning"), selling.url):
        assert f'href="{finish_url(selling)}"' in member_client.get(url).content.decode()
    assert finish_url(safety) not in member_client.get(safety.url).content.decode()


def test_before_finishing_or_signed_out_the_finish_line_leads_elsewhere(client, courses):
    (selling, lessons), _safety, _social = courses
    response = client.get(finish_url(selling))
    assert response.status_code == 302 and reverse("lms:signin") in response["Location"]
    client.force_login(MemberFactory().user)
    assert client.get(finish_url(selling))["Location"] == selling.url


def test_the_finish_line_is_hers_and_private(member_client, courses):
    (selling, lessons), _safety, _social = courses
    finish_course(member_client, lessons)
    response = member_client.get(finish_url(selling))
    assert "private" in response["Cache-Control"]


def test_the_finish_line_costs_the_same_with_more_courses(
    member_client, home, courses, django_assert_max_num_queries
):
    (selling, lessons), _safety, _social = courses
    finish_course(member_client, lessons)
    member_client.get(finish_url(selling))
    with django_assert_max_num_queries(22) as few:
        assert member_client.get(finish_url(selling)).status_code == 200
    for _ in range(10):
        course_with_lessons(home, lessons=3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = member_client.get(finish_url(selling))
    assert response.status_code == 200 and "Khóa học tiếp theo" in response.content.decode()
