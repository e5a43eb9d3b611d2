"""A revision's stored file name is only ever written as one plain name."""

from __future__ import annotations

import pytest

from app.services.file_names import safe_file_name


@pytest.mark.parametrize(
    ("stored", "safe"),
    [
        ("../../x.txt", "x.txt"),
        ("/etc/passwd", "passwd"),
        ("C:\\Users\\chair\\doc.docx", "doc.docx"),
        ("bad\x00name.txt", "badname.txt"),
        ("..", "file"),
        ("", "file"),
        ("con.txt", "_con.txt"),
        ("Declaración\u202e.pdf", "Declaración.pdf"),
        ("MISPA-doc.7-08_rev._4.txt", "MISPA-doc.7-08_rev._4.txt"),
    ],
)
def test_a_stored_name_becomes_one_plain_name(stored, safe):
    assert safe_file_name(stored) == safe


def test_a_very_long_name_keeps_its_suffix():
    name = safe_file_name("a" * 400 + ".docx")
    assert len(name) <= 200 and name.endswith(".docx")
