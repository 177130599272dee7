from .campaigns import Campaign, CampaignReminder
from .certificates import Certificate
from .chapters import Chapter
from .exports import ExportJob
from .imports import MemberImportJob
from .members import Member, Occupation
from .reminders import ReminderLog
from .reset_codes import ResetCode
from .roles import Role
from .stats import ChapterCourseStats, ChapterWeekStats
from .users import User

__all__ = [
    "Campaign",
    "CampaignReminder",
    "Certificate",
    "Chapter",
    "ChapterCourseStats",
    "ChapterWeekStats",
    "ExportJob",
    "Member",
    "MemberImportJob",
    "Occupation",
    "ReminderLog",
    "ResetCode",
    "Role",
    "User",
]
