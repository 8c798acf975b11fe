"""Wagtail admin form data the way the browser posts it, beyond wagtail.test.utils.form_data."""


def list_block(*values) -> dict:
    """A ListBlock's form data, for nested_form_data."""
    data = {"count": len(values)}
    for index, value in enumerate(values):
        data[str(index)] = {"value": value, "deleted": "", "order": str(index), "id": ""}
    return data
