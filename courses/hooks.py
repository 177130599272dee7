"""Values that other apps add to course pages, asked for through Wagtail hooks.

``courses`` knows nothing of the apps above it: it asks every function registered under a
hook name and merges the answers. lms registers its answers in ``lms/wagtail_hooks.py``.
"""

from wagtail import hooks

# fn(user) -> {course_id: due date}: courses assigned to her (campaigns), soonest due wins.
COURSE_ASSIGNMENTS = "sen_course_assignments"
# fn(user, course_ids) -> {course_id: URL}: her certificate for each course that has one.
CERTIFICATE_URLS = "sen_certificate_urls"
# fn(request, course) -> {"url", "pdf_url", "share_url", "share_message", "facebook_url"} or
# None: her certificate for the course and the ways to share it (the "course completed" page).
CERTIFICATE_LINKS = "sen_certificate_links"
# fn(request) -> [HTML]: panels for her home page, above the course cards (a contest open to
# her, a class she is invited to). Each answer is rendered HTML (a ``<section>``), made safe
# by its app's template; an app with nothing to show answers [].
HOME_PANELS = "sen_home_panels"


def assignments_for(user):
    """{course_id: due date} of the courses assigned to her (empty when signed out)."""
    if not user.is_authenticated:
        return {}
    due = {}
    for answer_for in hooks.get_hooks(COURSE_ASSIGNMENTS):
        for course_id, due_on in (answer_for(user) or {}).items():
            due[course_id] = min(due_on, due.get(course_id, due_on))
    return due


def certificate_urls_for(user, course_ids):
    """{course_id: URL of her certificate page} for those of ``course_ids`` that have one."""
    if not user.is_authenticated or not course_ids:
        return {}
    urls = {}
    for answer_for in hooks.get_hooks(CERTIFICATE_URLS):
        urls.update(answer_for(user, list(course_ids)) or {})
    return urls


def certificate_links_for(request, course):
    """Her certificate for ``course`` (its page, its PDF, how to share it), or None."""
    if not request.user.is_authenticated:
        return None
    for answer_for in hooks.get_hooks(CERTIFICATE_LINKS):
        links = answer_for(request, course)
        if links:
            return links
    return None


def home_panels_for(request):
    """Every panel the apps above courses add to her home page, in hook order."""
    panels = []
    for answer_for in hooks.get_hooks(HOME_PANELS):
        panels.extend(answer_for(request) or [])
    return panels
