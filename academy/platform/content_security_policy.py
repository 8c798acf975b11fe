"""The Content-Security-Policy header (django-csp), with Wagtail's admin as the one exception.

The site's pages run only this site's scripts, never inline ones, and accept an inline
<style> only with the page's nonce (the SVG charts). Wagtail's admin still writes inline
styles and scripts of its own, so /cms/ (signed-in trainers and supervisors only) gets
CMS_CONTENT_SECURITY_POLICY's directives in place of the site's.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

CMS_PREFIX = "/cms/"  # academy.urls


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware; under /cms/ the CMS directives replace the site's."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(CMS_PREFIX):
            parts.replace = {**settings.CMS_CONTENT_SECURITY_POLICY, **(parts.replace or {})}
        return parts
