"""Send the statements the external LRS has not accepted yet (the worker does it after each event)."""

from django.core.management import BaseCommand

from academy.xapi.services import statements_forward


class Command(BaseCommand):
    help = "Forward pending xAPI statements to XAPI_LRS_ENDPOINT."

    def handle(self, *args, **options):
        self.stdout.write(f"{statements_forward()} statement(s) accepted")
