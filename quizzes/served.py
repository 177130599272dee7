"""Which version of a quiz the server gave her to answer offline.

Her phone saves the offline quiz page and may send the answers days later; they are scored
against the version she was served, not the one live by then. The page carries that
version in a token the server signed for her and this quiz (``served_token``), so answers
can only be scored against a revision that was live when it was served to her: never a
draft, never another member's or another quiz's page.
"""

from django.core import signing

SALT = "quizzes.served"


class NotServed(Exception):
    """The answers name no version of this quiz that was served to her."""


def served_token(*, quiz, user):
    """The signed (quiz, live revision, member) her offline page carries."""
    return signing.dumps({"q": quiz.pk, "r": quiz.live_revision_id, "u": user.pk}, salt=SALT)


def served_revision(*, quiz, user, token="", revision=""):
    """The revision id to score her offline answers against (None: a quiz never revised).

    ``token`` comes from a page served since tokens exist. A page saved before them sends
    only the plain ``revision``, accepted when it is the quiz's live revision (what the
    server serves now anyway). Raises ``NotServed`` otherwise.
    """
    if token:
        try:
            data = signing.loads(token, salt=SALT)
        except signing.BadSignature:
            raise NotServed(token) from None
        if not isinstance(data, dict) or data.get("q") != quiz.pk or data.get("u") != user.pk:
            raise NotServed(token)
        return data.get("r")
    if str(revision or "") == str(quiz.live_revision_id or ""):
        return quiz.live_revision_id
    raise NotServed(revision)
