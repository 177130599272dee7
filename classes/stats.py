"""Per-unit counters of training sessions (sessions held, attendances, members trained in
class). Placeholder in the "sessions" branch: the "class-reports" branch holds the real one."""


def session_counted(*, session):
    """Add the closed ``session`` to the counters of its units. Called by
    ``classes.services.session_close`` inside its transaction, after the attendees' lessons
    are completed; idempotent per session (a second call changes nothing)."""
