import factory
import wagtail_factories

from courses.models import CourseIndexPage, CoursePage, LessonPage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Khóa học"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Khóa học {n}")
    topic = "safety"
    summary = "Giữ tài khoản an toàn."
    intro = "<p>Giới thiệu khóa học.</p>"


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Bài học {n}")
    summary = "Một bài học ngắn."
    minutes = 5
    body = factory.LazyFunction(
        lambda: [
            {"type": "text", "value": "<p>Không bao giờ đọc mã OTP cho người khác.</p>"},
            {
                "type": "callout",
                "value": {"kind": "warning", "title": "Cẩn thận", "text": "<p>Lừa đảo.</p>"},
            },
        ]
    )


def course_with_lessons(parent, lessons=4, **kwargs):
    """A live course under ``parent`` with ``lessons`` live lessons, in order."""
    course = CoursePageFactory(parent=parent, **kwargs)
    items = [LessonPageFactory(parent=course) for _ in range(lessons)]
    return course, items


def done_url(lesson):
    """Where "I have finished this lesson" posts: the ``done/`` route of the lesson page."""
    return f"{lesson.url}done/"
