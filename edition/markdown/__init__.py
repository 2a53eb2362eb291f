"""Reading Markdown with markdown-it-py tokens and line numbers: blocks, front matter, links, visible
text, and segments (the units a translation is pinned to)."""
