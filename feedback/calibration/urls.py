from django.urls import path

from . import views

app_name = "calibration"
urlpatterns = [
    path("", views.session_list, name="index"),
    path("new/", views.session_new, name="session_new"),
    path("reviewers/", views.reviewer_agreement, name="reviewer_agreement"),
    path("<int:pk>/", views.session_detail, name="session_detail"),
    path("<int:pk>/answers/", views.answers_submit, name="answers_submit"),
    path("<int:pk>/reveal/", views.session_reveal, name="session_reveal"),
    path("<int:pk>/agree/", views.session_agree, name="session_agree"),
    path("<int:pk>/items/<int:item>/recording/", views.item_recording, name="item_recording"),
]
