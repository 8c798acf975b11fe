from django.http import HttpRequest

from .roles import Role, user_roles


def roles(request: HttpRequest) -> dict:
    """Expose the signed-in user's roles to templates for navigation only (views check access)."""
    held = user_roles(getattr(request, "user", None))
    return {
        "is_agent": Role.AGENT in held,
        "is_trainer": Role.TRAINER in held,
        "is_supervisor": Role.SUPERVISOR in held,
    }
