"""number-missing / date-missing (edition/checks/quantities_rule.py) and the normalizers (edition/checks/quantities.py)."""

from decimal import Decimal

import pytest
from check_fixtures import pair
from hypothesis import given
from hypothesis import strategies as st

from edition.checks.quantities import (
    CalendarDate,
    added_numbers,
    english_quantities,
    japanese_quantities,
    missing_quantities,
)
from edition.checks.quantities_rule import check_pair


@pytest.mark.parametrize("japanese, english", [
    ("3000~4000万枚", "30–40 million cards"),
    ("R3補正予算：1兆8,134.1億円", "FY2021 supplementary budget: ¥1.81341 trillion"),
    ("R3補正予算：1兆8,134.1億円", "FY2021 supplementary budget: ¥1,813.41 billion"),
    ("1兆8千億円", "¥1.8 trillion"),
    ("令和4年1月 ～令和5年2月末", "January 2022 – end of February 2023"),
    ("令和元年11月に公開", "published in November 2019"),
    ("(2022.6.4 原田)", "(4 June 2022, Harada)"),
    ("2021.7.19有識者部会資料2", "expert group, 19 July 2021, Material 2"),
    ("運用開始施設 19.3% (2022.5.22現在)", "19.3% of facilities (as of 22 May 2022)"),
    ("6月30日スタート", "starts on 30 June"),
    ("医療機関等の6割程度", "about 60% of medical institutions"),
    ("約2,532万人", "about 25.32 million"),
    ("令和2年度に実施", "carried out in FY2020"),
    ("平成28年8月版", "August 2016 edition"),
    ("第150回", "150th meeting"),
    ("2人", "two people"),
])
def test_equal_values_in_other_spellings_pass(japanese, english):
    assert missing_quantities(japanese, english) == ([], [])


@pytest.mark.parametrize("japanese, english, numbers, dates", [
    ("6,950万人分", "69.4 million", [Decimal(69_500_000)], []),
    ("令和4年9月末", "end of September 2021", [], [CalendarDate(2022, 9)]),
    ("2022年6月4日", "June 2022", [], [CalendarDate(2022, 6, 4)]),
    ("3000~4000万枚", "30 million cards", [Decimal(40_000_000)], []),
])
def test_a_changed_or_missing_value_is_found(japanese, english, numbers, dates):
    assert missing_quantities(japanese, english) == (numbers, dates)


def test_number_missing_finding_and_waiver_text():
    findings = check_pair(pair("最大5,000円相当", "up to ¥5,500 worth"))
    anchor = pair('最大5,000円相当', '').segment.anchor
    assert [f.format() for f in findings] == [
        f"docs/en/p.md:10:1: [number-missing] the Japanese of segment {anchor} has the number 5,000, the "
        "translation does not — give the same value (万 = 10,000, 億 = 100 million, 兆 = trillion), or waive it: "
        "<!-- waive number-missing 5,000: reason -->",
        f"docs/en/p.md:10:1: [number-added] the translation of segment {anchor} has the number 5,500, its Japanese "
        "does not — translate the values the Japanese gives (a figure of your own belongs in a note), or waive it: "
        "<!-- waive number-added 5,500: reason -->"]


def test_date_missing_finding():
    findings = check_pair(pair("令和4年5月17日", "17 May 2021"))
    assert [(f.rule, f.value) for f in findings] == [("date-missing", "2022-05-17"), ("number-added", "2,021")]
    assert "date 2022-05-17" in findings[0].message and "<!-- waive date-missing 2022-05-17: reason -->" in findings[0].hint


def test_digits_of_cited_urls_are_not_quantities():
    assert check_pair(pair("資料 https://www.soumu.go.jp/main_content/000812205.pdf",
                           "Material <https://www.soumu.go.jp/main_content/000812205.pdf>")) == []


# ---- property tests for the normalizers

def _japanese_amount(n: int, commas: bool) -> str:
    """n written the way the slides write amounts: 1兆8,134億5,000万1,234."""
    parts = []
    for unit, size in (("兆", 10 ** 12), ("億", 10 ** 8), ("万", 10 ** 4)):
        if n >= size:
            parts.append(f"{n // size:,}{unit}" if commas else f"{n // size}{unit}")
            n %= size
    if n or not parts:
        parts.append(f"{n:,}" if commas else str(n))
    return "".join(parts)


@given(st.integers(min_value=0, max_value=10 ** 16 - 1), st.booleans())
def test_japanese_amounts_read_back_as_their_value(n, commas):
    assert japanese_quantities(f"予算{_japanese_amount(n, commas)}円").numbers == [Decimal(n)]


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["万", "億", "兆"]))
def test_japanese_and_english_scales_agree(n, unit):
    scale = {"万": (10 ** 4, "thousand", 10), "億": (10 ** 8, "million", 100), "兆": (10 ** 12, "billion", 1000)}[unit]
    value = Decimal(n) * scale[0]
    english = f"{value / (10 ** {'thousand': 3, 'million': 6, 'billion': 9}[scale[1]]):,f} {scale[1]}"
    assert missing_quantities(f"{n}{unit}円", english) == ([], [])


ERAS = {"令和": (2019, 30), "平成": (1989, 31), "昭和": (1926, 64)}


@given(st.sampled_from(sorted(ERAS)), st.integers(min_value=1, max_value=30), st.integers(1, 12),
       st.booleans())
def test_era_dates_get_their_gregorian_year(era, year, month, gannen):
    first, length = ERAS[era]
    year = min(year, length)
    written = "元" if (gannen and year == 1) else str(year)
    dates = japanese_quantities(f"{era}{written}年{month}月末").dates
    assert dates == [CalendarDate(first + year - 1, month)]


@given(st.integers(min_value=1900, max_value=2100), st.integers(1, 12), st.integers(1, 28))
def test_western_dates_written_three_ways_are_one_date(year, month, day):
    expected = [CalendarDate(year, month, day)]
    assert japanese_quantities(f"{year}年{month}月{day}日").dates == expected
    assert japanese_quantities(f"（{year}.{month}.{day}）").dates == expected
    assert english_quantities(f"on {day} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} {year}").dates == expected


@pytest.mark.parametrize("japanese, english", [
    ("R3補正予算：1兆8,134.1億円", "FY2021 supplementary budget: ¥1,813.41 billion"),
    ("R3補正予算：1兆8,134.1億円", "FY2021 supplementary budget: ¥1.81341 trillion"),
    ("令和4年1月 ～令和5年2月末", "January 2022 – end of February 2023"),
    ("(2022.6.4 原田)", "(4 June 2022, Harada)"),
    ("第150回", "150th meeting"),
    ("3000~4000万枚", "30–40 million cards"),
    ("医療機関等の6割程度", "about 60% of medical institutions"),
    ("令和4年度", "Reiwa 4 (FY2022)"),
])
def test_converted_values_are_not_added(japanese, english):
    assert added_numbers(japanese, english) == []


def test_a_number_added_to_the_translation_is_a_finding():
    # before: "3,141,592 people" added to a translated paragraph passed the strict build
    found = check_pair(pair("マイナンバーカードの交付", "Issuing the My Number Card to 3,141,592 people"))
    assert [(f.rule, f.value) for f in found] == [("number-added", "3,141,592")]
    assert found[0].message == ("the translation of segment " + pair("マイナンバーカードの交付", "").segment.anchor
                                + " has the number 3,141,592, its Japanese does not")
    assert "<!-- waive number-added 3,141,592: reason -->" in found[0].hint


def test_list_items_do_not_run_together():
    # before: "- … 28 March 2022" + "- Financial …" read as "2022Financial", so the date was not found
    assert check_pair(pair("- マイナポータル 2022年3月28日開始\n- 金融機関の窓口等 2023年度下期以降\n",
                           "- Mynaportal: started 28 March 2022\n- Financial institution counters, etc.: "
                           "from the second half of FY2023 onward\n")) == []
