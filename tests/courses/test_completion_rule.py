from datetime import UTC, datetime

from courses.completion import course_status, is_course_complete, progress_percent


def test_course_is_complete_when_every_required_lesson_is_done():
    assert is_course_complete(required_lesson_ids={1, 2, 3}, done_lesson_ids={1, 2, 3})


def test_course_with_an_undone_lesson_is_not_complete():
    assert not is_course_complete(required_lesson_ids={1, 2, 3}, done_lesson_ids={1, 3})


def test_lessons_no_longer_required_do_not_count_either_way():
    assert is_course_complete(required_lesson_ids={1, 2}, done_lesson_ids={1, 2, 99})
    assert not is_course_complete(required_lesson_ids={1, 2}, done_lesson_ids={1, 99})


def test_a_course_without_lessons_is_never_complete():
    assert not is_course_complete(required_lesson_ids=set(), done_lesson_ids={1})


def test_percent_is_whole_and_bounded():
    assert progress_percent(done=1, total=3) == 33
    assert progress_percent(done=0, total=0) == 0
    assert progress_percent(done=5, total=4) == 100


def test_status_counts_only_required_lessons_done():
    status = course_status(required_lesson_ids=[1, 2, 3, 4], done_lesson_ids=[2, 4, 7])
    assert (status.total, status.done, status.percent) == (4, 2, 50)
    assert status.started and not status.completed


def test_a_course_completed_once_stays_completed_when_a_lesson_is_added():
    status = course_status(
        required_lesson_ids=[1, 2, 3],
        done_lesson_ids=[1, 2],
        completed_at=datetime(2026, 11, 1, tzinfo=UTC),
    )
    assert status.completed


def test_final_quiz_must_be_passed_when_the_course_has_one():
    lessons = {1, 2}
    assert not is_course_complete(
        required_lesson_ids=lessons, done_lesson_ids=lessons, final_quiz_required=True
    )
    assert is_course_complete(
        required_lesson_ids=lessons,
        done_lesson_ids=lessons,
        final_quiz_required=True,
        final_quiz_passed=True,
    )


def test_a_passed_final_quiz_does_not_replace_the_lessons():
    assert not is_course_complete(
        required_lesson_ids={1, 2},
        done_lesson_ids={1},
        final_quiz_required=True,
        final_quiz_passed=True,
    )


def test_status_reports_the_stored_completion():
    status = course_status(required_lesson_ids=[1, 2], done_lesson_ids=[1, 2])
    assert status.percent == 100 and not status.completed


def test_nothing_done_is_not_started():
    status = course_status(required_lesson_ids=[1, 2], done_lesson_ids=[])
    assert not status.started and status.percent == 0
