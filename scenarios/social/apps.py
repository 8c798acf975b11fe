from django.apps import AppConfig


class SocialConfig(AppConfig):
    name = "scenarios.social"
    label = "social"
    verbose_name = "Social-media practice"
