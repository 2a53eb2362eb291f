"""The edition's one date style per language ("4 June 2022", 「2022年6月4日」).

>>> display_date("2022-06-04", "en"), display_date("2022-06-04", "ja"), display_date("2022-06", "en")
('4 June 2022', '2022年6月4日', '2022-06')
"""

from __future__ import annotations

from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def display_date(iso: str | date, language: str) -> str:
    """An ISO date as the language writes it; anything that is not a full ISO date, as it is."""
    try:
        day = iso if isinstance(iso, date) else date.fromisoformat(str(iso).strip())
    except ValueError:
        return str(iso)
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
