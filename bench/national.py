"""The national-scale figures (``make bench-national``): 63 provinces, 10,000 chapters,
2,000,000 members, 20,000,000 lesson completions.

- ``national_dashboard_s``: the national root's dashboard, as its official opens it;
- ``publish_request_s``: a trainer publishing a lesson of a course of about 1,000,000
  enrollments through Wagtail's page editor; the request only queues the re-apply;
- ``reapply_task_s``: the worker's part, the queued task run by ``manage.py db_worker``;
- ``province_export_*``: one province's 200,000 members exported in a child process, its peak
  resident memory above what it had when it started.
"""

import multiprocessing
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, connections
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from bench.pages import client_for, count_queries, interleaved
from courses.models import CourseRuleUpdate, Enrollment, LessonPage
from courses.tasks import course_rule_updating, reapply_course_rule

EDITOR_PHONE = "+84979900002"
NEW_LESSON_SLUG = "bench-bai-moi"


def database_size_mb():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return cursor.fetchone()[0] / 1e6


def national_dashboard(fx, report, *, requests, warmup=2):
    """The page as officials get it (its sums kept a few minutes: lms.dashboards.big_nodes),
    and ``national_dashboard_fresh_s``: the request that sums them anew, the cache emptied
    before each of 5 requests."""
    from django.core.cache import cache

    client = client_for(fx.root_official)
    url = f"/dashboard/{fx.root.code}/"
    report.figure("national_dashboard_queries", count_queries(client, url), "queries")
    samples = interleaved(client, {"dashboard": url}, requests=requests, warmup=warmup)
    report.figure("national_dashboard_s", statistics.median(samples["dashboard"]), "s")
    report.figure("national_dashboard_max_s", max(samples["dashboard"]), "s")
    fresh = []
    for _ in range(5):
        cache.clear()
        fresh.extend(interleaved(client, {"dashboard": url}, requests=1, warmup=0)["dashboard"])
    report.figure("national_dashboard_fresh_s", statistics.median(fresh), "s")
    report.figure("national_dashboard_fresh_max_s", max(fresh), "s")


# -- publishing a lesson of a big course ---------------------------------------------------


def _reapply_tasks():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=reapply_course_rule.module_path)


def _run_worker():
    """``manage.py db_worker --batch``: run every queued task, then return."""
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def settle_generated_queue(courses):
    """The generator published the scale courses' lessons before any enrollment existed,
    which queued one re-apply per course; the rows it wrote agree with the rule, so those
    runs would change nothing: drop them. Then run what else is queued (Wagtail's search
    and reference index updates of the generated pages), so that the queue is empty."""
    _reapply_tasks().filter(status="READY").delete()
    CourseRuleUpdate.objects.filter(course__in=courses).delete()
    _run_worker()


def _editor():
    user, _ = get_user_model().objects.get_or_create(phone=EDITOR_PHONE)
    if not user.is_superuser:
        user.is_superuser = user.is_staff = True
        user.save(update_fields=["is_superuser", "is_staff"])
    return user


def _draft_lesson(course):
    """A new lesson of ``course`` saved as a draft (no signal: it is not published)."""
    lesson = LessonPage.objects.child_of(course).filter(slug=NEW_LESSON_SLUG).first()
    if lesson is None:
        lesson = LessonPage(
            title="Bài mới: nhận biết tin nhắn giả",
            slug=NEW_LESSON_SLUG,
            summary="Một bài học ngắn thêm vào khóa học.",
            minutes=5,
            body=[{"type": "text", "value": "<p>Không bao giờ đọc mã OTP cho ai.</p>"}],
            live=False,
        )
        course.add_child(instance=lesson)
        lesson.save_revision()
    return lesson


def _publish_form(lesson):
    """What the page editor posts for Publish (as ``tests/courses/admin_posts`` builds it)."""
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": lesson.summary,
            "minutes": str(lesson.minutes),
            "body": streamfield([("text", rich_text("<p>Không bao giờ đọc mã OTP cho ai.</p>"))]),
            "quiz": "",
            "comments": inline_formset([]),
        }
    )
    revision = lesson.get_latest_revision()
    data["loaded_revision_id"] = str(revision.pk)
    data["loaded_revision_created_at"] = revision.created_at.isoformat()
    data["action-publish"] = "action-publish"
    return data


def publish_and_reapply(fx, report):
    """A trainer publishes a new lesson of the biggest course in the page editor (timed: the
    request queues the re-apply and returns), then a worker runs the queue (timed)."""
    course = fx.big_course
    report.figure(
        "publish_course_enrollments", Enrollment.objects.filter(course=course).count(), "rows"
    )
    lesson = _draft_lesson(course)
    client = client_for(_editor())
    url = f"/admin/pages/{lesson.pk}/edit/"
    if client.get(url).status_code != 200:  # warm the editor, as an open tab is
        raise RuntimeError(f"GET {url}: not 200")
    queued_before = set(_reapply_tasks().values_list("pk", flat=True))
    began = time.perf_counter()
    response = client.post(url, _publish_form(lesson))
    report.figure("publish_request_s", time.perf_counter() - began, "s")
    if response.status_code != 302:
        raise RuntimeError(f"POST {url} (publish): {response.status_code}")
    lesson.refresh_from_db()
    queued = _reapply_tasks().exclude(pk__in=queued_before)
    if not lesson.live or [t.args_kwargs["args"] for t in queued] != [[course.pk]]:
        raise RuntimeError("the publish did not go live with one re-apply queued")
    report.figure("reapply_course_updating", int(course_rule_updating(course)), "flag")

    began = time.perf_counter()
    _run_worker()  # the publish's search and reference index updates, and the re-apply
    report.figure("publish_worker_s", time.perf_counter() - began, "s")
    task = queued.get()
    if task.status != "SUCCESSFUL":
        raise RuntimeError(f"the re-apply task ended {task.status}: {task.traceback[-400:]}")
    seconds = (task.finished_at - task.started_at).total_seconds()
    report.figure("reapply_task_s", seconds, "s")
    report.figure("reapply_task_completed", task.return_value, "enrollments")
    report.figure("reapply_course_updating_after", int(course_rule_updating(course)), "flag")


# -- one province's members exported, in a child process ----------------------------------


def _status_kb(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _export_child(job_id, results):
    """Run the member list's task body (what a worker runs) for one queued job; put
    (seconds, members written, peak resident memory above the start in kB)."""
    from lms.dashboards.export_jobs import export_job_run

    try:
        start_kb = _status_kb("VmRSS")
        began = time.perf_counter()
        count = export_job_run(job_id)
        results.put((time.perf_counter() - began, count, _status_kb("VmHWM") - start_kb))
    except Exception as exc:  # report it rather than leave the parent waiting
        results.put(f"{type(exc).__name__}: {exc}")
    finally:
        connections.close_all()


def province_export(fx, report):
    """One province's member lists as its official asks for them: her POST queues the job,
    a child process (a worker) runs the task body, its peak memory is measured."""
    from bench.exports import _ask, _forget

    client = client_for(fx.official)
    context = multiprocessing.get_context("fork")
    peaks = []
    for fmt in ("csv", "xlsx"):
        job = _ask(client, fx.province.code, fmt)
        connections.close_all()  # the child must not share the parent's connection
        results = context.Queue()
        child = context.Process(target=_export_child, args=(job.pk, results))
        child.start()
        outcome = results.get(timeout=3600)
        child.join()
        if isinstance(outcome, str):
            raise RuntimeError(f"province export ({fmt}) failed: {outcome}")
        seconds, count, peak_kb = outcome
        job.refresh_from_db()
        report.figure(f"province_export_{fmt}_members", count, "members")
        report.figure(f"province_export_{fmt}_s", seconds, "s")
        report.figure(f"province_export_{fmt}_mb", job.file.size / 1e6, "MB")
        report.figure(f"province_export_{fmt}_peak_mb", peak_kb / 1024, "MB")
        _forget(job)
        peaks.append(peak_kb / 1024)
    report.figure("province_export_peak_mb", max(peaks), "MB")
