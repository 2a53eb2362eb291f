"""Table rules (edition/checks/tables.py)."""

from check_fixtures import pair

from edition.checks.tables import check_pair

JA = "| 対象 | 人数 |\n|--|--|\n| ① | 6,950万人分 |\n| ② | 令和4年9月末 |"
EN = "| Eligible | People |\n|--|--|\n| ① | 69.5 million |\n| ② | End of September 2022 |"


def test_same_shape_and_cell_values_pass():
    assert check_pair(pair(JA, EN)) == []


def test_dropped_row():
    findings = check_pair(pair(JA, EN.rsplit("\n", 1)[0]))
    assert [f.format() for f in findings] == [
        "docs/en/p.md:10:1: [table-shape] the Japanese table has 3 rows × 2 columns, the translation 2 × 2"
        " — keep every row and column of the Japanese table, the header and empty cells included"]


def test_dropped_column():
    english = "| Eligible |\n|--|\n| ① |\n| ② |"
    assert "the translation 3 × 1" in check_pair(pair(JA, english))[0].message


def test_no_table_at_all():
    assert "its translation has no table" in check_pair(pair(JA, "Eligible: ① 69.5 million"))[0].message


def test_changed_number_in_a_cell_names_row_column_and_line():
    findings = check_pair(pair(JA, EN.replace("69.5 million", "69.4 million")))
    assert [f.format() for f in findings] == [
        "docs/en/p.md:12:1: [table-cell-number] row 2, column 2: 69,500,000 of the Japanese cell is not in the "
        "translated cell — translate the cell with the same values, in the same row and column, or waive it: "
        "<!-- waive table-cell-number 69,500,000: reason -->"]


def test_changed_era_year_in_a_cell():
    findings = check_pair(pair(JA, EN.replace("September 2022", "September 2021")))
    assert findings[0].rule == "table-cell-number" and "date 2022-09" in findings[0].message
