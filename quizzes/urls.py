from django.urls import path

from quizzes import offline_views, views

app_name = "quizzes"
urlpatterns = [
    path("quizzes/<int:quiz_id>/", views.quiz_detail, name="detail"),
    path("quizzes/<int:quiz_id>/start/", views.attempt_start, name="start"),
    path("quizzes/<int:quiz_id>/offline/", offline_views.quiz_offline, name="offline"),
    path(
        "quizzes/<int:quiz_id>/offline/answers/",
        offline_views.quiz_offline_submit,
        name="offline_submit",
    ),
    path("quizzes/attempts/<int:attempt_id>/", views.attempt_take, name="take"),
    path("quizzes/attempts/<int:attempt_id>/result/", views.attempt_result, name="result"),
]
