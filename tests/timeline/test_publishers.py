"""Who publishes a source, by its host (edition/timeline/publishers.py, data/publishers.toml)."""

from __future__ import annotations

import pytest
from conftest import ROOT

from edition.findings import EditionError
from edition.timeline.publishers import load_publishers


def test_a_host_names_its_publisher_in_each_language_and_ports_do_not_matter():
    publishers = load_publishers(ROOT)
    agency = publishers.of("https://www.digital.go.jp:443/news/x")
    assert agency is not None and agency.name("en") == "Digital Agency" and agency.name("ja") == "デジタル庁"
    assert publishers.of("https://digital.go.jp/y") == agency
    assert publishers.of("https://unknown.example.org/") is None


def test_an_entry_without_hosts_or_names_is_a_finding(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "publishers.toml").write_text('[[publisher]]\nen = "X"\n', encoding="utf-8")
    with pytest.raises(EditionError) as raised:
        load_publishers(tmp_path)
    assert raised.value.findings[0].rule == "edition-data" and "hosts" in raised.value.findings[0].message
