from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from courses.signal_handlers import register_signal_handlers
        from courses.slugs import VietnameseSlugInput

        register_signal_handlers()
        # Every slug field in the admin (pages' "Promote" tab first) makes ASCII from
        # Vietnamese titles; this replaces Wagtail's own registration for SlugField.
        register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
