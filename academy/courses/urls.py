from django.urls import path

from . import views

app_name = "courses"
urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<int:lesson_id>/quizzes/<str:block_id>/", views.quiz_submit, name="quiz_submit"),
    path("team/", views.team_progress, name="team_progress"),
    path("agents/<int:agent_id>/", views.agent_progress, name="agent_progress"),
]
