"""HTML from TimelineJS files becomes plain text: never markup, never rendered."""

from frise.model.importers.html_text import plain_text


def test_tags_dropped_text_kept_entities_decoded():
    assert plain_text('<p>A <a href="https://x.org">link</a> &amp; <b>bold</b></p>') == (
        "A link & bold"
    )


def test_blocks_and_breaks_become_lines():
    html = "<p>One</p><p>Two<br>Three</p><ul><li>a</li><li>b</li></ul>"
    assert plain_text(html) == "One\nTwo\nThree\n• a\n• b"
    assert plain_text(html, one_line=True) == "One Two Three • a • b"


def test_scripts_styles_and_embeds_leave_nothing():
    html = "<script>alert(1)</script><style>p{}</style>Hi<iframe src='x'>no</iframe>"
    assert plain_text(html) == "Hi"


def test_plain_text_with_angle_brackets_stays_text():
    assert plain_text("a < b and c > d") == "a < b and c > d"
    assert plain_text("AT&T  wins\n again") == "AT&T wins again"


def test_markup_in_the_result_is_only_text():
    text = plain_text("&lt;img src=x onerror=alert(1)&gt;")
    assert text == "<img src=x onerror=alert(1)>"  # shown as these characters, never parsed
