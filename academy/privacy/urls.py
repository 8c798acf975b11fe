from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("", views.my_data, name="my_data"),
    path("export/", views.my_data_export, name="my_data_export"),
    path("people/", views.people, name="people"),
    path("people/<int:pk>/erase/", views.person_erase_confirm, name="person_erase"),
]
