"""Which courses a dashboard shows: the switch between the campaign's courses, every course
and one course. Pure functions over (courses, due dates, what the address asks for).

Every live course is on the dashboard: the courses of a campaign that applies at the node
come first (earliest due date first) with their due date, then every other live course in
page-tree order. The switch narrows that list; whatever the address says, only live
courses are ever shown (a tampered or stale course id falls back to every course).
"""

import datetime
from dataclasses import dataclass

ALL = "all"
CAMPAIGN = "campaign"
ONE = "course"
PARAM = "courses"  # the query parameter of the switch, on the page, its sort links and exports
_LONGEST_ID = 10  # digits; a longer "id" is no course of ours


@dataclass(frozen=True)
class CourseChoice:
    """What the switch asks for: ``ALL``, ``CAMPAIGN`` or ``ONE`` course (``course_id``)."""

    kind: str = ALL
    course_id: int | None = None

    @property
    def param(self):
        """The value of the ``courses`` query parameter that asks for this choice."""
        return str(self.course_id) if self.kind == ONE else self.kind


def parse_choice(value):
    """The choice an address asks for; anything unknown asks for every course."""
    value = (value or "").strip()
    if value == CAMPAIGN:
        return CourseChoice(CAMPAIGN)
    # ASCII digits only: int() would also read Arabic-Indic digits.
    if value.isascii() and value.isdigit() and len(value) <= _LONGEST_ID:
        return CourseChoice(ONE, int(value))
    return CourseChoice(ALL)


def due_dates(campaigns):
    """{course id: due date} over ``campaigns``: a course in two campaigns is due first."""
    due = {}
    for campaign in campaigns:
        for course in campaign.courses.all():
            due[course.pk] = min(campaign.due_on, due.get(course.pk, campaign.due_on))
    return due


def order_courses(courses, due_on):
    """Campaign courses first (earliest due first, then tree order), then the others in
    tree order. ``courses`` have ``pk`` and ``path``."""
    return sorted(
        courses,
        key=lambda c: (c.pk not in due_on, due_on.get(c.pk, datetime.date.max), c.path),
    )


def select_courses(choice, courses, due_on):
    """(the choice in effect, the courses it shows) among ``courses`` (the live ones).

    Asking for the campaign's courses where no campaign applies, or for a course that is
    not live, shows every course instead.
    """
    ordered = order_courses(courses, due_on)
    if choice.kind == CAMPAIGN:
        campaign = [course for course in ordered if course.pk in due_on]
        if campaign:
            return choice, campaign
    if choice.kind == ONE:
        chosen = [course for course in ordered if course.pk == choice.course_id]
        if chosen:
            return choice, chosen
    return CourseChoice(ALL), ordered
