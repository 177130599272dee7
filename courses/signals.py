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
# counters go down, her certificate is revoked. Also completed_at=<the cleared value>.
course_uncompleted = Signal()
# sender=Enrollment, course=..., completed=[Enrollment], uncompleted=[(Enrollment, the cleared
# completed_at)]: the rule was re-applied to a course's enrollments at once (its lessons
# changed: courses.services.course_progress_reapply). Sent before the one-by-one
# course_completed / course_uncompleted of those enrollments, which then carry bulk=True so
# that a receiver that handles the batch here (the chapter counters) can skip them.
course_progress_reapplied = Signal()

# Asked when the home page lists courses, so that assigned courses come first:
# sender=None, user=<User>; each receiver returns {course_id: due date}.
assignments_wanted = Signal()

# Asked by the course page and "My learning" for her certificates, so that they can link them:
# sender=None, user=<User>, course_ids=[...]; each receiver returns {course_id: URL}.
certificates_wanted = Signal()
