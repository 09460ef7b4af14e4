"""Names the recognizer missed, or cut to their given name, told by a title beside
them: in apposition after a given name or «با» («نیکول پطروسیان، نخست‌وزیر ارمنستان»),
set off by commas after a title («وزیر برق عراق، زیاد علی فاضل، …»), listed with their
own titles after «و», «با» or a connective, or given titles «به ترتیب».
"""

import re
from collections.abc import Iterator

from khabar.news.people.edges import (
    COMMA_BEFORE_TITLE,
    HONORIFICS_BEFORE,
    RESPECTIVELY,
    WORD_AFTER,
    after_ba,
    past_honorifics,
    strip_honorific,
)
from khabar.news.people.lexicon import (
    GOVERNING_NOUNS,
    MAX_NAME_WORDS,
    PRONOUNS,
    common_words,
    given_names,
    verb_words,
)
from khabar.news.people.overlaps import Overlaps
from khabar.news.people.shape import NAME_WORD, is_institution, looks_like_name, ordinary
from khabar.news.places import places
from khabar.news.titles import HEAD_SET, HEAD_WORDS, STOPS, Title, find_titles
from khabar.text.chars import ZWNJ

APPOSITION = re.compile(f"، (?:{HEAD_WORDS}) ")
BARE_APPOSITION = re.compile(f" (?:{HEAD_WORDS}) ")
# Words a name set off by commas never holds: the end of a phrase, or a title's head.
NOT_IN_NAMES = STOPS | HEAD_SET

# What opens a name listed with its own title: «و», «با», «را» closing the object before
# it («ریاست هیئت را مراد اورازاف، معاون …، بر عهده دارد»), «به» before a noun governing
# the name («هیئتی به سرپرستی عبدالواحد نوری، معین …»), a paragraph's start, or a
# connective and its comma at the head of a sentence («در همین حال، فام تی لان، وزیر …»,
# «در مقابل، رابعه شمیم، سخنگوی …»). Not «از», nor «به» before any other noun, which
# govern a noun before the name as often («از اظهارات اردشیر زاهدی، وزیر …»).
_AFTER_AND_OR_BA = re.compile(
    rf"(?:(?:^|\s)(?:و|با|را|به(?= (?:{'|'.join(sorted(GOVERNING_NOUNS))}) )) |\n"
    r"|(?:در همین حال|در این میان|همچنین|در ادامه|در مقابل|از سوی دیگر"
    r"|از طرف دیگر|در عین حال|با این حال|همزمان)، )"
    r"(?P<name>[^\s،؛:.!؟()«»]+(?: [^\s،؛:.!؟()«»]+){1,2})$"
)
# A digit or a short vowel's sign inside a word: «در29», «ادعاییِ».
_MARKED = re.compile(r"[0-9۰-۹\u064b-\u0652]")
# When a clause's subject acted, right after its name: «کامران صدیقی‌فر ظهر امروز …».
_TIME_AFTER = re.compile(
    r" (?:صبح|ظهر|عصر|شب|بامداد|شامگاه|غروب|امروز|دیروز|دیشب|امشب)(?![^\s،؛:.!؟()«»])"
)
_RELATIVE_AFTER = re.compile(r" که(?![^\s،؛:.!؟()«»])")
# A report's dateline, after which its first clause's subject stands.
_REPORT_BEFORE = re.compile(r"(?:خبرگزاری فارس ?[:_\-]|به گزارش[^،.\n]{0,80}،) ?$")
_SUBJECT_ON = re.compile(r"(?:،| (?:در|با|به|از|طی|ضمن)(?![^\s،؛:.!؟()«»]))")
_WORD_IN = re.compile(r"[^\s،؛:.!؟()«»\"]+")


# A word where a name may start, up to the space after it, or any word after «با»
# («دیدار با ژونگ وی»); given names are letters and half-spaces alone, so a word is one
# if it is listed, looked up rather than tried as one of thousands of alternatives.
_AFTER_BA = re.compile(r"(?<=(?<![^\s«(،])با )[^\s،؛:.!؟()«»]+")
_WORD_OR_AFTER_BA = re.compile(rf"(?<![^\s«(،])[\w{ZWNJ}]+(?=\s)|{_AFTER_BA.pattern}")


def _name_starts(text: str, start: int) -> Iterator[re.Match[str]]:
    """Where a name may start from ``start`` on, left to right: a given name with a space
    after it, or any word after «با»."""
    for word in _WORD_OR_AFTER_BA.finditer(text, start):
        if word.group() in given_names():
            yield word
        elif met := _AFTER_BA.match(text, word.start()):
            yield met


class BesideTitles:
    """The part of :class:`~khabar.news.people.finder.NameFinder` that finds names by
    the titles beside them; it reads ``self.text`` and ``self.body``."""

    text: str
    body: int

    def _beside_titles(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """Names the recognizer missed, or cut to their given name, told by a title in
        apposition and a given name or «با» before them: «نیکول پطروسیان، نخست‌وزیر
        ارمنستان»، «مدیرعامل این شرکت، کامبیز فرهادی، …»، «با وانگ ون‌تائو، وزیر بازرگانی
        چین», «با ژونگ وی، وزیر …», and the names «به ترتیب» gives titles to."""
        given_alone = {(s, e) for s, e in spans if self.text[s:e] in given_names()}
        # A given name the recognizer took alone («دکتر نسرین فاضلی») may still be completed.
        taken = Overlaps(span for span in spans if span not in given_alone)
        titles = find_titles(self.text)
        title_ends = {t.end for t in titles}
        found = set()
        for m in _name_starts(self.text, self.body):
            if taken.any(m.start(), m.start() + 1):
                continue
            if past_honorifics(self.text, m.start()) > m.start():
                continue  # «امیر» of «امیر دریادار …» is no given name
            before = self._after_title(m.start(), title_ends)
            given = m.group() in given_names()
            end = m.end()
            for word in WORD_AFTER.finditer(self.text, m.end()):
                if word.start() != end or word.group(1) in HEAD_SET:
                    break  # a title's head ends the name: «حسن نوری معاون وزیر نفت»
                if word.group(1) in STOPS and not self._ends_name(word.group(1), word.end()):
                    break
                end = word.end()
                phrase = self.text[m.start() : end]
                after = APPOSITION.match(self.text, end)
                if not looks_like_name(phrase, strict=True):
                    break
                # «یعقوب رضاپور استاندار خراسان رضوی»: a title straight after a given
                # name and surname, or after two words that «با» opens, the first no
                # ordinary word («مکاتبه با رحمانی فضلی وزیر کشور», not «با تصویب
                # هیئت وزیران»).
                named = given and " " in phrase
                met = (
                    not given and phrase.count(" ") == 1 and not ordinary(m.group(), common_words())
                )
                bare = (named or met) and BARE_APPOSITION.match(self.text, end)
                if (
                    after
                    or bare
                    or (before and self.text[end : end + 1] == "،")
                    or (named and self._acts_then(phrase, end))
                    or self._in_turn(end)
                ):
                    found.add(after_ba(self.text, m.start(), end))
                    break
        listed = self._listed_before_titles(spans, titles)
        beside = self._quoted_before(titles) | self._unknown_before(titles)
        beside |= self._named_in_titles(titles)
        return found | self._between_commas(title_ends) | listed | beside

    def _quoted_before(self, titles: list[Title]) -> set[tuple[int, int]]:
        """A name of two to four words in quotes straight before a title, whatever its given
        name, or set off from it by a comma: «"دیمیتری میدویدیف" رئیس‌جمهور …», ««فرانکو
        فراتینی» وزیر …», ««رستم زوهبی»، سفیر …»; news quotes foreign names, which the
        recognizer misses."""
        found = set()
        for title in titles:
            close = title.start - (3 if self.text.endswith("، ", 0, title.start) else 2)
            if title.start < self.body or self.text[close : close + 2] not in (
                "» ",
                '" ',
                "»،",
                '"،',
            ):
                continue
            opening = "«" if self.text[close] == "»" else '"'
            at = self.text.rfind(opening, max(self.body, close - 40), close)
            inside = self.text[at + 1 : close]
            start = at + 1 + len(inside) - len(inside.lstrip())
            phrase = inside.strip()
            if (
                at >= 0
                and 2 <= len(phrase.split(" ")) <= MAX_NAME_WORDS
                and "\n" not in phrase
                and looks_like_name(phrase, strict=True, titled=True)
            ):
                found.add((start, start + len(phrase)))
        return found

    def _named_in_titles(self, titles: list[Title]) -> set[tuple[int, int]]:
        """A given name and a surname no lexicon lists that a title phrase ran on to,
        where the recognizer found neither: the holder named after a bare title
        («رئیس‌جمهور محمود احمدی‌نژاد») or the person an office serves («نخستین مربی
        هادی ساعی»); a given name that is also a word («عضو پیمان منع …», «بازیکن امید
        استرالیا») is followed by a word the lexicon lists."""
        found = set()
        common = common_words()
        for title in titles:
            if title.start < self.body:
                continue
            for given in _WORD_IN.finditer(self.text, title.start, title.end):
                surname = _WORD_IN.match(self.text, given.end() + 1)
                if (
                    given.start() == title.start
                    or given.group() not in given_names()
                    or surname is None
                    or self.text[given.end() : surname.start()] != " "
                    or not unknown_word(surname.group(), common)
                ):
                    continue
                phrase = self.text[given.start() : surname.end()]
                if looks_like_name(phrase, strict=True):
                    found.add((given.start(), surname.end()))
                break
        return found

    def _acts_then(self, phrase: str, end: int) -> bool:
        """Whether a given name and a surname no lexicon lists as a word go on with when
        they acted or a relative clause, as a clause's subject does: «کامران صدیقی‌فر ظهر
        امروز …», «آرین روبن که …», or anything the clause goes on with after the
        dateline («به گزارش خبرگزاری فارس، نادر حریری در نشست …»); «شهریار نمکی معلم
        جانباز امروز» is a name and a description."""
        common = common_words()
        plain = all(w in given_names() or w not in common for w in phrase.split())
        # A relative clause only after a given name and one surname: «قرآن کریم وسیاق
        # آنهاست که …» is no name.
        relative = phrase.count(" ") == 1 and _RELATIVE_AFTER.match(self.text, end)
        # The subject opening the report after its dateline goes on with anything the
        # clause does («خبرگزاری فارس: محمود احمدی‌نژاد با پایان شمارش …»), a surname no
        # ordinary word («به گزارش …، امید زیادی به …» is none) nor a place, which names a
        # team («به گزارش …، امید ایران در دیدار با عراق …»).
        start = end - len(phrase)
        opening = _REPORT_BEFORE.search(self.text, max(0, start - 90), start)
        surname = phrase.rsplit(" ", 1)[-1]
        subject = (
            opening
            and _SUBJECT_ON.match(self.text, end)
            and not ordinary(surname, common)
            and surname not in places()
        )
        return plain and bool(_TIME_AFTER.match(self.text, end) or relative or subject)

    def _in_turn(self, end: int) -> bool:
        """Whether a name ending at ``end`` is one of those «به ترتیب» gives titles to:
        «فرهاد امینی و سارا جهانبخش، به ترتیب مدیرعامل و …»."""
        if RESPECTIVELY.match(self.text, end):
            return True
        window = self.text[end : end + 40].split("،", 1)
        return (
            self.text.startswith(" و ", end)
            and len(window) == 2
            and bool(RESPECTIVELY.match("،" + window[1]))
        )

    def _between_commas(self, title_ends: set[int]) -> set[tuple[int, int]]:
        """A name of two to four words set off by commas after a title, whatever its
        given name, in «» or not: «وزیر برق عراق، زیاد علی فاضل، …», «دبیرکل فدراسیون
        جهانی تکواندو، ژان‌لوک برتران، …», «سفیر آمریکا، «راس ویلسون»، …»; not an item of
        a list, nor a name with its own title."""
        found = set()
        for end in title_ends:
            if end < self.body or self.text[end : end + 2] != "، ":
                continue
            start = past_honorifics(self.text, end + 2)
            quoted = self.text.startswith("«", start)
            start += quoted
            comma = self.text.find("،", start, start + 50)
            if quoted != self.text.startswith("»", comma - 1):
                continue
            phrase = self.text[start : comma - quoted]
            words = phrase.split(" ")
            if comma < 0 or not 2 <= len(words) <= MAX_NAME_WORDS or NOT_IN_NAMES & set(words):
                continue
            if looks_like_name(phrase, strict=True, titled=True) and not self._listed(comma):
                found.add((start, start + len(phrase)))
        return found

    def _listed_before_titles(
        self, spans: set[tuple[int, int]], titles: list[Title]
    ) -> set[tuple[int, int]]:
        """A name of two or three words after «و», «با» or a connective, with its own title
        set off by a comma, whatever its given name, where the recognizer found none or cut
        it short: «با فرانسوا دوبوآ، وزیر …، و مورات اوزتورک، معاون وزیر کشور ترکیه، دیدار
        کرد», «در همین حال، فام تی لان، وزیر صنعت و تجارت ویتنام، …»."""
        found = set()
        for title in titles:
            comma = COMMA_BEFORE_TITLE.search(self.text, max(0, title.start - 8), title.start)
            if title.start < self.body or comma is None:
                continue
            end = comma.start()
            m = _AFTER_AND_OR_BA.search(self.text[max(self.body, end - 60) : end])
            if m is None or NOT_IN_NAMES & set(m["name"].split()):
                continue
            first, _, rest = m["name"].partition(" ")
            name = rest if first in GOVERNING_NOUNS else m["name"]  # «با حضور …»
            start, _ = strip_honorific(self.text, end - len(name), end)
            # A name the recognizer found is kept, unless it cut this one short («فام»).
            cut = [(s, e) for s, e in spans if s < end and start < e]
            if any(s != start for s, _ in cut) or " " not in self.text[start:end]:
                continue
            if looks_like_name(self.text[start:end], strict=True, titled=True):
                found.add((start, end))
        return found

    def _unknown_before(self, titles: list[Title]) -> set[tuple[int, int]]:
        """Two or three words no lexicon lists, set off from a title by a comma or
        straight before it, whatever stands before them: a foreign name («… فارس از ماکو
        کوجی هاندا، سفیر ژاپن …», «استرداد آلبرتو فوجیموری رئیس‌جمهور سابق پرو»); an
        ordinary word, a place or a verb before them is where they begin. One such word
        opening a paragraph is a surname in apposition to the title."""
        found = set()
        common = common_words()
        for title in titles:
            comma = COMMA_BEFORE_TITLE.search(self.text, max(0, title.start - 8), title.start)
            bare = comma is None and self.text[title.start - 1 : title.start] == " "
            if title.start < self.body or not (comma or bare):
                continue
            end = comma.start() if comma else title.start - 1
            words: list[str] = []
            line = self.text[max(self.body, end - 50) : end].rsplit("\n", 1)[-1]
            for word in reversed(line.split(" ")[-3:]):
                if not unknown_word(word, common) or word.endswith("-"):
                    break  # «تهران- ایرنا- وزیر نفت …»: a dateline's words end in dashes
                words.insert(0, word)
            start, _ = strip_honorific(self.text, end - len(" ".join(words)), end)
            phrase = self.text[start:end]
            if not phrase or not looks_like_name(phrase, strict=True, titled=True):
                continue
            # One word is a surname only opening a paragraph, set off by commas on both
            # sides of the title: «رامسفلد، وزیر دفاع امریکا، سوریه را متهم …».
            opening = comma and self.text[start - 1 : start] == "\n"
            if " " in phrase or (opening and self.text.startswith("،", title.end)):
                found.add((start, end))
        return found

    def _listed(self, comma: int) -> bool:
        """Whether the comma at ``comma`` goes on with a list, not with the clause: «…
        زنان سرپرست خانوار، حاشیه نشینی، اعتیاد، …», «… هاری، کیست هیداتید، سالک و …»."""
        words = self.text[comma + 1 : comma + 40].split()[:2]
        return any(w == "و" or w.endswith("،") for w in words)

    def _after_title(self, start: int, title_ends: set[int]) -> bool:
        """Whether a title and a comma stand right before ``start``, an honorific allowed
        between («معاون بهداشت وزیر بهداشت، دکتر نسرین فاضلی»)."""
        m = HONORIFICS_BEFORE.search(self.text, max(0, start - 60), start)
        at = m.start() if m else start
        return at - 2 in title_ends and self.text[at - 2 : at] == "، "

    def _ends_name(self, word: str, end: int) -> bool:
        """«وی» ends a name when a title stands in apposition to it: «با ژونگ وی، وزیر
        بازرگانی چین» (the pronoun is never followed by its own title)."""
        return word in PRONOUNS and bool(APPOSITION.match(self.text, end))


def unknown_word(word: str, common: frozenset[str]) -> bool:
    """A word of a name no lexicon lists: not an ordinary word, a verb, a place, a given
    name (which the recognizer finds), a plural («بایرنی‌ها»), an institution («سپاه»),
    a word that ends a phrase, nor one glued to a number («تا1993») or marked with a
    vowel sign («طرحِ»), which real text gives words, not names."""
    return (
        bool(NAME_WORD.match(word))
        and not _MARKED.search(word)
        and not word.endswith(("ها", "های"))
        and word not in NOT_IN_NAMES
        and not ordinary(word, common)
        and word not in verb_words()
        and word not in places()
        and word not in given_names()
        and not is_institution(word)
    )
