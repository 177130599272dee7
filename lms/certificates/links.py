"""Her certificate's addresses and share links for the "course completed" page of courses
(answers the ``courses.hooks.CERTIFICATE_LINKS`` hook, registered in lms/wagtail_hooks.py)."""

from lms.certificates.views import share_message
from lms.invites.links import facebook_share_url
from lms.models import Certificate


def certificate_links(request, course):
    certificate = Certificate.objects.filter(
        user=request.user, course=course, revoked_at__isnull=True
    ).first()
    if certificate is None:
        return None
    certificate.course = course  # already at hand: no query for its title
    verify_url = request.build_absolute_uri(certificate.get_verify_url())
    return {
        "url": certificate.get_absolute_url(),
        "pdf_url": certificate.get_pdf_url(),
        "share_url": verify_url,
        "share_message": share_message(certificate, verify_url),
        "facebook_url": facebook_share_url(verify_url),
    }
