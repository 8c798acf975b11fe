from django.apps import AppConfig


class ScenariosConfig(AppConfig):
    name = "scenarios"
    label = "scenarios"
    verbose_name = "Practice scenarios"

    def ready(self) -> None:
        from academy.platform import jobs
        from academy.platform.signals import web_worker_starting, worker_starting
        from feedback.reports import hooks

        from .conf import setting
        from .report_links import (
            criteria_practice_links,
            scorecard_call_path_html,
            scorecard_recording_file,
            scorecard_recording_url,
        )
        from .services.pipeline import attempts_recover_stalled
        from .signals import web_worker_warm, worker_housekeeping

        worker_starting.connect(worker_housekeeping, dispatch_uid="scenarios-worker-housekeeping")
        jobs.recovery_register(attempts_recover_stalled, every_s=lambda: setting("ATTEMPT_STALE_SECONDS") / 2)
        web_worker_starting.connect(web_worker_warm, dispatch_uid="scenarios-web-worker-warm")
        hooks.recording_url_providers.append(scorecard_recording_url)
        hooks.recording_file_providers.append(scorecard_recording_file)
        hooks.practice_link_providers.append(criteria_practice_links)
        hooks.section_providers.append(scorecard_call_path_html)
