from django.dispatch import Signal

# sender=Attempt, attempt=<Attempt>; sent inside the submit transaction, once per attempt.
attempt_submitted = Signal()
