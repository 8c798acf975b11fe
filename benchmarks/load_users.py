"""The people of the load test (locust): agents and supervisors doing what they do, each signed in
as a demo person. benchmarks/load_test.py starts the server, writes the plan and runs this file.

Two phases, timed apart: the ramp-up, while people arrive and sign in (password hashing is meant
to be slow, and a crowd signing in at once says nothing about how fast pages are), and the steady
state, which begins when the last person has signed in and lasts LOAD_SECONDS, then stops the run.
Every request is recorded with its phase and written to LOAD_SAMPLES (JSON) when locust quits; a
page that ends on the sign-in form (a lost session) counts as an error. The CPU the server's
workers and locust use in the steady state, and the load average, are written with them. Each
request names its kind and phase in headers (X-Load-Kind, X-Load-Phase), so the server's access
log times the same kinds from its side.
"""

import json
import os
import random
import re
import time

import gevent
import psutil
from locust import HttpUser, between, events, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"]).read())
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PASSWORD = PLAN["password"]
SIGN_IN_URL = "/en/accounts/login/"
USERS = int(os.environ["LOAD_USERS"])
STEADY_SECONDS = float(os.environ["LOAD_SECONDS"])

samples: list[dict] = []
run = {"started": time.monotonic(), "signed_in": 0, "steady_since": None, "cpu": {}, "load": []}


def cpu_seconds() -> dict:
    """CPU time used so far by the web server's workers and by locust itself."""
    server = psutil.Process(int(os.environ["LOAD_SERVER_PID"]))
    return {
        "server": sum(sum(child.cpu_times()[:2]) for child in server.children(recursive=True)),
        "locust": sum(psutil.Process().cpu_times()[:2]),
        "at": time.monotonic(),
    }


@events.request.add_listener
def record(request_type, name, response_time, exception, response=None, **_):
    error = repr(exception) if exception else None
    if not error and name != "sign in" and response is not None and response.url.split("?")[0].endswith(SIGN_IN_URL):
        error = "signed out: answered with the sign-in form"
    samples.append(
        {
            "phase": "ramp-up" if run["steady_since"] is None else "steady",
            "kind": f"{request_type} {name}",
            "ms": response_time,
            "error": error,
        }
    )


@events.quitting.add_listener
def save(environment, **_):
    ramp = (run["steady_since"] or time.monotonic()) - run["started"]
    cpu = {}
    if run["steady_since"] is not None:
        end = cpu_seconds()
        cpu = {who: (end[who] - run["cpu"][who]) / (end["at"] - run["cpu"]["at"]) for who in ("server", "locust")}
    load = [*run["load"], os.getloadavg()[0]] if run["steady_since"] is not None else []
    with open(os.environ["LOAD_SAMPLES"], "w") as out:
        json.dump(
            {
                "ramp_seconds": ramp,
                "steady": run["steady_since"] is not None,
                "cpu": cpu,
                "load": load,
                "samples": samples,
            },
            out,
        )


def signed_in(environment) -> None:
    """Count a person in; the last one starts the steady state, which ends the run when it is over."""
    run["signed_in"] += 1
    if run["signed_in"] == USERS:
        run["steady_since"] = time.monotonic()
        run["cpu"] = cpu_seconds()
        run["load"].append(os.getloadavg()[0])
        gevent.spawn_later(STEADY_SECONDS / 2, lambda: run["load"].append(os.getloadavg()[0]))
        gevent.spawn_later(STEADY_SECONDS, environment.runner.quit)


class Person(HttpUser):
    abstract = True
    wait_time = between(1, 3)  # a person reads before the next click
    role = ""

    def get(self, url: str, name: str):
        return self.client.get(url, name=name, headers=self.kind(name))

    def post(self, url: str, name: str, data: dict):
        return self.client.post(url, name=name, data=data, headers=self.kind(name))

    @staticmethod
    def kind(name: str) -> dict:
        return {"X-Load-Kind": name, "X-Load-Phase": "ramp-up" if run["steady_since"] is None else "steady"}

    def on_start(self):
        self.me = random.choice(PLAN[self.role])
        page = self.get(SIGN_IN_URL, "sign in")
        self.post(
            SIGN_IN_URL,
            "sign in",
            {
                "username": self.me["username"],
                "password": PASSWORD,
                "csrfmiddlewaretoken": CSRF.search(page.text).group(1),
            },
        )
        signed_in(self.environment)

    def report(self):
        if self.me["reports"]:
            self.get(f"/en/reports/{random.choice(self.me['reports'])}/", "page: report")

    def pdf(self):
        if self.me["reports"]:
            self.get(f"/en/reports/{random.choice(self.me['reports'])}/pdf/", "PDF download")


class Agent(Person):
    weight = 4
    role = "agents"

    @task(3)
    def pages(self):
        self.get("/en/", "page: home")
        self.get("/en/learning/", "page: my learning")
        self.get("/en/practice/", "page: practice")

    @task(3)
    def quiz(self):
        if not self.me["quizzes"]:
            return
        quiz = random.choice(self.me["quizzes"])
        lesson = self.get(quiz["lesson_url"], "page: lesson")
        answers = {name: "0" for name in quiz["fields"]}
        self.post(quiz["post_url"], "quiz post", {**answers, "csrfmiddlewaretoken": CSRF.search(lesson.text).group(1)})

    @task(2)
    def reports(self):
        self.get("/en/reports/", "page: reports")
        self.report()

    @task(1)
    def download(self):
        self.pdf()

    @task(4)
    def poll(self):
        if self.me["attempts"]:
            self.get(f"/en/practice/attempts/{random.choice(self.me['attempts'])}/status/", "status poll")


class Supervisor(Person):
    weight = 1
    role = "supervisors"

    @task(3)
    def pages(self):
        self.get("/en/", "page: home")
        self.get("/en/learning/team/", "page: team progress")
        self.get("/en/reports/queue/", "page: review queue")

    @task(2)
    def reports(self):
        self.report()

    @task(1)
    def download(self):
        self.pdf()
