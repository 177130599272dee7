from .pages import CourseIndexPage, CoursePage, LessonPage, Topic
from .progress import CourseRuleUpdate, Enrollment, LessonCompletion

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "CourseRuleUpdate",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
    "Topic",
]
