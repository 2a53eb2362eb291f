"""Reading pymdown-extensions blocks (``/// name | title`` … ``///``) from parser tokens.

Translators write blocks they already know from pymdown-extensions; the core reads
them with markdown-it-py's container plugin, so every block carries its lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from edition.markdown.parser import block_tokens

BaseLoader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # libyaml when available


@dataclass
class Block:
    name: str
    title: str
    header: int        # 0-based line of the `///` header
    closer: int        # 0-based line of the closing `///` (== len(lines) when unclosed)
    closed: bool
    options: dict
    options_error: str
    content: list[str]  # the lines inside, options excluded
    raw_content: list[str]  # every line inside
    option_lines: dict[str, int] = field(default_factory=dict)   # option -> 0-based line of its `key:`


@dataclass
class TopLevel:
    """A top-level item of a page: a block, or a run of ordinary Markdown lines."""
    start: int   # 0-based, inclusive
    end: int     # 0-based, exclusive
    block: Block | None = None


def _parse_header(info: str) -> tuple[str, str]:
    name, _, title = info.strip().partition("|")
    return name.strip(), title.strip()


def _split_options(lines: list[str]) -> tuple[dict, str, list[str], dict[str, int]]:
    """The options (indented `key: value` lines right under the header), an error if they are not
    YAML, the content after them, and the line of each option (0-based, from the first option line)."""
    count = 0
    while count < len(lines) and lines[count].startswith("    ") and lines[count].strip():
        count += 1
    if not count:
        return {}, "", lines, {}
    loader = BaseLoader("\n".join(line[4:] for line in lines[:count]))
    try:
        node = loader.get_single_node()
        options = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as error:
        return {}, str(error).split("\n")[0], lines[count:], {}
    finally:
        loader.dispose()
    if node is None:     # only comments
        return {}, "", lines[count:], {}
    if not isinstance(options, dict) or not isinstance(node, yaml.MappingNode):
        return {}, "options must be `key: value` lines", lines[count:], {}
    where = {str(key.value): key.start_mark.line for key, _ in node.value if isinstance(key, yaml.ScalarNode)}
    return options, "", lines[count:], where


SEGMENT_OPENER = "source"   # a block that always starts a segment: it is never inside another block
COPY_BLOCKS = {"source", "previous-source"}   # verbatim Japanese copies: they hold no blocks


def _from(option_lines: dict[str, int], first: int) -> dict[str, int]:
    return {option: first + line for option, line in option_lines.items()}


def _shift(items: list[TopLevel], by: int) -> list[TopLevel]:
    for item in items:
        item.start += by
        item.end += by
        if item.block is not None:
            item.block.header += by
            item.block.closer += by
            item.block.option_lines = _from(item.block.option_lines, by)
    return items


def top_level_items(body: str) -> list[TopLevel]:
    """The page's top-level blocks and Markdown runs, with their lines.

    A `/// source` header inside another block, or any block header inside a Japanese copy
    (`/// source`, `/// previous-source`), means the outer block was never closed (the
    parser would close it at the inner block's `///`): the open block ends just before the
    inner header, is reported unclosed at its own header, and the rest is read as usual.
    """
    lines = body.split("\n")
    tokens = block_tokens(body)
    items: list[TopLevel] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.level != 0 or token.nesting < 0 or not token.map:
            index += 1
            continue
        if token.type == "container_block_open":
            depth, close = 1, index + 1
            while close < len(tokens):
                if tokens[close].type == "container_block_open":
                    depth += 1
                elif tokens[close].type == "container_block_close":
                    depth -= 1
                    if depth == 0:
                        break
                close += 1
            closed = close < len(tokens) and bool(tokens[close].markup)
            header, closer = token.map[0], token.map[1]
            if not closed:
                closer = len(lines)
            name, title = _parse_header(token.info)
            inner = next((t for t in tokens[index + 1:close] if t.type == "container_block_open" and t.map
                          and (name in COPY_BLOCKS or _parse_header(t.info)[0] == SEGMENT_OPENER)), None)
            if inner is not None and inner.map:   # (it has one: see above)
                cut = inner.map[0]
                options, error, content, where = _split_options(lines[header + 1:cut])
                items.append(TopLevel(header, cut, Block(name, title, header, cut, False, options, error,
                                                         content, lines[header + 1:cut],
                                                         _from(where, header + 1))))
                return items + _shift(top_level_items("\n".join(lines[cut:])), cut)
            options, error, content, where = _split_options(lines[header + 1:closer])
            block = Block(name, title, header, closer, closed, options, error, content,
                          lines[header + 1:closer], _from(where, header + 1))
            items.append(TopLevel(header, min(closer + 1, len(lines)), block))
            index = close + 1
            continue
        items.append(TopLevel(token.map[0], token.map[1]))
        index += 1
    return items
