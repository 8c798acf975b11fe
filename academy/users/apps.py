from django.apps import AppConfig


class UsersConfig(AppConfig):
    name = "academy.users"
    label = "users"
    verbose_name = "Users"
