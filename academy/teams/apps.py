from django.apps import AppConfig


class TeamsConfig(AppConfig):
    name = "academy.teams"
    label = "teams"
    verbose_name = "Teams"
