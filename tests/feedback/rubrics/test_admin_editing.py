"""Trainers edit rubrics through the real Wagtail admin views; each save freezes a new version."""

import pytest

from feedback.rubrics.models import Rubric
from feedback.rubrics.selectors import rubric_by_slug, rubric_version_latest
from tests.factories import TrainerFactory

from .admin_forms import admin_url as url
from .admin_forms import criterion, open_form, row_prefix, set_field


def test_a_trainer_edit_makes_version_2_and_leaves_version_1_as_it_was(trainer, client_for, phone):
    client = client_for(trainer)
    edit_url = url("edit", phone.pk)
    data = open_form(client, edit_url)
    empathy, fillers = row_prefix(data, "empathy"), row_prefix(data, "filler_words")
    set_field(data, f"{empathy}-weight", "20")
    set_field(data, f"{empathy}-extra_cues_it", "che seccatura per lei\nla capisco benissimo")
    set_field(data, f"{fillers}-max_per_100", "4.5")

    response = client.post(edit_url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    version_1, version_2 = phone.versions.order_by("number")
    assert version_2.number == 2 and version_2.created_by == trainer
    assert criterion(version_2.definition, "empathy")["weight"] == 20
    assert criterion(version_2.definition, "empathy")["extra_cues"]["it"] == [
        "che seccatura per lei",
        "la capisco benissimo",
    ]
    assert criterion(version_2.definition, "filler_words")["params"]["max_per_100"] == 4.5
    assert criterion(version_1.definition, "empathy")["weight"] == 10
    assert criterion(version_1.definition, "empathy")["extra_cues"]["it"] == []
    assert criterion(version_1.definition, "filler_words")["params"]["max_per_100"] == 3.0
    assert rubric_version_latest(phone) == version_2


def test_saving_without_any_change_keeps_the_current_version(trainer, client_for, phone):
    client = client_for(trainer)
    edit_url = url("edit", phone.pk)

    assert client.post(edit_url, open_form(client, edit_url)).status_code == 302

    assert list(phone.versions.values_list("number", flat=True)) == [1]


def test_disabling_a_criterion_and_changing_the_pass_mark_are_frozen_in_the_new_version(trainer, client_for, phone):
    client = client_for(trainer)
    edit_url = url("edit", phone.pk)
    data = open_form(client, edit_url)
    set_field(data, f"{row_prefix(data, 'talk_ratio')}-enabled", False)
    set_field(data, f"{row_prefix(data, 'dead_air')}-critical", True)
    set_field(data, "pass_mark", "70")

    assert client.post(edit_url, data).status_code == 302

    definition = rubric_version_latest(phone).definition
    assert criterion(definition, "talk_ratio")["enabled"] is False
    assert criterion(definition, "dead_air")["critical"] is True
    assert definition["pass_mark"] == 70


def test_copying_a_rubric_gives_the_copy_its_own_slug_rows_and_version_1(trainer, client_for, phone):
    client = client_for(trainer)
    data = open_form(client, url("copy", phone.pk), action=url("add"))
    assert data["slug"] == ["phone-copy"]
    assert "make_default" not in data
    set_field(data, "name", "Telefono — team Roma")
    set_field(data, f"{row_prefix(data, 'greeting')}-weight", "15")

    response = client.post(url("add"), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    copy = rubric_by_slug("phone-copy")
    assert copy.name == "Telefono — team Roma" and copy.channel == "phone" and not copy.is_default
    assert copy.criteria.count() == phone.criteria.count() == 15
    assert {row.pk for row in copy.criteria.all()}.isdisjoint({row.pk for row in phone.criteria.all()})
    (version,) = copy.versions.all()
    assert version.number == 1 and version.definition["slug"] == "phone-copy"
    assert criterion(version.definition, "greeting")["weight"] == 15
    # The original keeps its rows and its only version.
    assert phone.criteria.get(key="greeting").weight == 10
    assert list(phone.versions.values_list("number", flat=True)) == [1]
    assert rubric_by_slug("phone").is_default


def test_a_second_copy_gets_the_next_free_slug(trainer, client_for, phone):
    client = client_for(trainer)
    client.post(url("add"), open_form(client, url("copy", phone.pk), action=url("add")))

    data = open_form(client, url("copy", phone.pk), action=url("add"))

    assert data["slug"] == ["phone-copy-2"]


def test_a_new_rubric_without_rows_starts_from_the_channel_criteria(trainer, client_for):
    client = client_for(trainer)
    data = open_form(client, url("add"))
    data.update({"name": ["Social — escalation desk"], "slug": ["social-escalation"], "channel": ["social"]})

    assert client.post(url("add"), data).status_code == 302

    rubric = rubric_by_slug("social-escalation")
    assert [row.key for row in rubric.criteria.all()] == [
        item["key"] for item in rubric_version_latest(rubric).definition["criteria"]
    ]
    assert rubric.criteria.count() == 12


def test_ticking_default_on_a_copy_moves_the_channel_default_to_it(trainer, client_for, phone):
    client = client_for(trainer)
    data = open_form(client, url("copy", phone.pk), action=url("add"))
    set_field(data, "make_default", True)

    assert client.post(url("add"), data).status_code == 302

    assert Rubric.objects.get(channel="phone", is_default=True).slug == "phone-copy"


@pytest.mark.parametrize(
    ("row", "field", "value", "message"),
    [
        ("greeting", "key", "reply_length", "Not a criterion of the channel"),
        ("greeting", "key", "closing", "duplicate data"),
        ("greeting", "max_gap_s", "3", "does not use this setting"),
        ("speaking_pace", "extra_cues_en", "nice and slow", "does not use this setting"),
        ("speaking_pace", "max_wpm", "100", "Must be above the minimum"),
        ("talk_ratio", "max_ratio", "1.5", "less than or equal to 1"),
        ("empathy", "weight", "-5", "greater than or equal to 0"),
    ],
)
def test_a_row_the_engine_could_not_use_is_refused_with_a_message_and_nothing_saved(
    trainer, client_for, phone, row, field, value, message
):
    client = client_for(trainer)
    edit_url = url("edit", phone.pk)
    data = open_form(client, edit_url)
    set_field(data, f"{row_prefix(data, row)}-{field}", value)

    response = client.post(edit_url, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert phone.versions.count() == 1
    assert phone.criteria.get(key=row).key == row


def test_the_channel_default_cannot_be_unticked_only_moved(trainer, client_for, phone):
    client = client_for(trainer)
    edit_url = url("edit", phone.pk)
    data = open_form(client, edit_url)
    set_field(data, "make_default", False)

    response = client.post(edit_url, data)

    assert response.status_code == 200
    assert "Each channel keeps one default rubric" in response.content.decode()
    assert rubric_by_slug("phone").is_default


def test_the_version_history_is_shown_with_what_each_save_changed(trainer, client_for, phone):
    client = client_for(trainer)
    edit_url = url("edit", phone.pk)
    data = open_form(client, edit_url)
    set_field(data, f"{row_prefix(data, 'empathy')}-weight", "20")
    client.post(edit_url, data)

    page = client.get(edit_url).content.decode()

    assert "v2" in page and "v1" in page
    assert "Empathy: weight 10 → 20" in page


def test_an_italian_trainer_reads_the_editor_and_its_messages_in_italian(client_for, phone):
    client = client_for(TrainerFactory(language="it"))
    edit_url = url("edit", phone.pk)
    data = open_form(client, edit_url)
    set_field(data, f"{row_prefix(data, 'greeting')}-max_gap_s", "3")

    page = client.post(edit_url, data).content.decode()

    assert "Cronologia delle versioni" in page and "Criteri" in page
    assert "Saluto e presentazione non usa questa impostazione." in page
    assert open_form(client, url("copy", phone.pk), action=url("add"))["name"] == ["Copia di Phone call"]
