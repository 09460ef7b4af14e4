"""Find date expressions in normalized Persian news text and resolve them to dates.

Persian news writes dates in three calendars («۲۸ شهریور ۱۳۹۶», «19 سپتامبر»,
«۱۰ محرم») and relative to the day it was published («دیروز», «هفته گذشته»).
``find_dates`` finds them all and puts each on the Gregorian time line.

How values are written (``DateMention``):

* ``value`` and ``end_value`` are always Gregorian. A Gregorian text date keeps the
  precision it was written with: ``2017-09-19``, ``2017-09``, ``2017``, and ``XXXX``
  for an unknown year. A Solar or Lunar month or year is not a Gregorian month or
  year, so it becomes the exact run of Gregorian days it covers: ``value`` is the
  first day and ``end_value`` the last.
* ``native`` is the date in the calendar it was written in, as precise as written
  (``1396-06``, ``XXXX-01-10``, ``1396-06-11/1396-06-12`` for a range).
* ``solar_hijri`` is the same time in the Iranian civil calendar: a day, a whole
  month (``1396-06``), a whole year (``1396``) or ``first/last``.

Without a ``published`` date, relative expressions are still found but left
unresolved: ``value`` is None and ``relative`` is True. Dates without a year keep
``XXXX`` (Gregorian) or have no ``value`` (Solar, Lunar: their Gregorian day
depends on the year).

Each job has its module, and each module's docstring gives the decisions it makes:
``find`` (one pass over the text and which reading wins), ``months``, ``numeric``,
``years`` and ``holidays`` (dates written out), ``resolve`` (a written date's missing
year and weekday), ``relative``, ``weekdays`` and ``seasons`` (dates counted from the
publication day), ``boundaries`` («پایان X», «اوایل X»), ``context`` (what the text
around a date changes about it), ``model`` (a date while it is read, and the mention
given back), ``tense`` (a clause's first verb, which a bare weekday and «امروز» follow),
``calendars`` (the arithmetic, by libraries) and ``lexicon`` (the words).
"""

from khabar.news.dates.find import find_dates
from khabar.news.dates.model import DateMention

__all__ = ["DateMention", "find_dates"]
