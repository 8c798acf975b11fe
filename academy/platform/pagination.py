"""Lists that grow with a contact center (agents, reports, attempts) are shown a page at a time:
a person reads a page, and the database reads only that page's rows."""

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest

PER_PAGE = 25


def page_of(request: HttpRequest, items: QuerySet | list, *, per_page: int = PER_PAGE, param: str = "page") -> Page:
    """The page of `items` that `?<param>=` asks for; a missing, garbled or too large number gives
    the first or the last page rather than an error. The page remembers `param` for its links
    (`{% pagination %}`), so two lists on one page keep their own place.

    A queryset is cut in two steps: the ids of the page first (the database sorts narrow rows),
    then those rows with their joins. Sorting thousands of wide joined rows (transcripts,
    scenario pages) only to keep 25 took most of a list's time."""
    if isinstance(items, QuerySet):
        page = Paginator(items.values_list("pk", flat=True), per_page).get_page(request.GET.get(param))
        rows = items.in_bulk(list(page.object_list))
        page.object_list = [rows[pk] for pk in page.object_list]
    else:
        page = Paginator(items, per_page).get_page(request.GET.get(param))
    page.param = param
    return page
