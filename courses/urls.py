from django.urls import path

from courses import offline_views, views

app_name = "courses"
urlpatterns = [
    path("lessons/<int:lesson_id>/done/", views.lesson_done_moved, name="lesson_done"),
    path(
        "lessons/<int:lesson_id>/done/sync/",
        offline_views.lesson_done_sync,
        name="lesson_done_sync",
    ),
    path("my-learning/", views.my_learning, name="my_learning"),
    path("offline/courses/<int:course_id>/", offline_views.course_offline, name="offline"),
]
