from .pages import CourseIndexPage, CoursePage, LessonPage, Topic
from .progress import CourseRuleUpdate, Enrollment, LessonCompletion, LessonOpen

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "CourseRuleUpdate",
    "Enrollment",
    "LessonCompletion",
    "LessonOpen",
    "LessonPage",
    "Topic",
]
