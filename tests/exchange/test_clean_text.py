"""Imported text loses control characters; messages stay a readable length."""

from __future__ import annotations

from app.exchange.clean_text import clean_line, clean_text, shortened


def test_terminal_escapes_and_controls_are_removed_whole():
    assert clean_text("Ana\x00 P\x07érez\x1b[31m red\x1b[0m") == "Ana Pérez red"
    assert clean_text("\x1b]0;pwned\x07Title") == "Title"
    assert clean_text("a\u202eevil\u202c b\ufeff") == "aevil b"
    assert clean_text("C1\x9b2Jx\x85") == "C1x"


def test_line_breaks_are_kept_in_text_and_joined_in_one_line_values():
    assert clean_text("one\r\ntwo\rthree\tfour") == "one\ntwo\nthree\tfour"
    assert clean_line("  Ana\n  María\tPérez  ") == "Ana María Pérez"


def test_plain_text_comes_back_as_it_was():
    text = "Reunión del Grupo de Trabajo — Puerto España"
    assert clean_text(text) is text
    assert clean_line(text) == text


def test_a_huge_value_is_shown_cut_with_its_real_length():
    huge = "Reunión " * 1_250_000
    shown = shortened(huge)
    assert len(shown) < 160
    assert shown.startswith("Reunión Reunión") and shown.endswith("(10,000,000 characters)")
    assert shortened("short\x1b[2J name") == "short name"
