from .campaigns import Campaign
from .chapters import Chapter
from .members import Member, Occupation
from .roles import Role
from .stats import ChapterCourseStats
from .users import User

__all__ = ["Campaign", "Chapter", "ChapterCourseStats", "Member", "Occupation", "Role", "User"]
