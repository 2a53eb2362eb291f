"""unsafe-html: translator Markdown may not script the page; text-hidden: nor hide its own text.

Refused: <script>, <iframe>, <object>, <embed>, <style>, <form>; on*= attributes;
javascript:, data: and vbscript: URLs in links, images or HTML attributes.
text-hidden: text in angle brackets that Markdown reads as a tag no browser knows, such as
<Budget-related bill> for the slide's <予算関連法案>: the browser shows nothing of it.
"""

from __future__ import annotations

from html.parser import HTMLParser

from edition.findings import Finding
from edition.markdown.parser import block_tokens, tokens

FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "style", "form"}
FORBIDDEN_SCHEMES = ("javascript:", "data:", "vbscript:")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "srcset", "poster", "background"}
HINT = "remove it: a translation page holds Markdown text, links and notes, never active content"
HTML_ELEMENTS = set("""a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption
figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link
main map mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt
ruby s samp script search section select slot small source span strong style sub summary sup table tbody td
template textarea tfoot th thead time title tr track u ul var video wbr svg math""".split())


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.unknown: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in HTML_ELEMENTS:
            self.unknown.append(self.get_starttag_text() or f"<{tag}>")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event-handler attribute {name}= on <{tag}>")
            elif name in URL_ATTRIBUTES and _bad_scheme(value or ""):
                self.problems.append(f"{name}={_scheme(value)} URL on <{tag}>")

    handle_startendtag = handle_starttag


def _scheme(url: str) -> str:
    return "".join(url.split()).lower().split(":", 1)[0] + ":"


def _bad_scheme(url: str) -> bool:
    return "".join(url.split()).lower().startswith(FORBIDDEN_SCHEMES)


def check_markdown(markdown: str, path: str, first_line: int = 1, with_blocks: bool = True) -> list[Finding]:
    """``with_blocks``: read pymdown blocks as containers (translation pages); a source page
    has none, and then shares the parse the other checks made."""
    findings = []
    for token in (block_tokens(markdown) if with_blocks else tokens(markdown)):
        if not token.map:
            continue
        line = token.map[0] + first_line
        if token.type == "html_block":
            findings += _html(token.content, path, line)
        for child in token.children or []:
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "html_inline":
                findings += _html(child.content, path, line)
            elif child.type in ("link_open", "image"):
                target = str(child.attrs.get("href") or child.attrs.get("src") or "")
                if _bad_scheme(target):
                    findings.append(Finding(path, line, 1, "unsafe-html",
                                            f"{_scheme(target)} URL in a "
                                            f"{'link' if child.type == 'link_open' else 'image'}",
                                            HINT))
    return findings


def _html(html: str, path: str, line: int) -> list[Finding]:
    tags = _Tags()
    tags.feed(html)
    tags.close()
    return ([Finding(path, line, 1, "unsafe-html", f"{problem} is not allowed", HINT) for problem in tags.problems]
            + [Finding(path, line, 1, "text-hidden",
                       f"{text} is read as an HTML tag that no browser knows: the page would show nothing of it",
                       "write the angle brackets as &lt; and &gt; (or use 〈 〉)") for text in tags.unknown])
