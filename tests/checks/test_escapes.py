"""text-backslash (edition/checks/escapes.py): a backslash escape the site's renderer does not honour."""

from edition.checks.escapes import check_escapes


def test_a_backslash_before_an_angle_bracket_is_a_finding_with_its_line():
    # before: "\<Features\>" passed every check and the page showed "\<Features>"
    found = check_escapes("ok\n\n/// source\n<特徴>\n///\n\n\\<Features\\>\n", "docs/en/p.md", 10)
    assert [(f.path, f.line, f.rule) for f in found] == [("docs/en/p.md", 16, "text-backslash")]
    assert "\\<" in found[0].message and "&lt;" in found[0].hint


def test_escapes_the_renderer_honours_pass():
    assert check_escapes("a \\* b \\_c\\_ \\[x\\] \\# \\> \\| \\\\ and &lt;Features&gt;\n", "p.md") == []


def test_each_line_of_a_paragraph_is_counted():
    found = check_escapes("first line\nsecond \\~ line\n", "p.md", 1)
    assert [(f.line, f.rule) for f in found] == [(2, "text-backslash")]
