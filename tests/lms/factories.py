import factory
from django.contrib.auth import get_user_model

from lms.models import Chapter, Member

PASSWORD = "mat-khau-an-toan-2026"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    phone = factory.Sequence(lambda n: f"+8491{n:07d}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save(update_fields=["password"])


class ChapterFactory(factory.django.DjangoModelFactory):
    """A chapter node; pass ``parent=`` to place it in the tree (default: a new root)."""

    class Meta:
        model = Chapter

    name = factory.Sequence(lambda n: f"Chi hội {n}")
    code = factory.Sequence(lambda n: f"ch-{n}")
    kind = Chapter.Kind.CHAPTER

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            return model_class.add_root(**kwargs)
        return parent.add_child(**kwargs)


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Nguyễn Thị Hội Viên {n}")
    chapter = factory.SubFactory(ChapterFactory)


def trainer_user(language="vi", **fields):
    """A member of the Trainers group (pages under every course index, quizzes, images),
    reading the admin in ``language``. Call after the course index exists."""
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    from lms.chapters.groups import TRAINERS_GROUP, ensure_trainers_group

    ensure_trainers_group()
    user = UserFactory(is_staff=True, **fields)
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user
