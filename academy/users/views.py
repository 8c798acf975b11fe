from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The signed-in landing page: links to what the user's role can do."""
    return render(request, "academy/home.html")
