"""Reading the edition's text files: UTF-8 or a finding at the exact place, never a traceback.

>>> from pathlib import Path; import tempfile
>>> path = Path(tempfile.mkdtemp()) / "p.md"
>>> _ = path.write_bytes(b"ok\\nab\\xffc")
>>> try:
...     read_text(path, "docs/en/p.md")
... except EditionError as error:
...     print(error.findings[0].format().split(" — ")[0])
docs/en/p.md:2:3: [encoding] byte 0xff is not UTF-8 (invalid start byte)
"""

from __future__ import annotations

from pathlib import Path

from edition.findings import EditionError, Finding


def encoding_finding(shown_as: str, data: bytes, error: UnicodeDecodeError) -> Finding:
    before = data[:error.start]
    line = before.count(b"\n") + 1
    col = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
    return Finding(shown_as, line, col, "encoding",
                   f"byte 0x{data[error.start]:02x} is not UTF-8 ({error.reason})",
                   "save the file as UTF-8 (an editor's \"UTF-8\" encoding) and check the character at this "
                   "place; nothing was read from or written to the file")


def read_text(path: Path, shown_as: str | None = None) -> str:
    """The file's text; a file that is not UTF-8 raises EditionError with one `encoding` finding."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise EditionError([encoding_finding(shown_as or str(path), data, error)]) from None


def unreadable(paths: list[Path], root: Path) -> list[Finding]:
    """An `encoding` finding for each file that is not UTF-8."""
    found = []
    for path in paths:
        try:
            read_text(path, _relative(path, root))
        except EditionError as error:
            found += error.findings
    return found


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
