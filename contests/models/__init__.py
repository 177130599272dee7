from contests.models.bank import ContestQuestion, Difficulty
from contests.models.contests import Contest, ContestDrawRule, Round
from contests.models.entries import ContestEntry, RoundStanding, UnitParticipation

__all__ = [
    "Contest",
    "ContestDrawRule",
    "ContestEntry",
    "ContestQuestion",
    "Difficulty",
    "Round",
    "RoundStanding",
    "UnitParticipation",
]
