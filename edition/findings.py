"""A finding is one problem at one place: ``path:line:col: [rule] message — hint``."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    col: int
    rule: str
    message: str
    hint: str = ""
    value: str = ""   # what a waiver names: a number, a date, a URL ("" = the rule has no values)

    def format(self) -> str:
        text = f"{self.path}:{self.line}:{self.col}: [{self.rule}] {self.message}"
        return f"{text} — {self.hint}" if self.hint else text

    def as_dict(self) -> dict:
        data = asdict(self)
        if not self.value:
            del data["value"]
        return data


class EditionError(Exception):
    """Bad input that stops the work; carries the findings that explain it."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n".join(f.format() for f in findings))
