from django.urls import path

from . import views

app_name = "social"
urlpatterns = [
    path("scenarios/<int:pk>/", views.scenario_detail, name="scenario_detail"),
    path("scenarios/<int:pk>/start/", views.attempt_start, name="attempt_start"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt_detail"),
    path("attempts/<int:pk>/state/", views.attempt_state, name="attempt_state"),
    path("attempts/<int:pk>/reply/", views.attempt_reply, name="attempt_reply"),
    path("attempts/<int:pk>/finish/", views.attempt_finish, name="attempt_finish"),
    path("attempts/<int:pk>/retry/", views.attempt_retry, name="attempt_retry"),
    path("threads/score/", views.thread_score, name="thread_score"),
]
