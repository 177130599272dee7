"""Signals for the lms app (chapter counters, certificates) without courses importing it.

Sent inside the completion transaction, so receivers update their rows atomically with it.
"""

from django.dispatch import Signal

# sender=Enrollment, enrollment=..., lesson=..., created=bool (first time she finished it)
lesson_completed = Signal()
# sender=Enrollment, enrollment=... (sent once, when completed_at is first set)
course_completed = Signal()
# sender=Enrollment, enrollment=... (sent once, when her first lesson in a course is done)
course_started = Signal()
# sender=Enrollment, enrollment=... (a completed course stops being complete, e.g. a lesson
# she finished was deleted or the rule now needs more; completed_at is already cleared):
# counters go down, her certificate is revoked.
course_uncompleted = Signal()

# Asked when the home page lists courses, so that assigned courses come first:
# sender=None, user=<User>; each receiver returns {course_id: due date}.
assignments_wanted = Signal()
