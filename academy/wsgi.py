import os

from django.core.wsgi import get_wsgi_application

from academy.platform.secret_key import require_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.base")
require_secret_key()
application = get_wsgi_application()
