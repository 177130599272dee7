from django.urls import path

from quizzes import views

app_name = "quizzes"
urlpatterns = [
    path("quizzes/<int:quiz_id>/", views.quiz_detail, name="detail"),
    path("quizzes/<int:quiz_id>/start/", views.attempt_start, name="start"),
    path("quizzes/attempts/<int:attempt_id>/", views.attempt_take, name="take"),
    path("quizzes/attempts/<int:attempt_id>/result/", views.attempt_result, name="result"),
]
