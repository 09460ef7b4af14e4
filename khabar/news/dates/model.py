"""What a date is while it is being read, and the mention given back.

A ``Spec`` is a date as written in one calendar; a ``Found`` is a candidate placed on
the time line, before overlapping candidates are settled; a ``DateMention`` is what
``find_dates`` returns.
"""

from dataclasses import asdict, dataclass

from khabar.news.dates import calendars as cal
from khabar.news.dates.calendars import Span


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: where it is, what it says, and when that is."""

    text: str
    start: int
    end: int
    value: str | None
    end_value: str | None
    calendar: str
    solar_hijri: str | None
    weekday_mismatch: bool = False
    native: str | None = None
    relative: bool = False

    def to_dict(self) -> dict:
        """Plain fields, ready for JSON."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Spec:
    """A date as written in one calendar; ``None`` parts are unknown or not given."""

    calendar: str
    year: int | None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None

    def native(self) -> str:
        head = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.month is not None:
            head += f"-{self.month:02d}"
        if self.day is None:
            return head
        text = f"{head}-{self.day:02d}"
        return text if self.day_end is None else f"{text}/{head}-{self.day_end:02d}"

    def span(self) -> Span | None:
        if self.year is None:
            return None
        if self.month is None:
            return cal.year_span(self.calendar, self.year)
        if self.day is None:
            return cal.month_span(self.calendar, self.year, self.month)
        first = cal.to_gregorian(self.calendar, self.year, self.month, self.day)
        last = first
        if self.day_end is not None:
            last = cal.to_gregorian(self.calendar, self.year, self.month, self.day_end)
        return None if first is None or last is None else (first, last)


@dataclass(frozen=True, slots=True)
class Found:
    """A resolved candidate before overlaps between candidates are settled."""

    start: int
    end: int
    calendar: str
    native: str | None
    span: Span | None
    mismatch: bool = False
    relative: bool = False
    # A whole named period (month, season, year, week) that «پایان», «اوایل»… can cut.
    period: bool = False
