"""Read a Wagtail admin form the way a browser submits it, so tests post exactly what a trainer would."""

from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from feedback.rubrics.models import Rubric


def admin_url(view: str, *args) -> str:
    """The URL of the rubric snippet view `view` (list, add, edit, copy, inspect, delete)."""
    return reverse(Rubric.snippet_viewset.get_url_name(view), args=args)


def criterion(definition: dict, key: str) -> dict:
    return next(item for item in definition["criteria"] if item["key"] == key)


def form_data(html: bytes | str, action: str) -> dict[str, list[str]]:
    """The name → values a browser would submit for the form posting to `action` (no JavaScript)."""
    form = BeautifulSoup(html, "html.parser").find("form", attrs={"action": action})
    assert form is not None, f"no form posting to {action}"
    data: dict[str, list[str]] = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or "__prefix__" in name or element.has_attr("disabled"):
            continue
        kind = element.get("type", "text")
        if element.name == "select":
            options = element.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")] or options[:1]
            values = [option.get("value", option.text) for option in chosen]
        elif element.name == "textarea":
            values = [element.text.removeprefix("\n").removeprefix("\r\n")]
        elif kind in ("checkbox", "radio"):
            values = [element.get("value", "on")] if element.has_attr("checked") else []
        elif kind in ("submit", "button", "file", "image", "reset"):
            continue
        else:
            values = [element.get("value", "")]
        if values:
            data.setdefault(name, []).extend(values)
    return data


def row_prefix(data: dict[str, list[str]], key: str) -> str:
    """The formset prefix (`criteria-N`) of the row for criterion `key`."""
    for name, values in data.items():
        if name.startswith("criteria-") and name.endswith("-key") and values == [key]:
            return name.removesuffix("-key")
    raise AssertionError(f"no row for {key}")


def set_field(data: dict[str, list[str]], name: str, value: str | bool) -> None:
    """Set a text field, or tick/untick a checkbox (True/False)."""
    if value is True:
        data[name] = ["on"]
    elif value is False:
        data.pop(name, None)
    else:
        data[name] = [value]


def open_form(client: Client, url: str, action: str | None = None) -> dict[str, list[str]]:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return form_data(response.content, action or url)
