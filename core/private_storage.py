"""Private files: ones a view hands to the person allowed to have them, never served by the
web server (nginx and Caddy serve ``MEDIA_ROOT``; this folder is elsewhere).

``settings.STORAGES["private"]`` picks the backend: on disk at ``SEN_PRIVATE_ROOT`` by
default, a private prefix of the media bucket in production when there is one
(docs/deploy.md). Every worker that writes a file and every app server that sends it must
reach the same place.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.utils.functional import cached_property


class PrivateFileStorage(FileSystemStorage):
    """Files on disk under ``settings.SEN_PRIVATE_ROOT``, with no public address."""

    def __init__(self, location=None, **kwargs):
        super().__init__(location=location, base_url=None, **kwargs)
        setting_changed.connect(self._private_root_changed)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.SEN_PRIVATE_ROOT)

    def _private_root_changed(self, *, setting, **kwargs):
        if setting == "SEN_PRIVATE_ROOT":  # tests point it at a temporary folder
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Private files have no address: a view sends them.")


def private_storage():
    """The storage of private files (a ``FileField``'s ``storage``)."""
    return storages["private"]
