"""The sourcing chain: who reports the story, and whom they cite.

«به گزارش آران نیوز: به نقل از خبرگزاری «اینترفکس»» names a reporting outlet and a cited
one. The first outlet that reports is the ``reporter``; every outlet, office or paper the
text cites after it is ``cited``. Descriptors that are not part of a name («خبرگزاری»,
«خبرنگار ورزشی», «گروه بین‌الملل») are dropped, and so is a dateline place («از اصفهان»).
"""

import re
from dataclasses import asdict, dataclass

from khabar.text.chars import ZWNJ


@dataclass(frozen=True)
class Source:
    name: str
    role: str  # "reporter" or "cited"
    start: int  # the name's span in the text
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


_W = rf"[^\s،:؛.!؟()«»{ZWNJ}]+(?:{ZWNJ}[^\s،:؛.!؟()«»]+)*"
_NAME = re.compile(rf"(?:{_W} ){{0,3}}«[^»\n]{{1,60}}»|{_W}(?: (?:و )?{_W}){{0,7}}")
_CUE = re.compile(r"به (?:گزارش|نوشته|نقل از|روایت)\s+")
# «خبرگزاری فارس: …» or «تهران- ایرنا-» opening a paragraph.
_DATELINE = re.compile(rf"(?m)^(?:(?:{_W} ?)?- ?)?(?P<name>خبرگزاری (?:{_W})(?: {_W})?)\s*[:-]")

# Words that describe an outlet rather than name it, dropped from the front of a name.
_DESCRIPTORS = re.compile(
    rf"^(?:(?:گروه|سرویس|بخش) {_W} |خبرنگار(?:ان)?(?: (?:اعزامی|ورزشی|اقتصادی|سیاسی|"
    rf"پارلمانی|فرهنگی|اجتماعی|حوادث|علمی|بین{ZWNJ}الملل|دانشگاه|خارجی))? |خبرگزاری |پایگاه "
    rf"(?:خبری|اطلاع{ZWNJ}رسانی) |(?:سایت|وب{ZWNJ}سایت) )+"
)
# Where a name ends: a further cited source, or a clause going on after it.
_NAME_END = re.compile(r" (?:و )?(?:به نقل از|که|با|طی|امروز|روز)(?: |$)")
# A dateline place after a short outlet name: «فارس از اصفهان», «مهر در گرگان». Longer
# names keep «از»/«در»: «سازمان حفاظت از محیط زیست».
_PLACE = re.compile(r"^(?P<name>\S+(?: \S+)?) (?:از|در) ")
_INSTITUTIONS = frozenset(
    {"سازمان", "وزارت", "اداره", "روابط", "دانشگاه", "بنیاد", "مرکز", "شرکت", "ستاد", "کمیته"}
)
_NOT_A_SOURCE = frozenset({"ما", "این", "آن", "وی", "او"})


def _clean(name: str, start: int) -> tuple[str, int, int] | None:
    """The outlet's own name inside a matched phrase, with its offsets."""
    if name.startswith("«"):
        return name[1:-1].strip(), start + 1, start + len(name) - 1
    lead = _DESCRIPTORS.match(name)
    if lead:
        name, start = name[lead.end() :], start + lead.end()
    if name.startswith("«"):
        end = name.find("»")
        return (name[1:end], start + 1, start + end) if end > 1 else None
    cut = _NAME_END.search(name)
    if cut and cut.start() > 0:
        name = name[: cut.start()]
    place = _PLACE.match(name)
    if place and name.split(" ", 1)[0] not in _INSTITUTIONS:
        name = place["name"]
    if not name or name in _NOT_A_SOURCE:
        return None
    return name, start, start + len(name)


def find_sources(text: str) -> list[Source]:
    """Every outlet the text reports from or cites, in reading order, each name once."""
    found: list[tuple[int, int, str]] = []
    matches = [(m["name"], m.start("name")) for m in _DATELINE.finditer(text)]
    for cue in _CUE.finditer(text):
        m = _NAME.match(text, cue.end())
        if m:
            matches.append((m.group(), m.start()))
    for phrase, at in matches:
        cleaned = _clean(phrase, at)
        if cleaned:
            name, start, end = cleaned
            found.append((start, end, name))
    sources: list[Source] = []
    seen: set[str] = set()
    for start, end, name in sorted(found):
        if name in seen:
            continue
        seen.add(name)
        sources.append(Source(name, "cited" if sources else "reporter", start, end))
    return sources
