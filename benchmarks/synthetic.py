"""Synthetic content for the benchmarks: every page (all languages) repeated N times."""

import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def synthetic_copy(copies: int) -> Path:
    """A temporary project (data, source, docs) whose pages are the real ones repeated ``copies`` times."""
    target = Path(tempfile.mkdtemp(prefix="edition-bench-"))
    for part in ("data", "source", "docs"):
        shutil.copytree(ROOT / part, target / part)
    for language_dir in (target / "docs").iterdir():
        for page in language_dir.glob("*.md"):
            head, _, body = page.read_text(encoding="utf-8").partition("\n---\n")
            page.write_text(head + "\n---\n" + "\n\n".join([body] * copies), encoding="utf-8")
    return target
