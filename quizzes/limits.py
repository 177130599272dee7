"""The attempt limit: pure functions, the only place where "how many attempts are left" and
"may she answer this quiz again" live. Services check them under the lock on her
``AttemptCounter`` row; selectors hand their answers to the pages. When the right answers
are shown depends on the attempts too (``shows_right_answers``), so it lives here as well."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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


class ShowAnswers(models.TextChoices):
    """When her result page shows the right answers (a quiz's ``show_answers``)."""

    AFTER_EACH_ATTEMPT = "each_attempt", _("After each attempt")
    AFTER_PASSING_OR_LAST_ATTEMPT = "passed_or_last", _("After passing or the last attempt")
    AFTER_PASSING = "passed", _("After passing")
    AFTER_LAST_ATTEMPT = "last_attempt", _("After the last attempt")
    NEVER = "never", _("Never")


def shows_right_answers(*, when, passed, attempts_left):
    """May her result pages show the right answers (marks on the right choices, feedback and
    explanations, which of her answers were right)?

    ``when`` is the quiz's ``show_answers``; ``passed``: she has passed the quiz in one of her
    attempts; ``attempts_left`` as ``attempts_left`` gives it (None: no limit, so there is
    never a last attempt). Shown earlier, the right answers would make a limited number of
    attempts limit little: she would pass the next one by copying them.
    """
    last = attempts_left == 0
    return {
        ShowAnswers.AFTER_EACH_ATTEMPT: True,
        ShowAnswers.AFTER_PASSING_OR_LAST_ATTEMPT: passed or last,
        ShowAnswers.AFTER_PASSING: passed,
        ShowAnswers.AFTER_LAST_ATTEMPT: last,
        ShowAnswers.NEVER: False,
    }.get(when, passed or last)
