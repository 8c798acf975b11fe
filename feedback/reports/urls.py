from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("", views.scorecard_list, name="index"),
    path("queue/", views.review_queue, name="review_queue"),
    path("<int:pk>/", views.scorecard_detail, name="scorecard_detail"),
    path("<int:pk>/pdf/", views.scorecard_pdf, name="scorecard_pdf"),
    path("<int:pk>/submit/", views.scorecard_submit, name="scorecard_submit"),
    path("<int:pk>/overrides/", views.override_create, name="override_create"),
    path("<int:pk>/coaching/", views.coaching_update, name="coaching_update"),
    path("<int:pk>/action-items/", views.action_item_create, name="action_item_create"),
    path("<int:pk>/rescore/", views.scorecard_rescore, name="scorecard_rescore"),
    path("<int:pk>/disputes/", views.dispute_create, name="dispute_create"),
    path("action-items/<int:pk>/done/", views.action_item_done, name="action_item_done"),
    path("action-items/<int:pk>/delete/", views.action_item_delete, name="action_item_delete"),
    path("disputes/<int:pk>/resolve/", views.dispute_resolve, name="dispute_resolve"),
    path("progress/<int:agent_id>/", views.agent_progress, name="agent_progress"),
    path("teams/", views.team_list, name="team_list"),
    path("teams/<int:pk>/", views.team_progress, name="team_progress"),
    path("certificates/<int:pk>/", views.certificate_pdf, name="certificate_pdf"),
]
