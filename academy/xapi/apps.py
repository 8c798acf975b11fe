from django.apps import AppConfig


class XapiConfig(AppConfig):
    name = "academy.xapi"
    label = "xapi"
    verbose_name = "Learning records (xAPI)"
