"""Two builds of the same commit are identical, byte for byte, whatever the day and the output folder
(issue 23): caches stay valid and a deploy can be compared with what was reviewed."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, build_site

#: a build "on another day" (2030-01-01): MkDocs takes its build date from SOURCE_DATE_EPOCH, and the
#: edition's code reads no clock
ANOTHER_DAY = {"SOURCE_DATE_EPOCH": "1893456000"}


def _files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*"))
            if path.is_file()}


def test_two_builds_on_different_days_into_different_folders_are_identical(tmp_path):
    first, second = tmp_path / "site-a", tmp_path / "elsewhere" / "site-b"
    for site, env in ((first, None), (second, ANOTHER_DAY)):
        result = build_site(ROOT, site, env=env)
        assert result.returncode == 0, result.stderr
    a, b = _files(first), _files(second)
    assert sorted(a) == sorted(b), set(a) ^ set(b)
    differing = [name for name in a if a[name] != b[name]]
    assert differing == [], f"{len(differing)} of {len(a)} files differ: {differing}"
    for name, content in a.items():     # no build's own folder in what it wrote
        assert str(first).encode() not in content, name
