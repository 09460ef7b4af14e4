"""Events: who met, called, visited, agreed, stated or accused, with whom, where and when.

An event is a trigger in a sentence («دیدار کردند», «در تماسی تلفنی با», «به امضا رسید»,
«متهم کرد», «در نشست خبری», «وارد بغداد شد»). News reports an event once and then refers
back to it («این دیدار …», «پیش از امضای قرارداد»), so a trigger of an earlier event's
type, with no participant that event lacks and in no other place or time, is a
reference, not a new event.

Participants are the people a sentence names, offices named without a holder among them
(«رئیس قوه قضاییه»), or, when it names fewer than two, also its organizations and
countries; parties «میان X و Y» and «دو کشور» are read as such. Most events reach the
reader through someone who reports them («وی افزود که دو کشور … توافق کردند»): the
speaker is not a participant, unless the report leaves out a subject it shares with
them. A trigger inside reported speech takes its participants there, one outside it not
from it.

The place is where a visit goes («به», «وارد») or the site it visits («از پالایشگاه …
بازدید کرد»), else the city after «در» nearest the trigger; the date is the nearest before
the trigger in its sentence. Both come from the event's side of the sentence, and an
event in or after another («در این تماس», «بیانیه پایانی این نشست») takes that one's.

Each job has its module: ``triggers`` (what tells an event), ``matching`` (whether a
match is one), ``trips`` (whether a visit goes somewhere), ``participants``, ``parties``
and ``bodies`` (who), ``quoted`` (a speaker's own meetings and trips), ``places`` and
``dates`` (where and when), ``references`` (what is told again or lends its setting),
``sentence`` (where a trigger stands in its sentence), and ``find`` (reading an article
with them).
"""

from khabar.news.events.find import find_events
from khabar.news.events.model import Context, Event, Mention
from khabar.news.events.patterns import BODIES, MAX_PARTIES, MAX_PARTY_WORDS
from khabar.news.events.triggers import TRIGGERS

__all__ = [
    "BODIES",
    "MAX_PARTIES",
    "MAX_PARTY_WORDS",
    "TRIGGERS",
    "Context",
    "Event",
    "Mention",
    "find_events",
]
