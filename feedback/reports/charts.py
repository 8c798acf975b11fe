"""Charts drawn as SVG by pygal (vector, no JavaScript needed, no raster images)."""

from datetime import datetime
from xml.etree import ElementTree

import pygal
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from pygal.style import Style

STYLE = Style(
    background="transparent",
    plot_background="#ffffff",
    foreground="#1d2430",
    foreground_strong="#1d2430",
    foreground_subtle="#e4e7ec",
    colors=("#0b6e4f", "#b42318"),
    font_family="DejaVu Sans, sans-serif",
)


def score_trend_svg(
    trend: list[tuple[datetime, float, bool]], *, pass_mark: float, title: str, pass_mark_label: str, style_nonce: str
) -> SafeString:
    """Line of scores across attempts, with the pass mark as a dashed line, for a page's own markup.

    `style_nonce` is the page's Content-Security-Policy nonce, which the chart's <style> needs.
    """
    chart = pygal.Line(
        style=STYLE,
        width=720,
        height=280,
        range=(0, 100),
        show_legend=True,
        legend_at_bottom=True,
        x_label_rotation=30,
        disable_xml_declaration=True,
        js=[],
        title=title,
        dots_size=4,
        show_minor_x_labels=len(trend) <= 12,
        truncate_label=-1,
    )
    chart.x_labels = [date_format(timezone.localtime(created), "SHORT_DATETIME_FORMAT") for created, _, _ in trend]
    chart.add(title, [score for _, score, _ in trend])
    chart.add(pass_mark_label, [pass_mark] * len(trend), stroke_style={"dasharray": "6,4"}, show_dots=False)
    return mark_safe(_inline_svg(chart.render_tree(), style_nonce))


def _inline_svg(svg: ElementTree.Element, style_nonce: str) -> str:
    """The chart without pygal's inline script and tooltip layer (we load no tooltip script, and the
    policy runs no inline script), and with its <style> allowed by the page's nonce."""
    for parent in list(svg.iter()):
        for child in list(parent):
            if child.tag == "script" or "tooltip-overlay" in child.get("class", ""):
                parent.remove(child)
            elif child.tag == "style":
                child.set("nonce", style_nonce)
    return ElementTree.tostring(svg, encoding="unicode")
