"""Text from files among Frise's own words; links shown as what they open."""

from __future__ import annotations

import unicodedata

import pytest

from frise.model.text import (
    FSI,
    LRE,
    PDF,
    PDI,
    RLI,
    RLO,
    address,
    describe,
    isolate,
    one_line,
    url_problem,
)

HEBREW = "שלום עולם"


def balanced(text: str) -> bool:
    """Every embedding and isolate closed, in order, on every line."""
    for line in text.splitlines():
        stack = []
        for c in line:
            kind = unicodedata.bidirectional(c)
            if kind in ("LRE", "RLE", "LRO", "RLO"):
                stack.append("e")
            elif kind in ("LRI", "RLI", "FSI"):
                stack.append("i")
            elif kind == "PDF":
                if not stack or stack.pop() != "e":
                    return False
            elif kind == "PDI":  # closes its isolate and what was opened inside it
                if "i" not in stack:
                    return False
                while stack.pop() != "i":
                    pass
        if stack:
            return False
    return True


def test_plain_latin_text_is_left_as_it_is():
    assert isolate("Musk v. OpenAI (2024)") == "Musk v. OpenAI (2024)"
    assert isolate("Élysée, 1er mars") == "Élysée, 1er mars"


def test_an_override_is_closed_inside_its_isolate():
    shown = isolate(f"Evil {RLO}title")
    assert shown == f"{FSI}Evil {RLO}title{PDF}{PDI}"
    assert balanced(shown + " — Frise")


def test_closers_with_nothing_to_close_are_dropped():
    # A stray PDI would close an isolate of Frise's own; a stray PDF an embedding.
    shown = isolate(f"a{PDI}b{PDF}c{RLO}")
    assert shown == f"{FSI}abc{RLO}{PDF}{PDI}"


def test_a_pdi_closes_the_embeddings_opened_inside_its_isolate():
    shown = isolate(f"{RLI}x{LRE}y{PDI}z")
    assert shown == f"{FSI}{RLI}x{LRE}y{PDI}z{PDI}"
    assert balanced(shown)


def test_right_to_left_text_is_isolated_and_keeps_its_letters():
    shown = isolate(HEBREW)
    assert shown == FSI + HEBREW + PDI  # FSI: it takes the direction of its first letter


def test_each_line_is_isolated_on_its_own():
    shown = isolate(f"{RLO}one\ntwo {HEBREW}")
    assert shown.split("\n") == [f"{FSI}{RLO}one{PDF}{PDI}", f"{FSI}two {HEBREW}{PDI}"]
    assert balanced(shown)


def test_one_line_joins_lines():
    assert one_line("a\nb\r\nc") == "a b c"
    assert one_line("abc") == "abc"


def test_describe_names_the_character():
    assert describe(RLO) == "U+202E RIGHT-TO-LEFT OVERRIDE"
    assert describe("\u2044") == "U+2044 FRACTION SLASH"


# --- links -------------------------------------------------------------------


def test_a_punycode_host_is_shown_in_ascii_and_said_to_be_internationalised():
    shown = address("https://xn--80ak6aa92e.com/login")
    assert shown.shown == "https://xn--80ak6aa92e.com/login"
    assert shown.idn
    assert shown.scripts == ("Cyrillic",)
    assert not shown.mixed


def test_a_unicode_host_is_shown_in_ascii():
    # Cyrillic letters that read "apple".
    shown = address("https://аррӏе.com/login")
    assert shown.shown == "https://xn--80ak6aa92e.com/login"
    assert shown.idn


def test_a_host_that_mixes_scripts_says_so():
    shown = address("https://\u0430pple.com/")  # Cyrillic а, then Latin
    assert shown.shown.startswith("https://xn--")
    assert shown.mixed
    assert set(shown.scripts) == {"Latin", "Cyrillic"}


def test_an_ascii_address_is_shown_as_written():
    shown = address("HTTPS://example.org:8080/path?q=1#top")
    assert shown.shown == "https://example.org:8080/path?q=1#top"
    assert not shown.idn and shown.scripts == ()


def test_a_unicode_path_is_kept():
    assert address("https://fr.wikipedia.org/wiki/Élysée").shown.endswith("/wiki/Élysée")


@pytest.mark.parametrize(
    ("url", "char"),
    [
        ("https://example.org/\u202egnp.exe", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("https://apple.com\u2044login.example.org/", "U+2044 FRACTION SLASH"),
        ("https://apple.com\u2215login.example.org/", "U+2215 DIVISION SLASH"),
        ("https://apple.com\uff0flogin.example.org/", "U+FF0F FULLWIDTH SOLIDUS"),
        ("https://apple\u3002com/", "U+3002 IDEOGRAPHIC FULL STOP"),
        ("https://exa\u200bmple.org/", "U+200B ZERO WIDTH SPACE"),
        ("https://example.org/a\u2066b", "U+2066 LEFT-TO-RIGHT ISOLATE"),
        ("https://example.org/\u3164", "U+3164 HANGUL FILLER"),
        ("https://example.org/a\x1bb", "U+001B"),
        ("https://apple.com\\@example.org/", "U+005C REVERSE SOLIDUS"),
    ],
)
def test_characters_that_make_an_address_read_as_another_are_refused(url, char):
    problem = url_problem(url)
    assert problem is not None and char in str(problem)


def test_ordinary_addresses_are_accepted():
    for url in (
        "https://example.org/report",
        "http://EXAMPLE.org:8080/a/b?c=d&e=f#g",
        "https://fr.wikipedia.org/wiki/Élysée",
        "https://xn--80ak6aa92e.com/login",
        "https://例え.jp/パス",
        "https://example.org/%E2%80%AE",  # escaped: shown as written, harmless
    ):
        assert url_problem(url) is None, url


def test_a_host_that_is_no_valid_name_is_refused():
    assert "not a valid domain name" in str(url_problem("https://" + "é" * 70 + ".com/"))
    assert "%-escapes" in str(url_problem("https://%61pple.com/"))
