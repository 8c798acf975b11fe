from django.http import HttpRequest


def roles(request: HttpRequest) -> dict:
    """Expose the signed-in user's roles to templates for navigation only (views check access)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"is_agent": False, "is_trainer": False, "is_supervisor": False}
    names = set(user.groups.values_list("name", flat=True))
    return {
        "is_agent": "Agent" in names,
        "is_trainer": user.is_superuser or "Trainer" in names,
        "is_supervisor": "Supervisor" in names,
    }
