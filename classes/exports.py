"""The Excel file for the union's statistical report on classes beneath a node.

Sheet 1: the sessions held (date, host, course, lessons, place, trainer, invited units,
attendees). Sheet 2: who came (members of the viewer's area). Sheet 3: each unit's monthly
totals, from the same ``classes.reports.class_report`` as the dashboard's panel, so the
file and the page cannot differ.
"""

import io

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from classes import reports
from core.spreadsheets import append_row, sheet_title


def _sheet(workbook, title, header, widths, *, first=False):
    from openpyxl.styles import Font

    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = sheet_title(title)
    append_row(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJ", widths, strict=False):
        sheet.column_dimensions[letter].width = width
    return sheet


def _when(moment):
    return timezone.localtime(moment).replace(tzinfo=None)


def session_rows(sessions):
    return [
        [
            _when(session.starts_at),
            session.host.name,
            session.course.title,
            ", ".join(
                lesson.title for lesson in sorted(session.lessons.all(), key=lambda p: p.path)
            ),
            session.place,
            session.trainer_name,
            ", ".join(unit.name for unit in sorted(session.invited.all(), key=lambda u: u.path)),
            session.n_attendees,
        ]
        for session in sessions
    ]


def attendance_rows(attendances, show_phone):
    rows = []
    for row in attendances:
        member = getattr(row.user, "member", None)
        rows.append(
            [
                _when(row.session.starts_at),
                row.session.host.name,
                row.session.course.title,
                member.full_name if member else "",
                row.chapter.name if row.chapter else "",
                show_phone(row.chapter_id, row.user.phone),
                row.get_method_display(),
                _when(row.checked_in_at),
            ]
        )
    return rows


def month_label(month):
    return date_format(month, "m/Y")


def unit_month_rows(report):
    """[unit, month, sessions, attendances, trained, online] for each unit and month, then the
    node's total for each month: the panel's figures, month by month."""
    rows = []
    for row in report.rows:
        name = (
            row.node.name
            if not row.is_self
            else _("%(unit)s (held here)") % {"unit": row.node.name}
        )
        for month in report.months:
            rows.append([name, month_label(month), *row.month(month).as_tuple()])
    total = _("Total: %(unit)s") % {"unit": report.node.name}
    for month, figures in report.by_month:
        rows.append([total, month_label(month), *figures.as_tuple()])
    return rows


def class_workbook(report, *, scope_q, show_phone):
    from openpyxl import Workbook

    workbook = Workbook()
    course = report.course.title if report.course else _("All courses")
    sessions = _sheet(
        workbook,
        _("Sessions"),
        [
            _("Date"),
            _("Held by"),
            _("Course"),
            _("Lessons"),
            _("Place"),
            _("Trainer"),
            _("Units invited"),
            _("Attendees"),
        ],
        [18, 24, 28, 40, 28, 20, 30, 10],
        first=True,
    )
    held = reports.sessions_with_attendance(report.node, since=report.since)
    if report.course:
        held = [s for s in held if s.course_id == report.course.pk]
    for line in session_rows(held):
        append_row(sessions, line)
        sessions.cell(row=sessions.max_row, column=1).number_format = "dd/mm/yyyy hh:mm"
    people = _sheet(
        workbook,
        _("Attendance"),
        [
            _("Session date"),
            _("Held by"),
            _("Course"),
            _("Member"),
            _("Her chapter"),
            _("Phone"),
            _("How"),
            _("Checked in at"),
        ],
        [18, 24, 28, 28, 24, 16, 22, 18],
    )
    attendances = reports.attendances_beneath(report.node, since=report.since, scope_q=scope_q)
    if report.course:
        attendances = attendances.filter(session__course=report.course)
    for line in attendance_rows(attendances, show_phone):
        append_row(people, line)
        for column in (1, 8):
            people.cell(row=people.max_row, column=column).number_format = "dd/mm/yyyy hh:mm"
    totals = _sheet(
        workbook,
        _("Totals per month"),
        [
            _("Unit"),
            _("Month"),
            _("Sessions held"),
            _("Attendances"),
            _("Members trained in class"),
            _("Course completions"),
        ],
        [30, 10, 14, 14, 16, 16],
    )
    for line in unit_month_rows(report):
        append_row(totals, line)
    append_row(totals, [])
    append_row(totals, [_("Course"), course])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
