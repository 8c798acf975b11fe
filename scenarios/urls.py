from django.urls import path

from . import views

app_name = "scenarios"
urlpatterns = [
    path("", views.practice_home, name="practice"),
    path("scenarios/<int:pk>/", views.scenario_detail, name="scenario_detail"),
    path("scenarios/<int:pk>/start/", views.attempt_start, name="attempt_start"),
    path("scenarios/<int:pk>/upload/", views.attempt_upload, name="attempt_upload"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt_detail"),
    path("attempts/<int:pk>/status/", views.attempt_status, name="attempt_status"),
    path("attempts/<int:pk>/turns/<int:index>/recording/", views.attempt_turn_recording, name="attempt_turn_recording"),
    path("attempts/<int:pk>/call/", views.call_state, name="call_state"),
    path("attempts/<int:pk>/call/reply/", views.call_reply, name="call_reply"),
    path("attempts/<int:pk>/call/lines/<int:index>/audio/", views.call_line_audio, name="call_line_audio"),
    path("attempts/<int:pk>/call/hint/", views.call_hint, name="call_hint"),
    path("attempts/<int:pk>/call/hang-up/", views.call_hang_up, name="call_hang_up"),
    path("attempts/<int:pk>/discard/", views.attempt_discard, name="attempt_discard"),
    path("attempts/<int:pk>/retry/", views.attempt_retry, name="attempt_retry"),
    path("attempts/<int:pk>/speakers/", views.attempt_speakers, name="attempt_speakers"),
    path("attempts/<int:pk>/recording/", views.attempt_recording, name="attempt_recording"),
]
