from django.urls import path

from contests import views, views_rankings

app_name = "contests"

urlpatterns = [
    path("entries/<int:entry_id>/", views.take, name="take"),
    path("entries/<int:entry_id>/submit/", views.submit, name="submit"),
    path("entries/<int:entry_id>/result/", views.result, name="result"),
    path("<slug:slug>/", views.landing, name="landing"),
    path("<slug:slug>/share.png", views.share_picture, name="share_picture"),
    path("<slug:slug>/start/", views.start, name="start"),
    # Rankings for officials (live), the workbook and the certificates.
    path("<slug:slug>/rankings/", views_rankings.rankings_home, name="rankings"),
    path(
        "<slug:slug>/rankings/overall/",
        views_rankings.overall_rankings,
        name="overall_rankings",
    ),
    path(
        "<slug:slug>/rankings/<int:round_id>/",
        views_rankings.round_rankings,
        name="round_rankings",
    ),
    path(
        "<slug:slug>/rankings/<int:round_id>/publish/",
        views_rankings.round_publish,
        name="round_publish",
    ),
    path(
        "<slug:slug>/rankings/<int:round_id>/results.xlsx",
        views_rankings.round_export,
        name="round_export",
    ),
    path(
        "<slug:slug>/rankings/<int:round_id>/certificates/",
        views_rankings.certificates_pick,
        name="certificates_pick",
    ),
    path(
        "<slug:slug>/rankings/<int:round_id>/certificates/print/",
        views_rankings.certificates_print,
        name="certificates_print",
    ),
    # The public results: given names and units, once a round's results are published.
    path("<slug:slug>/results/", views_rankings.public_results, name="results"),
    path(
        "<slug:slug>/results/<int:round_id>/",
        views_rankings.public_results,
        name="round_results",
    ),
]
