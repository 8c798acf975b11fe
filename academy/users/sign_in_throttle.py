"""Sign-in throttling: django-axes counts failed sign-ins per account and per address.

Axes has one failure limit for all its lockout parameters. An account gets few tries
(SIGN_IN_FAILURES_PER_ACCOUNT), but the agents of a contact centre usually sign in from
one office address, where honest typos add up: an address gets a larger allowance
(SIGN_IN_FAILURES_PER_ADDRESS), scaled here onto axes' limit. Failures count for
AXES_COOLOFF_TIME after the last one, so every pause ends by itself.
"""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest


class SignInThrottle(AxesDatabaseHandler):
    """Axes' database handler, with the address count weighed against its own allowance.

    AXES_LOCKOUT_PARAMETERS is ["username", "ip_address"]: get_user_attempts returns the
    account's attempts, then the address's.
    """

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        per_account, per_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        return max(
            per_account, per_address * settings.SIGN_IN_FAILURES_PER_ACCOUNT // settings.SIGN_IN_FAILURES_PER_ADDRESS
        )


def client_address(request: HttpRequest) -> str:
    """The address a sign-in comes from, as the outermost of TRUSTED_PROXIES reverse proxies saw it.

    Behind a proxy every request comes from the proxy's own address, which would pause
    everyone at once. Each proxy appends the address it was reached from to
    X-Forwarded-For; anything further left was written by the client and is not trusted.
    """
    proxies = settings.TRUSTED_PROXIES
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
