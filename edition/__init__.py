"""Core of the annotated bilingual edition.

Pure Python, no MkDocs import: the page plan and transcript import, the
Markdown-to-visible-text extraction, and the checks. ``hooks/`` (MkDocs) and
``edition/cli`` (the `edition` command, which ``scripts/`` call) are thin adapters over this package.
"""
