"""Learning without a connection: the installable app (manifest, service worker, the page
shown offline), saving a course to the phone (the bundle format and its measuring) and the
sync protocol her phone speaks when it sends back what she did offline.

The bottom layer: it imports none of the apps (lms, courses, quizzes); they use it.
"""
