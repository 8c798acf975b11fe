"""`{% pagination page_obj %}`: the links to the other pages of a list made by
academy.platform.pagination.page_of, keeping the rest of the query string (filters, the
place in another list on the same page)."""

from django import template
from django.core.paginator import Page

register = template.Library()


@register.inclusion_tag("academy/includes/pagination.html", takes_context=True)
def pagination(context, page: Page, label: str = "") -> dict:
    """`label` names the list for screen readers when a page holds more than one."""
    request = context["request"]

    def url(number: int) -> str:
        query = request.GET.copy()
        query[page.param] = number
        return f"?{query.urlencode()}"

    numbers = page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    return {
        "page": page,
        "label": label,
        "links": [
            {
                "number": number,
                "url": url(number) if number != page.paginator.ELLIPSIS else "",
                "current": number == page.number,
            }
            for number in numbers
        ],
        "previous_url": url(page.previous_page_number()) if page.has_previous() else "",
        "next_url": url(page.next_page_number()) if page.has_next() else "",
    }
