"""Issue 18, finding 7: lesson files are not public.

Documents are served only by Wagtail's view, which asks for sign-in (lessons are for
signed-in staff) and keeps private collections private; nothing under /media/documents/
is served; lesson images are served to signed-in users only.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from academy.users.roles import Role
from tests.academy.factories import DocumentFactory, ImageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def media_url(file) -> str:
    return f"/media/{file.name}"


def trainers_only_collection() -> Collection:
    collection = Collection.get_first_root_node().add_child(name="Trainers only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=Role.TRAINER.value)])
    return collection


def test_a_lessons_file_is_served_to_signed_in_users_only(client, client_for, agent):
    document = DocumentFactory()
    lesson = LessonPageFactory(
        body=[{"type": "media_file", "value": {"kind": "audio", "file": document.pk, "caption": "", "transcript": ""}}]
    )
    page = client_for(agent).get(lesson.url).content.decode()
    assert f'src="{document.url}"' in page and document.url.startswith(f"/documents/{document.pk}/")
    response = client.get(document.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    served = client_for(agent).get(document.url)
    assert served.status_code == 200 and b"".join(served.streaming_content).startswith(b"RIFF")


def test_document_files_are_never_served_from_media(client, client_for, agent, trainer):
    document = DocumentFactory()
    for visitor in (client, client_for(agent), client_for(trainer)):
        assert visitor.get(media_url(document.file)).status_code == 404
        assert visitor.get(f"/media/images/../{document.file.name}").status_code == 404


def test_a_private_collection_stays_private(client_for, agent, trainer):
    document = DocumentFactory(collection=trainers_only_collection())
    assert client_for(agent).get(document.url).status_code != 200
    assert client_for(agent).get(media_url(document.file)).status_code == 404
    assert client_for(trainer).get(document.url).status_code == 200


def test_lesson_images_are_for_signed_in_users(client, client_for, agent):
    rendition = ImageFactory().get_rendition("width-800")
    response = client.get(rendition.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client_for(agent).get(rendition.url).status_code == 200
