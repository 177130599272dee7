"""The attempt limit: pure functions, the only place where "how many attempts are left" and
"may she answer this quiz again" live. Services check them under the lock on her
``AttemptCounter`` row; selectors hand their answers to the pages."""


def attempts_left(*, max_attempts, used):
    """Attempts she still has, or None when the quiz allows any number (``max_attempts`` 0).

    ``used`` counts her submitted attempts: an attempt she started and has not sent yet
    uses none (it takes the place only when it is submitted).
    """
    if not max_attempts:
        return None
    return max(0, max_attempts - used)


def may_attempt(*, max_attempts, used):
    """Whether she may submit one more attempt (online or from her phone)."""
    left = attempts_left(max_attempts=max_attempts, used=used)
    return left is None or left > 0
