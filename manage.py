#!/usr/bin/env python
import os
import sys

# Commands that need only some of the apps start with those alone (see each module).
COMMAND_SETTINGS = {"transcribe": "academy.settings.transcribe", "score_transcript": "academy.settings.scoring"}

if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", COMMAND_SETTINGS.get(command, "academy.settings.base"))
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
