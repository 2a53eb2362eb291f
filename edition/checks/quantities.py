"""Numbers and dates in Japanese and English text, compared as values.

Japanese: 1兆8,134.1億円, 3000~4000万枚, 6,950万人, 19.3%, 6割; 2022年6月4日, 2022.6.4,
令和4年1月, 平成28年8月版, 令和元年, R3補正, 令和2年度, 6月30日. English: ¥1,813.41 billion,
¥1.81341 trillion, 30–40 million, 69.5 million, 4 June 2022, January 2022, FY2021.

A Japanese date is matched by an English date that agrees on every part the Japanese
gives (a year alone is also matched by the bare number). Amounts are exact decimals.

>>> japanese_quantities("R3補正予算：1兆8,134.1億円").numbers
[Decimal('1813410000000.0')]
>>> [str(d) for d in japanese_quantities("令和4年1月 ～令和5年2月末").dates]
['2022-01', '2023-02']
>>> english_quantities("¥1,813.41 billion").numbers
[Decimal('1813410000000.00')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

# era name -> the Gregorian year before its first year (令和元年 = 2019)
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988, "S": 1925,
        "reiwa": 2018, "heisei": 1988, "showa": 1925}
BIG_UNITS = {"兆": Decimal(10) ** 12, "億": Decimal(10) ** 8, "万": Decimal(10) ** 4}
SMALL_UNITS = {"千": Decimal(1000), "百": Decimal(100)}
FULL_WIDTH = str.maketrans("０１２３４５６７８９，．％～〜－", "0123456789,.%~~-")
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@dataclass(frozen=True, order=True)
class CalendarDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        parts = [f"{self.year:04d}" if self.year else "????"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        text = "-".join(parts)
        return text if self.year else text.replace("????-", "--")

    def matched_by(self, other: "CalendarDate") -> bool:
        return all(mine is None or mine == theirs for mine, theirs in
                   ((self.year, other.year), (self.month, other.month), (self.day, other.day)))


@dataclass
class Quantities:
    numbers: list[Decimal] = field(default_factory=list)
    dates: list[CalendarDate] = field(default_factory=list)


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _valid(year, month=None, day=None) -> bool:
    return (year is None or 1800 <= year <= 2200) and (month is None or 1 <= month <= 12) \
        and (day is None or 1 <= day <= 31)


# ---------------------------------------------------------------- Japanese

_MONTH_DAY = r"(?:\s?(\d{1,2})月(?:\s?(\d{1,2})日)?)?"
JA_ERA = re.compile(r"(令和|平成|昭和)\s?(元|\d{1,2})年(度)?" + _MONTH_DAY)
JA_ERA_SHORT = re.compile(r"(?<![A-Za-z])([RHS])(\d{1,2})(?:年(度)?" + _MONTH_DAY + r")?(?!\d)")
JA_WESTERN = re.compile(r"(\d{4})年度?(?:\s?(\d{1,2})月(?:\s?(\d{1,2})日)?)?")
JA_DOTTED = re.compile(r"(?<![\d.])(\d{4})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.])")
JA_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(?:\s?(\d{1,2})日)?")
JA_AMOUNT = re.compile(rf"(?:(?:{NUMBER})(?:千|百)?(?:兆|億|万)?)+")
JA_PART = re.compile(rf"({NUMBER})(千|百)?(兆|億|万)?")
JA_RANGE = re.compile(rf"((?:{NUMBER})(?:千|百)?)\s?[~～〜\-－]\s?((?:{NUMBER})(?:千|百)?)(兆|億|万)")


def _amount(text: str) -> Decimal:
    """One Japanese amount: 1兆8,134.1億 / 8千億 / 6,950万 / 20,000."""
    total = Decimal(0)
    for number, small, big in JA_PART.findall(text):
        value = _decimal(number) * SMALL_UNITS.get(small, Decimal(1)) * BIG_UNITS.get(big, Decimal(1))
        total += value
    return total


def japanese_quantities(text: str) -> Quantities:
    text = text.translate(FULL_WIDTH)
    found = Quantities()
    spans: list[tuple[int, int]] = []

    def free(match) -> bool:
        return not any(s < match.end() and match.start() < e for s, e in spans)

    for match in [*JA_ERA.finditer(text), *JA_ERA_SHORT.finditer(text)]:
        era, year, _fiscal, month, day = match.groups()
        gregorian = ERAS[era] + (1 if year == "元" else int(year))
        month_value = int(month) if month else None
        day_value = int(day) if day else None
        if _valid(gregorian, month_value, day_value):
            found.dates.append(CalendarDate(gregorian, month_value, day_value))
            spans.append(match.span())
    for pattern in (JA_WESTERN, JA_DOTTED):
        for match in pattern.finditer(text):
            if not free(match):
                continue
            year, month, day = (int(g) if g else None for g in match.groups())
            if _valid(year, month, day):
                found.dates.append(CalendarDate(year, month, day))
                spans.append(match.span())
    for match in JA_MONTH_DAY.finditer(text):
        if free(match):
            month, day = (int(g) if g else None for g in match.groups())
            if _valid(None, month, day):
                found.dates.append(CalendarDate(None, month, day))
                spans.append(match.span())
    for match in JA_RANGE.finditer(text):
        if free(match):
            unit = match.group(3)
            found.numbers += [_amount(match.group(1) + unit), _amount(match.group(2) + unit)]
            spans.append(match.span())
    for match in JA_AMOUNT.finditer(text):
        if free(match):
            value = _amount(match.group(0))
            if text[match.end():match.end() + 1] == "割":
                value *= 10  # 6割 = 60%
            found.numbers.append(value)
            spans.append(match.span())
    return found


# ---------------------------------------------------------------- English

MONTHS = {name: index for index, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
        r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
EN_DATES = [
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\s+(\d{{4}})\b", re.I), ("day", "month", "year")),
    (re.compile(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), ("month", "day", "year")),
    (re.compile(rf"\b{MONTH}\s+(\d{{4}})\b", re.I), ("month", "year")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("year", "month", "day")),
    (re.compile(r"\b(\d{4})-(\d{2})\b"), ("year", "month")),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\b", re.I), ("day", "month")),
    (re.compile(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*\d)", re.I), ("month", "day")),
    (re.compile(r"\b(?:FY|fiscal(?:\s+year)?)\s?(\d{4})\b", re.I), ("year",)),
    (re.compile(r"\b(reiwa|heisei|sh[oō]wa)\s+(\d{1,2}|1)\b", re.I), ("era", "eyear")),
    (re.compile(rf"\b{MONTH}(?![a-z])", re.I), ("month",)),
]
EN_SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
             "trillion": Decimal(10) ** 12}
EN_NUMBER = rf"(?:{NUMBER})"
EN_AMOUNT = re.compile(rf"(?<![\w.])({EN_NUMBER})(?:\s*[–\-~to]+\s*({EN_NUMBER}))?(?:st|nd|rd|th)?"
                       rf"(?:\s+(thousand|million|billion|trillion))?", re.I)
WORDS: dict[str, int | Decimal] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "first": 1, "second": 2, "third": 3,
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "once": 1, "twice": 2, "single": 1, "half": Decimal("0.5")}
EN_WORD = re.compile(r"\b(" + "|".join(WORDS) + r")\b", re.I)


def english_quantities(text: str) -> Quantities:
    found = Quantities()
    spans: list[tuple[int, int]] = []
    for pattern, roles in EN_DATES:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in spans):
                continue
            parts = dict(zip(roles, match.groups()))
            if "era" in parts:
                era_year = ERAS[parts["era"].lower().replace("ō", "o")] + int(parts["eyear"])
                found.dates.append(CalendarDate(era_year))
                spans.append(match.span())
                continue
            month = MONTHS[parts["month"].lower().rstrip(".")] if "month" in parts else None
            if "month" in parts and parts["month"].lower() == "may" and roles == ("month",):
                continue  # the verb "may"
            year = int(parts["year"]) if "year" in parts else None
            day = int(parts["day"]) if "day" in parts else None
            if _valid(year, month, day):
                found.dates.append(CalendarDate(year, month, day))
                spans.append(match.span())
    for match in EN_AMOUNT.finditer(text):
        first, second, scale = match.groups()
        factor = EN_SCALES.get((scale or "").lower(), Decimal(1))
        found.numbers.append(_decimal(first) * factor)
        if second:
            found.numbers.append(_decimal(second) * factor)
    for match in EN_WORD.finditer(text):
        found.numbers.append(Decimal(WORDS[match.group(1).lower()]))
    # a date's year is also a number (a Japanese year alone may appear as a bare year)
    found.numbers += [Decimal(d.year) for d in found.dates if d.year]
    return found


# ---------------------------------------------------------------- comparison

def missing_quantities(japanese: str, english: str) -> tuple[list[Decimal], list[CalendarDate]]:
    """What the Japanese states and the English does not: (numbers, dates)."""
    ja, en = japanese_quantities(japanese), english_quantities(english)
    numbers = [n for n in dict.fromkeys(ja.numbers) if not any(n == m for m in en.numbers)]
    dates = []
    for date in dict.fromkeys(ja.dates):
        if any(date.matched_by(other) for other in en.dates):
            continue
        if date.month is None and date.day is None and date.year is not None and Decimal(date.year) in en.numbers:
            continue
        dates.append(date)
    return numbers, dates


def japanese_values(text: str) -> set[Decimal]:
    """Every value the Japanese states: amounts, and each part of its dates (an era year as
    written, too: 令和4年 may be rendered "Reiwa 4")."""
    ja = japanese_quantities(text)
    values = set(ja.numbers)
    for date in ja.dates:
        values |= {Decimal(part) for part in (date.year, date.month, date.day) if part}
    normalized = text.translate(FULL_WIDTH)
    for match in [*JA_ERA.finditer(normalized), *JA_ERA_SHORT.finditer(normalized)]:
        values.add(Decimal(1 if match.group(2) == "元" else int(match.group(2))))
    return values


def english_numbers(text: str) -> list[Decimal]:
    """The numbers an English text writes in digits (number words are not counted)."""
    found = []
    for match in EN_AMOUNT.finditer(text):
        first, second, scale = match.groups()
        factor = EN_SCALES.get((scale or "").lower(), Decimal(1))
        found += [_decimal(first) * factor] + ([_decimal(second) * factor] if second else [])
    return found


def added_numbers(japanese: str, english: str) -> list[Decimal]:
    """Numbers the English writes whose value the Japanese does not state.

    >>> added_numbers("最大2万円", "up to ¥20,000 for 3 people")
    [Decimal('3')]
    """
    values = japanese_values(japanese)
    return [n for n in dict.fromkeys(english_numbers(english)) if n not in values]


def format_number(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    whole, _, fraction = text.partition(".")
    return f"{int(whole):,}" + (f".{fraction}" if fraction else "")
