"""Signals of the running platform, so apps add start-up work without the platform importing them."""
from django.dispatch import Signal

# Sent by `run_worker` before the worker takes its first job (e.g. to recover jobs a
# killed worker left behind, or to start self-rescheduling maintenance jobs).
worker_starting = Signal()
