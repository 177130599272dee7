"""Events of course progress, for apps above courses (chapter counters, certificates).

Sent inside the completion transaction, so that receivers change their rows atomically with
the facts. Each has a sender in ``courses.services`` and receivers connected in the
``signal_handlers`` of the apps that listen. Values that other apps add to course pages
(assignments, certificate links) are asked for through Wagtail hooks (``courses.hooks``),
never through a signal's return values.
"""

from django.dispatch import Signal

# sender=Enrollment, enrollment=... (sent once, when her first lesson in a course is done)
course_started = Signal()
# sender=Enrollment, enrollment=... (sent once, when completed_at is first set by her own
# progress: a lesson done, a final quiz passed)
course_completed = Signal()
# sender=Enrollment, enrollment=..., completed_at=<when it had been completed>: an admin took
# back a completion of hers (courses.services.lesson_completion_remove) and the course no
# longer meets its rule; receivers take the completion out of the counters, revoke the
# certificate.
course_uncompleted = Signal()
# sender=Enrollment, course=..., completed=[Enrollment]: the rule was re-applied to a
# course's enrollments at once (its lessons changed: courses.services.course_progress_reapply)
# and these enrollments became complete. Receivers handle them as one batch.
course_progress_reapplied = Signal()
