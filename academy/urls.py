from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from academy.users import views as user_views

handler500 = "academy.platform.error_pages.server_error"  # 404 and 403: the templates of the same name

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("documents/", include(wagtaildocs_urls)),
]

urlpatterns += i18n_patterns(
    path("", user_views.home, name="home"),
    path("accounts/login/", user_views.SignInView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("learning/", include("academy.courses.urls")),
    path("practice/social/", include("scenarios.social.urls")),
    path("practice/", include("scenarios.urls")),
    path("reports/", include("feedback.reports.urls")),
    path("calibration/", include("feedback.calibration.urls")),
    path("privacy/", include("academy.privacy.urls")),
    # Wagtail pages last, at the language root: /<lang>/courses/<course>/<lesson>/.
    # The app prefixes above win over a page slug of the same name.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.STORAGE_BACKEND == "local":
    # CMS images (lesson figures) for signed-in users on a single-machine install; S3 serves its own
    # through expiring signed URLs. Documents are not served here but by Wagtail's permission-checked
    # /documents/ view; private recordings and reports are not under MEDIA_ROOT at all.
    from django.contrib.auth.decorators import login_required
    from django.views.static import serve

    urlpatterns.insert(
        0,
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>(?:images|original_images)/[^/]+)$",
            login_required(serve),
            {"document_root": settings.MEDIA_ROOT},
        ),
    )
