"""Live role-play: a scenario whose customer answers what the agent just said.

Plain Python, no Django (like ``feedback.scoring``): ``scenario`` reads, validates and
writes the role-play scenario JSON of ``../shared/specs/interfaces.md``; ``call`` plays it,
deciding each reply with ``feedback.scoring.replies`` (the checks that score the call).
The command ``roleplay``, the CMS import/export and the live call page all go through here.
"""
