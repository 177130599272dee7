from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data outside the runtime apps: the demo courses as course packages, the demo
    people, the scale-data generator, and the commands that load them."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "demo"
    verbose_name = "Sen demo"
