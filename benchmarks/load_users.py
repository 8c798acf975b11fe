"""The people of the load test (locust): agents and supervisors doing what they do, each signed in
as a demo person. benchmarks/load_test.py starts the server, writes the plan and runs this file."""

import json
import os
import random
import re

from locust import HttpUser, between, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"]).read())
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PASSWORD = PLAN["password"]


class Person(HttpUser):
    abstract = True
    wait_time = between(1, 3)  # a person reads before the next click
    role = ""

    def on_start(self):
        self.me = random.choice(PLAN[self.role])
        page = self.client.get("/en/accounts/login/", name="sign in")
        self.client.post(
            "/en/accounts/login/",
            name="sign in",
            data={
                "username": self.me["username"],
                "password": PASSWORD,
                "csrfmiddlewaretoken": CSRF.search(page.text).group(1),
            },
        )

    def report(self):
        if self.me["reports"]:
            self.client.get(f"/en/reports/{random.choice(self.me['reports'])}/", name="page: report")

    def pdf(self):
        if self.me["reports"]:
            self.client.get(f"/en/reports/{random.choice(self.me['reports'])}/pdf/", name="PDF download")


class Agent(Person):
    weight = 4
    role = "agents"

    @task(3)
    def pages(self):
        self.client.get("/en/", name="page: home")
        self.client.get("/en/learning/", name="page: my learning")
        self.client.get("/en/practice/", name="page: practice")

    @task(3)
    def quiz(self):
        if not self.me["quizzes"]:
            return
        quiz = random.choice(self.me["quizzes"])
        lesson = self.client.get(quiz["lesson_url"], name="page: lesson")
        answers = {name: "0" for name in quiz["fields"]}
        self.client.post(
            quiz["post_url"],
            name="quiz post",
            data={**answers, "csrfmiddlewaretoken": CSRF.search(lesson.text).group(1)},
        )

    @task(2)
    def reports(self):
        self.client.get("/en/reports/", name="page: reports")
        self.report()

    @task(1)
    def download(self):
        self.pdf()

    @task(4)
    def poll(self):
        if self.me["attempts"]:
            self.client.get(f"/en/practice/attempts/{random.choice(self.me['attempts'])}/status/", name="status poll")


class Supervisor(Person):
    weight = 1
    role = "supervisors"

    @task(3)
    def pages(self):
        self.client.get("/en/", name="page: home")
        self.client.get("/en/learning/team/", name="page: team progress")
        self.client.get("/en/reports/queue/", name="page: review queue")

    @task(2)
    def reports(self):
        self.report()

    @task(1)
    def download(self):
        self.pdf()
