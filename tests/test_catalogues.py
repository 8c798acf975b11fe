"""The Italian catalogues of every app speak with one voice. Django merges them into one: when two
apps translate the same English message differently, one wins everywhere (a verdict "Superato" beside
"Non superata", an attempt "Non superati"); a message that needs two translations carries a context."""

import re
from collections import defaultdict
from pathlib import Path

from django.conf import settings

QUOTED = re.compile(r'^(msgctxt|msgid|msgstr) "(.*)"$')


def _entries(path: Path):
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields, current = {}, None
        for line in block.splitlines():
            if match := QUOTED.match(line):
                current = match.group(1)
                fields[current] = match.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
            elif not line.startswith("#"):
                current = None
        if fields.get("msgid") and fields.get("msgstr"):
            yield (fields.get("msgctxt"), fields["msgid"]), fields["msgstr"]


def test_no_english_message_has_two_italian_translations():
    catalogues = [
        path
        for path in Path(settings.BASE_DIR).glob("**/locale/it/LC_MESSAGES/django.po")
        if ".venv" not in path.parts and "node_modules" not in path.parts
    ]
    translations = defaultdict(dict)
    for path in catalogues:
        for key, text in _entries(path):
            translations[key][str(path.relative_to(settings.BASE_DIR))] = text
    conflicts = {key: found for key, found in translations.items() if len(set(found.values())) > 1}
    assert not conflicts, conflicts
