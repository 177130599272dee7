"""Wagtail's autosave, made safe beside Publish.

The editor autosaves by posting the whole form to the edit view, asking for JSON. Wagtail
refuses an autosave made from an older version ("Saving will overwrite a newer version"), but
it checks before it writes, without a lock: an autosave that passed the check while the
trainer's Publish was being saved then wrote its older form over the page (a new page went
back to draft, the last typed field was lost).

``one_save_at_a_time`` runs each autosave in a transaction that first locks the row it saves,
so the check and the write see the same latest revision. A publish writes the same row, so it
waits for an autosave already under way and then saves a newer revision, or it has saved its
revision first and the autosave is refused.

``NoAutosaveOnCreate`` keeps autosave out of "add" views: Wagtail's autosave creates the
object as a draft as soon as something is typed (and again at once when a first Publish fails
validation), leaving drafts nobody meant to keep. A new page or quiz exists only once the
trainer saves or publishes it; the browser still warns before she leaves with unsaved work.
"""

from functools import wraps

from django.db import transaction
from django.utils.translation import gettext_lazy as _


def is_autosave(request):
    """The editor's autosave: a POST that asks for JSON (Wagtail's own test of it)."""
    return request.method == "POST" and not request.accepts("text/html")


def one_save_at_a_time(view, model, pk_kwarg):
    """Wrap an admin edit view so that an autosave holds ``model``'s row lock throughout."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_autosave(request):
            return view(request, *args, **kwargs)
        with transaction.atomic():
            locked = model._default_manager.select_for_update().filter(pk=kwargs.get(pk_kwarg))
            list(locked.values_list("pk", flat=True))
            return view(request, *args, **kwargs)

    return wrapped


class NoAutosaveOnCreate:
    """Mix into a Wagtail create view (page or snippet) before the view class."""

    autosave_refused_message = _(
        "Autosave starts once this is saved. Use “Save draft” or “Publish” first."
    )

    def dispatch(self, request, *args, **kwargs):
        if is_autosave(request):
            # An editor opened before this rule, or a hand-made request: never create.
            return self.json_error_response("invalid_revision", self.autosave_refused_message)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        context.pop("autosave_indicator", None)
        return context
