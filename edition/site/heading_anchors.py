"""Heading anchors that every view can reach: a Python-Markdown extension (no MkDocs here).

On a translation page each heading segment shows the Japanese heading beside the translated one,
and a view can hide either column. The table of contents and the skip link go to the translated
heading's id, so in the 日本語 view they would point at a hidden element. This moves each such id
from the heading (inside ``.edition-target``) to an empty anchor at the top of its segment, which
every view shows; the heading keeps its text, level and permalink.

Runs after the ``toc`` extension (priority 5), which gives headings their ids.

>>> import markdown
>>> html = markdown.markdown('<div class="edition-segment" markdown>\\n\\n<div class="edition-target" markdown>\\n\\n'
...                         '# Title\\n\\n</div>\\n\\n</div>', extensions=["md_in_html", "toc", HeadingAnchors()])
>>> '<span class="edition-anchor" id="title"></span>' in html and '<h1>Title</h1>' in html
True
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _classes(element: etree.Element) -> set[str]:
    return set((element.get("class") or "").split())


class _MoveIds(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for segment in root.iter("div"):
            if "edition-segment" not in _classes(segment):
                continue
            for target in segment:
                if target.tag != "div" or "edition-target" not in _classes(target):
                    continue
                for heading in target:
                    if heading.tag in HEADINGS and heading.get("id"):
                        anchor = etree.Element("span", {"class": "edition-anchor", "id": heading.attrib.pop("id")})
                        segment.insert(0, anchor)


class HeadingAnchors(Extension):
    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(_MoveIds(md), "edition_heading_anchors", 4)
