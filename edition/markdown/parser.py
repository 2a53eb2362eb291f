"""The one Markdown parser the core works with: markdown-it-py, configured like the site.

MkDocs renders with Python-Markdown; the core reads pages with markdown-it-py, whose
tokens carry line maps. ``tests/markdown/test_parser.py`` proves on the real content
that both cut blocks the same way and produce the same visible text.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin


def _base() -> MarkdownIt:
    # commonmark + GFM tables + bare-URL linking (pymdownx.magiclink on the site)
    md = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "linkify"])
    # Python-Markdown renders every link target, javascript: included; so must the core
    # see them (markdown-it would otherwise leave such a link as text, unchecked)
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # markdown-it-py's own way: on the instance
    # and the checks compare link targets byte for byte: keep them as written (no percent-encoding)
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]  # markdown-it-py's own way: on the instance
    return md


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    return _base()


@lru_cache(maxsize=1)
def block_parser() -> MarkdownIt:
    """Also reads pymdown-extensions blocks (``/// name | title`` … ``///``) as containers."""
    md = _base()
    md.use(container_plugin, name="block", marker="/", validate=lambda params, markup: True)
    return md


@lru_cache(maxsize=2048)
def tokens(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` (cached: the checks read the same pages many times). Do not mutate."""
    return tuple(parser().parse(text))


@lru_cache(maxsize=256)
def block_tokens(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` with pymdown-extensions blocks as containers (cached). Do not mutate."""
    return tuple(block_parser().parse(text))


@lru_cache(maxsize=1)
def _escape_parser() -> MarkdownIt:
    md = _base()
    md.use(container_plugin, name="block", marker="/", validate=lambda params, markup: True)
    md.disable("text_join")    # keep each backslash escape as its own text_special token
    return md


@lru_cache(maxsize=256)
def escape_tokens(text: str) -> tuple[Token, ...]:
    """Like :func:`block_tokens`, but each backslash escape stays a ``text_special`` token (its markup: the
    backslash and the character), for the check of escapes the renderer does not honour."""
    return tuple(_escape_parser().parse(text))


def clear_caches() -> None:
    """Forget cached parses (benchmarks measure cold runs)."""
    from edition.markdown.front_matter import split_front_matter
    tokens.cache_clear()
    block_tokens.cache_clear()
    escape_tokens.cache_clear()
    split_front_matter.cache_clear()
