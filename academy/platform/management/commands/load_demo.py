"""Load the demo: people and teams, then each app's demo content. Safe to run twice."""

from django.core.management import BaseCommand

from academy.courses.demo.load import demo_courses_load
from academy.platform.demo_users import DEMO_PASSWORD, demo_users_load
from feedback.calibration.demo import demo_calibration_load
from feedback.reports.demo import demo_reports_load
from scenarios.demo import demo_scenarios_load
from scenarios.social.demo import demo_social_scenarios_load


class Command(BaseCommand):
    help = "Create demo users, teams and content (Italian and English)."

    def handle(self, *args, **options):
        users = demo_users_load()
        created = demo_courses_load()
        self.stdout.write(f"Demo courses (Italian and English): {created} pages created.")
        self.stdout.write(f"Demo phone scenarios: {len(demo_scenarios_load())}.")
        self.stdout.write(f"Demo social scenarios: {len(demo_social_scenarios_load())}.")
        self.stdout.write(f"Demo coaching reports: {demo_reports_load()} created.")
        self.stdout.write(f"Demo calibration sessions: {demo_calibration_load()} created.")
        self.stdout.write(f"Demo users (password for all: {DEMO_PASSWORD}):")
        for spec in users:
            team = f", {spec.team}" if spec.team else ""
            self.stdout.write(f"  {spec.username:<10} {spec.role.value}{team}")
