"""Speech that a statement or an outlet carries: «در این بیانیه آمده است که …», «به
گزارش وبگاه خبری «وطن» …، …». The speaker is whoever issued the statement, or the outlet
cited, not a person named in the clause.
"""

import re

from khabar.news.quote_subjects import subject_before, subject_from

# «در این بیانیه آمده است که …», «در بیانیه پایانی نشست آمده است که …»: what a statement
# or report says, in the words of whoever issued it.
DOCUMENTS = ("بیانیه", "اطلاعیه", "یادداشت", "نامه", "گزارش")
_DOCUMENT = "|".join(DOCUMENTS)
DOCUMENT_SAYS = re.compile(
    rf"(?<![^\s،])در (?P<doc>(?:[^\s.،:«»]+ ){{0,2}}(?:{_DOCUMENT})(?:\u200cای)?"
    rf"(?: [^\s.،:«»]+){{0,4}}?) (?P<cue>آمده است|آمده)\s+که\s+"
)
# A statement named where it was issued: «وزارت نفت … با انتشار بیانیه‌ای …»; «به گزارش
# ایسنا» names who reports, not a report.
_ISSUED = re.compile(rf"(?<![^\s«(،])(?<!به )(?:{_DOCUMENT})")


# «به گزارش وبگاه خبری «وطن» که از آمریکا به‌روز می‌شود، …»: past the story's own
# sourcing, an outlet named in «» cited for one sentence says it.
_REPORTED_BY = re.compile(
    r"(?<![^\s،])(?P<cue>به گزارش) (?P<who>(?:[^\s،.«»()]+ ){1,3}«[^»\n]{1,40}»)"
    r"(?: که [^،.«»\n]{1,120})?،\s*"
)


def cited_again(text: str) -> list[re.Match[str]]:
    """The «به گزارش X،» of the body after the first, which sources the story itself."""
    first = text.find("به گزارش")
    return list(_REPORTED_BY.finditer(text, first + 1)) if first >= 0 else []


def issuer(text: str, at: int) -> tuple[int, int] | None:
    """Who issued the statement quoted at ``at``: the subject of the latest sentence in
    this paragraph or the one before that names a statement («وزارت نفت نیز با انتشار
    بیانیه‌ای …»)."""
    before = text[: max(text.rfind("\n", 0, at), 0)].rstrip("\n")
    floor = before.rfind("\n") + 1  # where the paragraph before starts
    statements = list(_ISSUED.finditer(text, floor, at))
    if not statements:
        return None
    at = statements[-1].start()
    who = subject_before(text, at, text.rfind("\n", 0, at) + 1)
    # «بیست و هشتمین نشست شورای وزیران سازمان همکاری اقتصادی (اکو) … با صدور بیانیه
    # پایانی»: the meeting's body issues it, named without its acronym.
    meeting = _MEETING.match(text, who[0], who[1]) if who else None
    if meeting is None:
        return who
    body = subject_from(text, meeting.end(), at)
    if body is None:
        return who
    aside = text.find(" (", *body)
    return (body[0], aside) if aside > 0 else body


_MEETING = re.compile(r"(?:(?:\S+ و )?\S+مین )?(?:نشست|اجلاس|همایش|کنفرانس) (?=\S)")
