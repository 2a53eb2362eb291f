"""Link liveness for the cited sources: collect -> check (polite, tri-state) -> report.

A library with no command line in it (``edition check-links`` is the face):
``collect`` finds every cited URL and where it is cited; ``http_check`` checks one
URL politely (HEAD first, ranged GET, bounded redirects, retries, soft-404s);
``suggestions`` offers checked replacements for broken URLs; ``state`` keeps the
cache and failure streaks between runs; ``runner`` puts them together; ``report``
writes JSON, Markdown and CI annotations.
"""
