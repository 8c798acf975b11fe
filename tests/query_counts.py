"""How many SQL queries a page costs, for the tests that hold list pages to a fixed number
whatever the number of agents, attempts and reports."""

from collections.abc import Callable

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def page_queries(client: Client, path: str) -> tuple[int, str]:
    """The queries of a GET of `path` (asked twice: the first fills caches a busy site keeps warm) and its HTML."""
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(queries), response.content.decode()


def assert_queries_flat(client: Client, path: str, grow: Callable[[], object]) -> str:
    """`path` costs as many queries after `grow()` (three times the rows) as before; the HTML after."""
    before, _ = page_queries(client, path)
    grow()
    after, html = page_queries(client, path)
    assert after == before, f"{path}: {before} queries with N rows, {after} with 3N"
    return html
