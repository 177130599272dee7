from django.urls import path

from courses import views

app_name = "courses"
urlpatterns = [
    path("lessons/<int:lesson_id>/done/", views.lesson_done, name="lesson_done"),
    path("my-learning/", views.my_learning, name="my_learning"),
]
