"""Signals of the running platform, so apps add start-up work without the platform importing them."""

from django.dispatch import Signal

# Sent by `run_worker` before the worker takes its first job (e.g. to recover jobs a
# killed worker left behind, or to start self-rescheduling maintenance jobs).
worker_starting = Signal()

# Sent by the web server in each worker process before it serves its first request (gunicorn's
# `post_worker_init`, academy/gunicorn.py): e.g. to load the speech engine for live calls.
web_worker_starting = Signal()
