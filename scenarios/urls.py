from django.urls import path

from . import views

app_name = "scenarios"
urlpatterns = [
    path("", views.practice_home, name="practice"),
    path("scenarios/<int:pk>/", views.scenario_detail, name="scenario_detail"),
    path("scenarios/<int:pk>/lines/<int:index>/audio/", views.scenario_line_audio, name="scenario_line_audio"),
    path("scenarios/<int:pk>/start/", views.attempt_start, name="attempt_start"),
    path("scenarios/<int:pk>/upload/", views.attempt_upload, name="attempt_upload"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt_detail"),
    path("attempts/<int:pk>/status/", views.attempt_status, name="attempt_status"),
    path("attempts/<int:pk>/turns/<int:index>/", views.attempt_turn_record, name="attempt_turn_record"),
    path("attempts/<int:pk>/turns/<int:index>/recording/", views.attempt_turn_recording, name="attempt_turn_recording"),
    path("attempts/<int:pk>/submit/", views.attempt_submit, name="attempt_submit"),
    path("attempts/<int:pk>/retry/", views.attempt_retry, name="attempt_retry"),
    path("attempts/<int:pk>/speakers/", views.attempt_speakers, name="attempt_speakers"),
    path("attempts/<int:pk>/recording/", views.attempt_recording, name="attempt_recording"),
]
