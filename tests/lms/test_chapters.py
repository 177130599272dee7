import pytest

from lms.models import Chapter
from tests.lms.factories import ChapterFactory

pytestmark = pytest.mark.django_db


def test_a_subtree_is_one_path_prefix_query(django_assert_num_queries):
    province = ChapterFactory(kind=Chapter.Kind.PROVINCE)
    district = ChapterFactory(parent=province, kind=Chapter.Kind.DISTRICT)
    commune = ChapterFactory(parent=district, kind=Chapter.Kind.COMMUNE)
    chapters = [ChapterFactory(parent=commune) for _ in range(3)]
    other = ChapterFactory(kind=Chapter.Kind.PROVINCE)
    ChapterFactory(parent=other, kind=Chapter.Kind.DISTRICT)
    with django_assert_num_queries(1):
        beneath = set(
            Chapter.objects.filter(
                path__startswith=district.path, kind=Chapter.Kind.CHAPTER
            ).values_list("pk", flat=True)
        )
    assert beneath == {c.pk for c in chapters}


def test_every_chapter_gets_its_own_invite_code():
    codes = {ChapterFactory().invite_code for _ in range(20)}
    assert len(codes) == 20
    assert all(len(code) == 8 for code in codes)
