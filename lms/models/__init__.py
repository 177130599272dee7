from .chapters import Chapter
from .members import Member, Occupation
from .users import User

__all__ = ["Chapter", "Member", "Occupation", "User"]
