"""Demo people: agents in two teams, their supervisors and a trainer."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from academy.teams.models import Team
from academy.users.roles import Role

DEMO_PASSWORD = "academy-demo"


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: Role
    language: str
    team: str


DEMO_USERS = [
    DemoUser("giulia", "Giulia", "Bianchi", Role.AGENT, "it", "Team Roma"),
    DemoUser("marco", "Marco", "Esposito", Role.AGENT, "it", "Team Roma"),
    DemoUser("emma", "Emma", "Clarke", Role.AGENT, "en", "Team London"),
    DemoUser("sara", "Sara", "Ricci", Role.SUPERVISOR, "it", "Team Roma"),
    DemoUser("oliver", "Oliver", "Hughes", Role.SUPERVISOR, "en", "Team London"),
    DemoUser("tommaso", "Tommaso", "Greco", Role.TRAINER, "it", ""),
]


def demo_users_load() -> list[DemoUser]:
    """Create (or reset the password of) every demo user and their team; safe to run twice."""
    User = get_user_model()
    for spec in DEMO_USERS:
        user, _ = User.objects.get_or_create(username=spec.username)
        user.first_name, user.last_name, user.language = spec.first_name, spec.last_name, spec.language
        user.email = f"{spec.username}@academy.example"
        user.is_staff = spec.role is not Role.AGENT
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name=spec.role.value))
        if spec.team:
            team, _ = Team.objects.get_or_create(name=spec.team)
            (team.agents if spec.role is Role.AGENT else team.supervisors).add(user)
    return DEMO_USERS
