import os

from django.core.management.base import BaseCommand

from demo import people as demo
from demo.classes import load_classes
from demo.loader import load_courses
from lms.members.phones import format_phone


class Command(BaseCommand):
    help = "Load the demo courses, chapters, members and progress. Safe to run again."

    def handle(self, *args, **options):
        courses, created = load_courses()
        chapters, members = demo.load_people(courses)
        admin, _trainer = demo.load_staff()
        load_classes(courses, organiser=admin, leader=members[demo.LEADER_MEMBER_NUMBER - 1])
        write = self.stdout.write
        write(self.style.SUCCESS(f"Demo ready: {len(courses)} courses, {len(members)} members."))
        write(f"  Admin (Wagtail /admin/): {format_phone(demo.ADMIN_PHONE)} / {demo.DEMO_PASSWORD}")
        write(
            f"  Trainer (/admin/):       {format_phone(demo.TRAINER_PHONE)} / {demo.DEMO_PASSWORD}"
        )
        write(
            f"  Member:                  {format_phone(demo.demo_member_phone(1))} / "
            f"{demo.DEMO_PASSWORD} ({members[0].member.full_name}, {chapters[0].name})"
        )
        write(
            f"  Chapter leader:          {format_phone(demo.demo_member_phone(1))} / "
            f"{demo.DEMO_PASSWORD} (dashboard: /dashboard/)"
        )
        write(
            f"  District official:       {format_phone(demo.OFFICIAL_PHONE)} / "
            f"{demo.DEMO_PASSWORD} (dashboard: /dashboard/)"
        )
        base = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
        write(f"  Invite link for {chapters[0].name}: {base}{chapters[0].get_invite_url()}")
