"""Uploads that must be refused with a message a trainer or leader understands, storing nothing.

Images go through the Wagtail admin (the single "Add an image" form and the multiple upload
the admin's button opens); member lists through the import page.
"""

import io
import os
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.users.models import UserProfile

from lms.imports.forms import MAX_UPLOAD_SIZE
from lms.imports.rows import MAX_XLSX_UNPACKED_SIZE
from lms.models import Member, Role
from tests.lms.factories import ChapterFactory, UserFactory

pytestmark = pytest.mark.django_db

Image = get_image_model()
IMPORT_SESSION_KEY = "lms_member_import"


def png_bytes(size, mode="RGB", noise=False):
    if noise:
        image = PILImage.frombytes(mode, size, os.urandom(size[0] * size[1] * len(mode)))
    else:
        image = PILImage.new(mode, size)
    output = io.BytesIO()
    image.save(output, "PNG")
    return output.getvalue()


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


# Images in the Wagtail admin ----------------------------------------------------------------


@pytest.fixture
def admin_client():
    trainer = UserFactory(is_superuser=True, is_staff=True)
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(trainer)
    return client


TEXT_AS_JPG = ("anh.jpg", b"This is a text file, not a photo.\n" * 20)


def bad_images(settings):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    noisy = png_bytes((1500, 1200), noise=True)  # random pixels do not compress: > 5 MB
    assert len(noisy) > limit
    side = int(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS**0.5) + 100
    huge = png_bytes((side, side), mode="1")  # tiny file, too many pixels
    assert len(huge) < limit
    return {
        "not_an_image": (TEXT_AS_JPG, "invalid_image", "Upload a valid image"),
        "too_big": (("anh.png", noisy), "file_too_large", "This file is too big"),
        "too_many_pixels": (
            ("anh.png", huge),
            "file_too_many_pixels",
            "This file has too many pixels",
        ),
    }


@pytest.mark.parametrize("case", ["not_an_image", "too_big", "too_many_pixels"])
def test_admin_image_form_refuses_bad_files_with_a_message_and_stores_nothing(
    admin_client, settings, case
):
    (name, data), code, message = bad_images(settings)[case]
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh bài học", "file": SimpleUploadedFile(name, data)},
    )
    assert response.status_code == 200  # the form again, not a redirect
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["file"]] == [code]
    assert message in response.content.decode()
    assert not Image.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize("case", ["not_an_image", "too_big", "too_many_pixels"])
def test_admin_multiple_upload_refuses_bad_files_with_a_message_and_stores_nothing(
    admin_client, settings, case
):
    (name, data), _code, message = bad_images(settings)[case]
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, data)}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False
    assert message in body["error_message"]
    assert not Image.objects.exists()
    assert stored_files(settings) == []


def test_a_png_named_jpg_is_refused_as_a_mismatch(admin_client, settings):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh", "file": SimpleUploadedFile("anh.jpg", png_bytes((20, 20)))},
    )
    errors = response.context["form"].errors.as_data()
    assert [error.code for error in errors["file"]] == ["invalid_image_known_format"]
    assert not Image.objects.exists()


def test_a_good_image_is_accepted_so_the_refusals_mean_something(admin_client, settings):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh bài học", "file": SimpleUploadedFile("anh.png", png_bytes((800, 600)))},
    )
    assert response.status_code == 302
    assert Image.objects.count() == 1


def test_image_limits_are_set_for_phones_and_small_servers(settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 5 * 1024 * 1024
    assert 12_000_000 <= settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000


def test_an_html_document_is_refused_so_no_page_is_served_from_our_origin(admin_client):
    from wagtail.documents import get_document_model

    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Bảng giá", "file": SimpleUploadedFile("gia.html", b"<script>alert(1)</script>")},
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not get_document_model().objects.exists()


def test_a_pdf_handout_is_accepted_as_a_document(admin_client):
    from wagtail.documents import get_document_model

    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Bảng giá", "file": SimpleUploadedFile("gia.pdf", b"%PDF-1.4\n%%EOF\n")},
    )
    assert response.status_code == 302
    assert get_document_model().objects.count() == 1


# The member import ----------------------------------------------------------------------------


@pytest.fixture
def leader_client():
    chapter = ChapterFactory(code="chi-a")
    leader = UserFactory()
    Role.objects.create(user=leader, node=chapter, kind=Role.Kind.LEADER)
    client = Client()
    client.force_login(leader)
    client.cookies["django_language"] = "en"
    return client


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Họ và tên", "Số điện thoại", "Mã chi hội"])
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def zip_bomb():
    """A few hundred kB that unpack to more than the limit: a sheet of nothing but zeros."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b"0" * (1024 * 1024)
            for _ in range(MAX_XLSX_UNPACKED_SIZE // len(chunk) + 1):
                sheet.write(chunk)
    data = output.getvalue()
    assert len(data) < MAX_UPLOAD_SIZE
    return data


def upload(client, name, data):
    return client.post(reverse("lms:member_import"), {"file": SimpleUploadedFile(name, data)})


IMPORT_CASES = {
    "pdf": ("danh-sach.pdf", b"%PDF-1.4\n", "Choose an Excel file (.xlsx) or a CSV file (.csv)."),
    "photo_named_xlsx": ("danh-sach.xlsx", png_bytes((10, 10)), "not an Excel (.xlsx) file"),
    "word_named_xlsx": (
        "danh-sach.xlsx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512,
        "not an Excel (.xlsx) file",
    ),
    "binary_named_csv": ("danh-sach.csv", b"\xff\xd8\xff\xe0" + os.urandom(300), "UTF-8"),
    "too_large": (
        "danh-sach.csv",
        b"a" * (MAX_UPLOAD_SIZE + 1),
        "the limit is 5.0\xa0MB",
    ),
    "corrupt_xlsx": (
        "danh-sach.xlsx",
        xlsx_bytes([["Lan", "0912345678", "chi-a"]])[:1500],
        "We could not open this Excel file",
    ),
    "zip_bomb": ("danh-sach.xlsx", None, "holds too much data"),
    "empty": ("danh-sach.csv", b"", "This file is empty."),
}


@pytest.mark.parametrize("case", sorted(IMPORT_CASES))
def test_member_import_refuses_bad_files_with_a_message_and_stores_nothing(leader_client, case):
    name, data, message = IMPORT_CASES[case]
    if data is None:
        data = zip_bomb()
    response = upload(leader_client, name, data)
    assert response.status_code == 200  # the upload form again, with the message
    assert response.context["form"].errors["file"]
    assert message in response.content.decode()
    assert IMPORT_SESSION_KEY not in leader_client.session
    assert not Member.objects.exists()


def test_member_import_accepts_a_good_file_so_the_refusals_mean_something(leader_client):
    response = upload(leader_client, "ds.xlsx", xlsx_bytes([["Lan", "0912345678", "chi-a"]]))
    assert response.status_code == 302
    assert IMPORT_SESSION_KEY in leader_client.session
