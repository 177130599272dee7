"""What a quiz adds to a course saved for offline: its page and its page to answer without
internet, rendered by this app for her (offline.bundles measures them).

Courses call this for the quizzes of the lessons they save; quizzes render only their own
templates, and know nothing of courses (the lesson's address is just where "back" leads).
"""

from urllib.parse import quote

from django.urls import reverse

from offline.bundles import SavedPage
from quizzes.models import Quiz
from quizzes.offline_views import quiz_offline_page
from quizzes.views import quiz_detail_page


def quizzes_to_save(quiz_ids, *, user):
    """{id: quiz} of the live quizzes among ``quiz_ids`` whose pages she may save: none when
    she is signed out (answering a quiz needs her account)."""
    if not user.is_authenticated or not quiz_ids:
        return {}
    return Quiz.objects.live().in_bulk(quiz_ids)


def _link_next(url, next_url):
    # The same address the lesson template writes (``?next={{ request.path|urlencode }}``).
    return f"{url}?next={quote(next_url, safe='/')}"


def pages_to_save(quiz, *, next_url):
    """The quiz's pages, as linked from the page at ``next_url`` (the lesson)."""
    version = f"quiz:{quiz.pk}:{quiz.live_revision_id}"
    return [
        SavedPage(
            url=_link_next(reverse("quizzes:detail", args=[quiz.pk]), next_url),
            version=version,
            render=lambda request: quiz_detail_page(request, quiz),
        ),
        SavedPage(
            url=_link_next(reverse("quizzes:offline", args=[quiz.pk]), next_url),
            version=version,
            render=lambda request: quiz_offline_page(request, quiz),
        ),
    ]
