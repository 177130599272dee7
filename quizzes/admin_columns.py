"""The "Used in" column of the quiz list and chooser: each quiz's lessons, or a flag for a
quiz used nowhere. Where a quiz is used comes from the apps that use it (``quizzes.hooks``)."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.models import Revision

from quizzes.hooks import uses_for


class QuizUsesColumn(Column):
    cell_template_name = "quizzes/admin/uses_cell.html"

    def __init__(self, quizzes, *, links, **kwargs):
        """``quizzes``: the quizzes of the page shown (their uses are asked for at once).
        ``links``: link each lesson to its editor (not in the chooser, which must not leave
        the page being edited)."""
        super().__init__("uses", label=_("Used in"), sort_key=None, **kwargs)
        self.uses = uses_for([quiz.pk for quiz in quizzes])
        self.links = links

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["uses"] = self.uses.get(instance.pk, [])
        return context


def with_schedules(quizzes):
    """``quizzes`` as a list, each knowing its scheduled revision (None for most), so that the
    status column ("live", "draft", "scheduled") asks nothing more: one query, not one a row."""
    quizzes = list(quizzes)
    if not quizzes:
        return quizzes
    scheduled = {}
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(quizzes[0]),
        object_id__in=[str(quiz.pk) for quiz in quizzes],
        approved_go_live_at__isnull=False,
    ).order_by("-pk")
    for revision in revisions:
        scheduled[revision.object_id] = revision  # the earliest id wins, as .first() does
    for quiz in quizzes:
        quiz.__dict__["scheduled_revision"] = scheduled.get(str(quiz.pk))
    return quizzes
