"""Campaigns: courses assigned to everyone beneath a node, within her scope."""

from wagtail.admin.views import generic

from lms.chapters.admin_views.base import (
    ScopedIndexMixin,
    ScopedObjectMixin,
)


class CampaignIndexView(ScopedIndexMixin, generic.IndexView):
    list_display = ["name", "node", "starts_on", "due_on"]
    search_fields = ["name"]
    default_ordering = "-starts_on"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("node")


class CampaignCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class CampaignEditView(ScopedObjectMixin, generic.EditView):
    pass


class CampaignDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass
