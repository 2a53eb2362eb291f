"""Write the source-language pages from the transcript and the page plan.

The transcript is copied line by line; the only changes are the headings the plan
names (a ``#`` prefix on a slide-title line) and the declared normalizations.
Translators never copy Japanese by hand: this is where the Japanese comes from.
"""

from __future__ import annotations

import yaml

from edition.findings import EditionError, Finding
from edition.source.plan import EditionPlan, PagePlan
from edition.source.transcript import normalized_lines
from edition.text_files import read_text


def render_source_page(plan: EditionPlan, page: PagePlan) -> str:
    numbered = [(n, text) for n, text in normalized_lines(plan.transcript, plan.normalizations)
                if page.first_line <= n <= page.last_line]
    problems: list[Finding] = []
    body: list[str] = []
    for index, (number, text) in enumerate(numbered):
        level = page.headings.get(number)
        if level:
            before = numbered[index - 1][1] if index > 0 else ""
            after = numbered[index + 1][1] if index + 1 < len(numbered) else ""
            if before.strip() or after.strip() or not text.strip():
                problems.append(Finding(
                    "data/pages.toml", 1, 1, "plan-heading",
                    f"page {page.slug}: transcript line {number} ({text!r}) is not a one-line paragraph",
                    "only a slide-title line with blank lines around it can become a heading"))
            text = "#" * level + " " + text.strip()
        body.append(text)
    if problems:
        raise EditionError(problems)
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    meta = {
        "title": page.titles[plan.source_language],
        "source_lines": f"{page.first_line}-{page.last_line}",
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n" + "\n".join(body) + "\n"


def import_transcript(plan: EditionPlan, check_only: bool = False) -> list[str]:
    """Write (or, with check_only, compare) every source page; return the paths that differ."""
    changed = []
    target_dir = plan.language_dir(plan.source_language)
    for page in plan.pages:
        path = target_dir / page.filename
        text = render_source_page(plan, page)
        if not path.exists() or _current(path, plan, check_only) != text:
            changed.append(str(path.relative_to(plan.root)))
            if not check_only:
                target_dir.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return changed


def _current(path, plan: EditionPlan, check_only: bool) -> str | None:
    """The page as it is; a page that is not UTF-8 is a finding with --check, and simply
    rewritten otherwise (docs/ja is generated from the transcript: nothing of it is lost)."""
    try:
        return read_text(path, str(path.relative_to(plan.root)))
    except EditionError:
        if check_only:
            raise
        return None
