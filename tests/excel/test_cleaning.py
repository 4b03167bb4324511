"""Cell values from spreadsheets become field values, or a plain error."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from unccd_desktop.excel.cleaning import to_date, to_percent, to_text


@pytest.mark.parametrize(
    ("value", "epoch_1904", "expected"),
    [
        (datetime(2024, 5, 2, 0, 0), False, date(2024, 5, 2)),
        (45414, False, date(2024, 5, 2)),
        ("45414", False, date(2024, 5, 2)),
        (43952, True, date(2024, 5, 2)),
        (59, False, date(1900, 2, 28)),
        (61, False, date(1900, 3, 1)),
        ("2024-05-02", False, date(2024, 5, 2)),
        (" 2024/5/2 ", False, date(2024, 5, 2)),
        ("2024-05-02T00:00:00", False, date(2024, 5, 2)),
        ("25/12/2024", False, date(2024, 12, 25)),
        ("12/25/2024", False, date(2024, 12, 25)),
        ("05.05.2024", False, date(2024, 5, 5)),
        ("2 May 2024", False, date(2024, 5, 2)),
        ("May 2, 2024", False, date(2024, 5, 2)),
        ("02-May-2024", False, date(2024, 5, 2)),
        ("", False, None),
    ],
)
def test_dates(value, epoch_1904, expected):
    assert to_date(value, epoch_1904) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("03/04/2022", "ambiguous"),
        ("31/31/2022", "not a valid date"),
        ("soon", "not a date"),
        (-5, "not a date"),
        ("2024-02-30", "not a valid date"),
    ],
)
def test_bad_dates(value, message):
    with pytest.raises(ValueError, match=message):
        to_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.4, 40),
        (40, 40),
        ("40%", 40),
        (" 40 % ", 40),
        ("0.4", 40),
        (100, 100),
        (0, 0),
        (None, None),
    ],
)
def test_percentages(value, expected):
    assert to_percent(value) == expected


@pytest.mark.parametrize("value", [150, "-3%", "lots", True])
def test_bad_percentages(value):
    with pytest.raises(ValueError):
        to_percent(value)


def test_numbers_stored_as_text_and_text_stored_as_numbers():
    assert to_text(41227917.0) == "41227917"
    assert to_text("  padded  ") == "padded"
    assert to_text("   ") is None
    assert to_text("#N/A") == "#N/A"
