"""unsafe-html (edition/checks/unsafe_html.py)."""

import pytest

from edition.checks.unsafe_html import check_markdown


@pytest.mark.parametrize("markdown, message", [
    ("<script>alert(1)</script>\n", "<script> element is not allowed"),
    ("text <iframe src=\"https://x.example\"></iframe>\n", "<iframe> element is not allowed"),
    ("<object data=\"x\"></object>\n", "<object> element is not allowed"),
    ("<embed src=\"x\">\n", "<embed> element is not allowed"),
    ("<style>p{}</style>\n", "<style> element is not allowed"),
    ("<form action=\"/x\"></form>\n", "<form> element is not allowed"),
    ('<p onclick="x()">a</p>\n', "event-handler attribute onclick= on <p> is not allowed"),
    ('text <img src="a.png" onerror="x()">\n', "event-handler attribute onerror= on <img> is not allowed"),
    ("[x](javascript:alert(1))\n", "javascript: URL in a link"),
    ("[x](JaVaScRiPt:alert(1))\n", "javascript: URL in a link"),
    ("![x](data:image/png;base64,AAAA)\n", "data: URL in a image"),
    ('<a href="vbscript:x">a</a>\n', "href=vbscript: URL on <a> is not allowed"),
])
def test_each_unsafe_construct_is_refused_with_its_line(markdown, message):
    findings = check_markdown("ok\n\n" + markdown, "docs/en/p.md", 1)
    assert [(f.rule, f.line) for f in findings] == [("unsafe-html", 3)]
    assert message in findings[0].message
    assert findings[0].hint.startswith("remove it")


@pytest.mark.parametrize("markdown", [
    '| a | <ul style="list-style-type: none"> ● x <p>注)</p> |\n|--|--|\n',   # the transcript's own cell
    "<!-- waive number-missing: reason -->\n",
    "[x](https://www.soumu.go.jp/)\n",
    "/// translator-note\n[src](https://e.example.org/)\n///\n",
])
def test_safe_markup_passes(markdown):
    assert check_markdown(markdown, "p.md") == []


def test_text_in_angle_brackets_that_would_be_hidden_is_a_finding():
    # before: "<Budget-related bill>" for the slide's <予算関連法案> passed and vanished from the page
    from edition.checks.unsafe_html import check_markdown
    found = check_markdown("<Budget-related bill>\n\nText with <Future vision> inline.\n", "docs/en/p.md", 5)
    assert [(f.line, f.rule) for f in found] == [(5, "text-hidden"), (7, "text-hidden")]
    assert found[0].message.startswith("<Budget-related bill> is read as an HTML tag")
    assert check_markdown("&lt;Budget-related bill&gt; and <span>x</span> and <br>\n", "docs/en/p.md") == []
