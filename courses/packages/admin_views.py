"""Export and import of course packages in the Wagtail admin. Who may: exporting, whoever may
edit the course; importing, whoever may add a course under the course index (trainers and
admins). The upload waits in storage between its preview and the confirmation."""

import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.models import CourseIndexPage, CoursePage
from courses.packages import PackageError, export_course, free_slug, import_course, read_package
from courses.packages.forms import PackageConfirmForm, PackageUploadForm
from courses.packages.source import limit

PENDING_DIR = "course-packages"
SESSION_KEY = "course_package_upload"


def may_export(page, user):
    return page.permissions_for_user(user).can_edit()


def import_parents(user):
    """The course indexes she may add a course under."""
    return [
        index
        for index in CourseIndexPage.objects.all()
        if index.permissions_for_user(user).can_add_subpage()
    ]


def export_view(request, page_id):
    course = get_object_or_404(CoursePage, pk=page_id)
    if not may_export(course, request.user):
        raise PermissionDenied
    response = HttpResponse(export_course(course), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{course.slug}.zip"'
    return response


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        # On every admin page: Wagtail's cached page permissions, no query of its own. The
        # view itself checks the course index.
        return PagePermissionPolicy().user_has_permission(request.user, "add")


class ImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/package_import.html"
    page_title = _("Import course")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        parents = import_parents(request.user)
        wanted = request.GET.get("parent") or request.POST.get("parent")
        if wanted:
            parents = [parent for parent in parents if str(parent.pk) == wanted]
        if not parents:
            raise PermissionDenied
        self.parent = parents[0]
        self.can_publish = self.parent.permissions_for_user(request.user).can_publish_subpage()
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(upload_form=PackageUploadForm()))

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self._confirm(request)
        return self._upload(request)

    def _upload(self, request):
        form = PackageUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(upload_form=form))
        upload = form.cleaned_data["package"]
        try:
            if upload.size > limit("MAX_BYTES"):
                read_package(upload)  # refused with the size message
            data = upload.read()
            package = read_package(data)
        except PackageError as error:
            form.add_error("package", str(error))
            return self.render_to_response(self.get_context_data(upload_form=form))
        self._forget(request)
        name = default_storage.save(f"{PENDING_DIR}/{uuid.uuid4().hex}.zip", ContentFile(data))
        request.session[SESSION_KEY] = name
        slug = free_slug(self.parent, package.slug)
        confirm = PackageConfirmForm(initial={"slug": slug}, can_publish=self.can_publish)
        return self.render_to_response(
            self.get_context_data(
                package=package, confirm_form=confirm, slug_changed=slug != package.slug
            )
        )

    def _confirm(self, request):
        name = request.session.get(SESSION_KEY)
        if not name or not default_storage.exists(name):
            messages.error(request, _("The upload has expired; choose the package again."))
            return redirect(self._url())
        with default_storage.open(name) as stream:
            data = stream.read()
        package = read_package(data)
        form = PackageConfirmForm(request.POST, can_publish=self.can_publish)
        if form.is_valid():
            try:
                course = import_course(
                    package,
                    parent=self.parent,
                    slug=form.cleaned_data["slug"],
                    publish=form.cleaned_data["mode"] == PackageConfirmForm.PUBLISH,
                    user=request.user,
                )
            except PackageError as error:
                form.add_error("slug" if hasattr(error, "suggestion") else None, str(error))
            else:
                self._forget(request)
                messages.success(
                    request,
                    _("Course “%(title)s” imported with %(count)s lessons.")
                    % {"title": course.title, "count": len(package.lessons)},
                )
                return redirect("wagtailadmin_explore", course.pk)
        return self.render_to_response(self.get_context_data(package=package, confirm_form=form))

    def _forget(self, request):
        name = request.session.pop(SESSION_KEY, None)
        if name and name.startswith(f"{PENDING_DIR}/"):
            default_storage.delete(name)

    def _url(self):
        return f"{reverse('course_package_import')}?parent={self.parent.pk}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(parent=self.parent, action_url=self._url())
        return context
