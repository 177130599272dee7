"""The one exception of course packages: a message for the trainer, in her language."""


class PackageError(Exception):
    """A package that cannot be read or imported. ``message`` is translated (lazily) and
    says what is wrong, and where, in words a trainer can act on."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)
