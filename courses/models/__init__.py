from .pages import CourseIndexPage, CoursePage, LessonPage, Topic
from .progress import Enrollment, LessonCompletion

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
    "Topic",
]
