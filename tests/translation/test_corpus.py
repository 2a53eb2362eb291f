"""edition.translation.corpus: the aligned corpus as CSV and TMX 1.4, read back by real readers."""

from __future__ import annotations

import csv
import io

from conftest import ROOT
from translate.storage.tmx import tmxfile

from edition.release import load_release
from edition.source.plan import load_plan
from edition.translation.alignment import align_all
from edition.translation.corpus import corpus_csv, corpus_rows, corpus_tmx


def test_the_built_site_offers_the_corpus_and_real_readers_read_it(built_site):
    alignments = align_all(load_plan(ROOT))
    rows = corpus_rows(alignments, "en")
    segments = sum(len(r.segments) for r in alignments if r.language == "en")
    assert len(rows) == segments and segments > 300
    with open(built_site / "downloads" / "corpus-ja-en.csv", encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == len(rows)
    assert set(table[0]) == {"source", "translation", "page", "anchor", "state", "edition_version"}
    assert {row["edition_version"] for row in table} == {load_release(ROOT).version}
    first = table[0]
    assert first["page"] == "index" and first["anchor"].startswith("s-") and first["source"].startswith("#")
    store = tmxfile.parsefile(str(built_site / "downloads" / "corpus-ja-en.tmx"))
    units = store.units
    assert len(units) == sum(1 for r in rows if r.translation)
    by_id = {u.xmlelement.get("tuid"): u for u in units}
    row = next(r for r in rows if r.translation and "マイナポイント" in r.source)
    unit = by_id[f"{row.page}#{row.anchor}"]
    assert unit.source == row.source and unit.target == row.translation
    assert f"state: {row.state}" in unit.getnotes()
    tmx = (built_site / "downloads" / "corpus-ja-en.tmx").read_bytes()
    assert b'srclang="ja"' in tmx
    # the TMX names the edition's version in its header
    from lxml import etree
    header = etree.fromstring(tmx).find("header")
    assert header.findtext('prop[@type="x-edition-version"]') == load_release(ROOT).version


def test_untranslated_rows_stay_in_the_csv_and_out_of_the_tmx():
    from edition.translation.corpus import CorpusRow
    rows = [CorpusRow("# 見出し", "# Heading", "p", "s-1", "translated"),
            CorpusRow("本文、\"引用\"", "", "p", "s-2", "untranslated")]
    parsed = list(csv.reader(io.StringIO(corpus_csv(rows))))
    assert parsed[2] == ["本文、\"引用\"", "", "p", "s-2", "untranslated", ""]
    store = tmxfile(corpus_tmx(rows, "ja", "en"))
    assert [u.source for u in store.units] == ["# 見出し"]
