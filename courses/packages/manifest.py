"""The package format: names and numbers shared by the exporter and the importer."""

FORMAT = "sen-course-package"
FORMAT_VERSION = 1
RICH_TEXT_FIELDS = ("intro",)
COURSE_FIELDS = ("title", "slug", "topic", "summary", "color", "intro")
LESSON_FIELDS = ("title", "slug", "summary", "minutes")
QUIZ_FIELDS = (
    "title",
    "instructions",
    "pass_mark",
    "max_attempts",
    "show_answers",  # packages made before it import with the quiz's default
    "shuffle_questions",
    "shuffle_choices",
)
