"""The three kinds of people who use the Academy, as Django groups.

A user's role is the group they belong to; Wagtail permissions hang off the same
groups, so trainers and supervisors reach the admin and agents do not.
"""
from enum import StrEnum


class Role(StrEnum):
    AGENT = "Agent"
    TRAINER = "Trainer"
    SUPERVISOR = "Supervisor"
