"""The PDF engine: HTML in, PDF bytes out, with WeasyPrint. No Django here, so a task,
a command or a benchmark renders the same document without a web request.

Documents are tagged PDF/UA-1 (structure, language, title) so screen readers can read
them, and fonts are embedded (WeasyPrint subsets every font it uses), so a report looks
the same everywhere.
The DejaVu faces shipped by Debian's fonts-dejavu-core are declared here for templates
that ask for the family "Report Sans".
"""

import logging
from functools import cache
from pathlib import Path

# WeasyPrint reports each layout step at INFO, from its import on: noise on a command's
# stderr and in worker logs.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FAMILY = "Report Sans"

_FACES = (
    ("DejaVuSans.ttf", "normal", "normal"),
    ("DejaVuSans-Bold.ttf", "bold", "normal"),
    ("DejaVuSans-Oblique.ttf", "normal", "italic"),
    ("DejaVuSans-BoldOblique.ttf", "bold", "italic"),
)


def _font_css() -> str:
    return "\n".join(
        f'@font-face {{ font-family: "{FONT_FAMILY}"; font-weight: {weight}; '
        f'font-style: {style}; src: url("{(FONT_DIR / name).as_uri()}"); }}'
        for name, weight, style in _FACES
        if (FONT_DIR / name).exists()
    )


@cache
def _renderer():
    """WeasyPrint and its fonts, loaded on the first render: importing it costs about a
    second, which every management command (score_transcript among them) would pay."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    return HTML, CSS(string=_font_css(), font_config=font_config), font_config


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """Render `html` (which may link stylesheets and images relative to `base_url`) as a tagged PDF."""
    html_class, fonts, font_config = _renderer()
    document = html_class(string=html, base_url=base_url)
    return document.write_pdf(stylesheets=[fonts], font_config=font_config, pdf_tags=True, pdf_variant="pdf/ua-1")
