"""The one Markdown parser the core works with: markdown-it-py, configured like the site.

MkDocs renders with Python-Markdown; the core reads pages with markdown-it-py, whose
tokens carry line maps. ``tests/test_markdown_parser.py`` proves on the real content
that both cut blocks the same way and produce the same visible text.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin


def _base() -> MarkdownIt:
    # commonmark + GFM tables + bare-URL linking (pymdownx.magiclink on the site)
    return MarkdownIt("commonmark", {"linkify": True}).enable(["table", "linkify"])


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    return _base()


@lru_cache(maxsize=1)
def block_parser() -> MarkdownIt:
    """Also reads pymdown-extensions blocks (``/// name | title`` … ``///``) as containers."""
    md = _base()
    md.use(container_plugin, name="block", marker="/", validate=lambda params, markup: True)
    return md
