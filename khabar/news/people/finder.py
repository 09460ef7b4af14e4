"""Finding the names of one article: the recognizer's guesses and the subjects of speech
verbs that read as names, trimmed to the name, completed with a given name written before
them («یلدیریم» → «مولود یلدیریم»), and the names the recognizer missed beside a title
(«نیکول پطروسیان، نخست‌وزیر ارمنستان», «وزیر برق عراق، زیاد علی فاضل، …»).
"""

import re
from functools import lru_cache

from khabar.news.people.edges import (
    COMMA_BEFORE_TITLE,
    HONORIFICS_BEFORE,
    RESPECTIVELY,
    WORD_AFTER,
    before_title,
    past_honorifics,
    strip_honorific,
    without_stops,
)
from khabar.news.people.lexicon import (
    GOVERNING_NOUNS,
    MAX_NAME_WORDS,
    PARTS_OF_DAY,
    PRONOUNS,
    THING_NOUNS,
    common_words,
    given_names,
    key,
)
from khabar.news.people.outlets import outlet_names
from khabar.news.people.shape import NAME_WORD, looks_like_name, ordinary
from khabar.news.places import places
from khabar.news.titles import (
    BEFORE_COUNTRY,
    HEAD_WORDS,
    HEADS,
    HONORIFICS,
    RANK_QUALIFIERS,
    STOPS,
    Title,
    find_titles,
)

_APPOSITION = re.compile(f"، (?:{HEAD_WORDS}) ")
_BARE_APPOSITION = re.compile(f" (?:{HEAD_WORDS}) ")
# Words a name set off by commas never holds: the end of a phrase, or a title's head.
_NOT_IN_NAMES = STOPS | frozenset(HEADS)
_PATRONYMIC = (" بن ", " بنت ")
_PATRONYMIC_WORDS = frozenset({"بن", "بنت"})
# The words of honorifics («سرهنگ», «حجت‌الاسلام والمسلمین»): before a name, never of it.
_HONORIFIC_WORDS = frozenset(w for h in HONORIFICS for w in h.split()) | RANK_QUALIFIERS
# A blessing after a name is for a holy figure («امام رضا (ع)», «امام خمینی (ره)»), whom
# news names in places and occasions, not as one of the story's people.
_BLESSING = re.compile(r" ?\((?:ع|ره|س|عج|ص)\)")
# What names an outlet after it: «به خبرنگار شانا», «خبرگزاری ایسنا», «روزنامه اعتماد».
_OUTLET_NOUNS = ("خبرنگار ", "خبرگزاری ", "روزنامه ", "شبکه ", "پایگاه ", "هفته‌نامه ")
# What opens a name listed with its own title: «و», «با», «را» closing the object before
# it («ریاست هیئت را مراد اورازاف، معاون …، بر عهده دارد»), a paragraph's start, or a
# connective and its comma at the head of a sentence («در همین حال، فام تی لان، وزیر …»,
# «در مقابل، رابعه شمیم، سخنگوی …»). Not «از» or «به», which govern a noun before the
# name as often («از اظهارات اردشیر زاهدی، وزیر …»).
_AFTER_AND_OR_BA = re.compile(
    r"(?:(?:^|\s)(?:و|با|را) |\n|(?:در همین حال|در این میان|همچنین|در ادامه|در مقابل|از سوی دیگر"
    r"|از طرف دیگر|در عین حال|با این حال|همزمان)، )"
    r"(?P<name>[^\s،؛:.!؟()«»]+(?: [^\s،؛:.!؟()«»]+){1,2})$"
)
_DIGIT_AFTER = re.compile(r" ?[0-9۰-۹]")
# When a clause's subject acted, right after its name: «کامران صدیقی‌فر ظهر امروز …».
_TIME_AFTER = re.compile(
    r" (?:صبح|ظهر|عصر|شب|بامداد|شامگاه|غروب|امروز|دیروز|دیشب|امشب)(?![^\s،؛:.!؟()«»])"
)
_DIGIT_BEFORE = re.compile(r"[0-9۰-۹] ?$")
_PART_OF_MONTH = re.compile(r"(?<![^\s«(،])(?:اوایل|اواسط|اواخر|ابتدای|پایان|نیمه|ماه) $")


def after_ba(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the noun of «با حضور», «با ریاست» the recognizer took in with it:
    «با حضور محمدجواد رحیمی‌فر» is «محمدجواد رحیمی‌فر», and so is «با حضور آندریاس
    هولمبرگ» though «آندریاس» is no listed given name."""
    first, _, rest = text[start:end].partition(" ")
    governed = text.endswith("با ", 0, start) and first in common_words()
    if governed and (first in GOVERNING_NOUNS or rest.split(" ", 1)[0] in given_names()):
        return start + len(first) + 1, end
    return start, end


@lru_cache(maxsize=1)
def _name_start_pattern() -> re.Pattern[str]:
    """Where a name may start: a given name, or any word after «با» («دیدار با ژونگ وی»)."""
    names = "|".join(map(re.escape, sorted(given_names(), key=len, reverse=True)))
    return re.compile(rf"(?<![^\s«(،])(?:{names})(?=\s)|(?<=(?<![^\s«(،])با )[^\s،؛:.!؟()«»]+")


class NameFinder:
    """Finds the spans of one article's text that name people."""

    def __init__(self, text: str, body: int = 0) -> None:
        """Names beside titles are looked for from ``body`` on (after the headline)."""
        self.text = text
        self.body = body
        self.outlets = outlet_names(text)

    def find(
        self, names: list[tuple[int, int]], subjects: list[tuple[int, int]] = ()
    ) -> set[tuple[int, int]]:
        """The names of the text: ``names`` from the recognizer, ``subjects`` of speech
        verbs that read as names, and the fuller forms and names beside titles they lead
        to; a name inside a longer one is part of it («علی فاضل» of «زیاد علی فاضل»), and
        an outlet the text cites is no one («رویترز»)."""
        spans = set()
        for group, strict in ((names, True), (subjects, False)):
            for start, end in group:
                span = self._trimmed(start, end, strict)
                if self._is_name(span, strict):
                    spans.add(span)
        spans |= self._full_forms(spans)
        spans |= self._beside_titles(spans)
        spans = self._patronymics(spans)
        spans |= self._written_again(spans)
        spans = _joined(spans)
        return {
            (s, e)
            for s, e in spans
            if not any(a <= s and e <= b and b - a > e - s for a, b in spans)
            and key(self.text[s:e]) not in self.outlets
        }

    def _written_again(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """A name of more than one word written again in full where the recognizer took
        only part of it: «میلوش یوانوویچ پیش از این …» is not «یوانوویچ» alone."""
        found = set()
        for start, end in spans:
            name = self.text[start:end]
            if " " not in name:
                continue
            for m in re.finditer(rf"(?<![^\s«(،]){re.escape(name)}(?![^\s،؛:.!؟()«»])", self.text):
                if any(m.start() <= s and e <= m.end() for s, e in spans if (s, e) != m.span()):
                    found.add(m.span())
        return found

    def _trimmed(self, start: int, end: int, strict: bool) -> tuple[int, int]:
        """A span trimmed to the name: past a title and rank opening a subject, without
        honorifics, a title or time word run on to, completed with a given name before."""
        if not strict:
            start, end = self._past_ranked_title(start, end)
        text = self.text
        span = after_ba(text, *before_title(text, *strip_honorific(text, start, end)))
        return self._complete(*without_stops(text, *span))

    def _is_name(self, span: tuple[int, int], strict: bool) -> bool:
        """Whether a trimmed span names a person; ``strict`` for the recognizer's guesses."""
        text = self.text
        phrase = text[span[0] : span[1]]
        if past_honorifics(text, span[0]) >= span[1]:  # «امیر» of «امیر سرتیپ …»
            return False
        # In «» the recognizer's names are mostly halls, papers and titles of works.
        quoted = text[span[0] - 1 : span[0]] == "«" and text[span[1] : span[1] + 1] == "»"
        if quoted and strict and phrase.split()[0] not in given_names():
            return False
        # A month before its year («بهمن ۱۳۹۷») or after a part of it («اوایل
        # بهمن»), a listed place, what stands right after «در» («در فینال
        # مسابقات») or an outlet's noun is no person. The patterns before the span end at
        # it, so they search only the few characters they can match.
        dated = (
            _DIGIT_AFTER.match(text, span[1])
            or _DIGIT_BEFORE.search(text, max(0, span[0] - 2), span[0])
            or _PART_OF_MONTH.search(text, max(0, span[0] - 7), span[0])
        )
        inside = text[max(0, span[0] - 3) : span[0]] == "در "
        outlet = text.endswith(_OUTLET_NOUNS, 0, span[0])  # «به خبرنگار شانا گفت»
        if strict and (dated or inside or outlet or phrase in places() or self._thing(span)):
            return False
        if _BLESSING.match(text, span[1]):
            return False
        return looks_like_name(phrase, strict)

    def _thing(self, span: tuple[int, int]) -> bool:
        """Whether the recognizer's name names a thing by the noun it opens with or
        follows: «واکسن آنفلوآنزای فصلی», «سامانه نیما»."""
        before = self.text[max(0, span[0] - 20) : span[0]].split()
        first = self.text[span[0] : span[1]].split(" ", 1)[0]
        return first in THING_NOUNS or any(w in THING_NOUNS for w in before[-1:])

    def _past_ranked_title(self, start: int, end: int) -> tuple[int, int]:
        """A subject «TITLE RANK NAME» without its title: «فرمانده نیروی دریایی ارتش
        دریادار کامران نوذری … اعلام کرد» names «کامران نوذری», which the rank sets off
        from the title even where the recognizer misses it."""
        titles = find_titles(self.text[start:end])
        if titles and titles[0].start == 0:
            after_title = start + titles[0].end + 1
            name = past_honorifics(self.text, after_title)
            if after_title < name < end:
                return name, end
        return start, end

    def _patronymics(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """A name going on with «بن» or «بنت» is one Arabic name: the recognizer reads
        «فهد بن ناصر آل ثانی» as «فهد» and «ناصر آل ثانی», or stops at «فهد», and a name
        after «بن» goes on back to the given name before it («خلیفه بن سعید المعمری»)."""
        return {(self._patronymic_start(start), self._patronymic_end(end)) for start, end in spans}

    def _patronymic_start(self, start: int) -> int:
        """Where a name starting at ``start`` right after «X بن» starts once «X بن» is
        taken in; X is a name's word, no word that ends a phrase or heads a title."""
        joint = next((j for j in _PATRONYMIC if self.text.endswith(j, 0, start)), None)
        if joint is None:
            return start
        at = start - len(joint)
        word = self.text[max(0, at - 30) : at].rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
        if not word or word in _NOT_IN_NAMES or not NAME_WORD.match(word):
            return start
        return at - len(word)

    def _patronymic_end(self, end: int) -> int:
        """Where a name ending at ``end`` ends once «بن/بنت» and up to three words after
        it are taken in, stopping at a title or the words that go on with the clause."""
        joint = next((j for j in _PATRONYMIC if self.text.startswith(j, end)), None)
        if joint is None:
            return end
        stop = end + len(joint) - 1
        for taken, word in enumerate(WORD_AFTER.finditer(self.text, stop)):
            if taken == 3 or word.start() != stop or word[1] in _NOT_IN_NAMES:
                break
            if word[1] in BEFORE_COUNTRY:  # «… آل ثانی امیر قطر»
                break
            stop = word.end()
        return stop if stop > end + len(joint) else end

    def _complete(self, start: int, end: int) -> tuple[int, int]:
        """Extend a name back over a given name written right before it."""
        before = self.text[max(0, start - 30) : start]
        if before.endswith(" "):
            word = before[:-1].rsplit(" ", 1)[-1]
            if word in given_names():
                return start - 1 - len(word), end
        return start, end

    def _full_forms(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """Fuller forms of names written alone elsewhere: after a given name («مولود
        یلدیریم»), or the one or two words before it where it stands in apposition to a
        title («تارو ناکامورا، وزیر …», «رودریگو آلمیدا سانتوس، سفیر …»), since news
        gives the full name once, with the title."""
        found = set()
        for start, end in spans:
            name = self.text[start:end]
            if " " in name:
                continue
            for m in re.finditer(rf"(?<![^\s«(،]){re.escape(name)}(?![^\s،؛:.!؟()«»])", self.text):
                full = self._complete(m.start(), m.end())
                appositive = _APPOSITION.match(self.text, m.end()) or _BARE_APPOSITION.match(
                    self.text, m.end()
                )
                if full == (m.start(), m.end()) and appositive:
                    full = self._name_before(m.start(), m.end())
                if full != (m.start(), m.end()):
                    found.add(full)
                    break
        return found

    def _name_before(self, start: int, end: int) -> tuple[int, int]:
        """A surname with the one or two words before it that make a name with it, as
        an Arabic name has («سلوان ناظم الحکیم وزیر خارجه عراق»), three with «بن»
        («سالم بن خلفان الحارثی، وزیر امور خارجه عمان»); a time word, a noun
        with an ending, a noun governing a person, an honorific or the end of a sentence
        stops it («عصر امروز فراتینی», «به سرپرستی الکسی ورونتسوف», «با حضور آندریاس
        هولمبرگ», «بر عهده سرهنگ کاوه رئیسی‌نژاد»)."""
        before = self.text[max(0, start - 60) : start]
        before = before[before.rfind("\n") + 1 :]  # a name does not run across lines
        if not before.endswith(" "):
            return start, end
        words: list[str] = []
        common = common_words()
        surname = self.text[start:end]
        prior = before[:-1].split(" ")[-3:]
        for i in range(len(prior) - 1, -1, -1):
            word = prior[i]
            # A third word back only before «بن»: «سالم بن خلفان الحارثی».
            if len(words) == 2 and words[0] not in _PATRONYMIC_WORDS:
                break
            if word in STOPS or word in PARTS_OF_DAY or word in GOVERNING_NOUNS:
                break
            if word in _HONORIFIC_WORDS or not NAME_WORD.match(word):
                break
            # An ordinary word with an ending is the noun before («به سرپرستی الکسی …»),
            # but for a father's name after «بن» («خلفان») and a foreign given name in
            # «ـان» right before a surname no lexicon lists («ولادان ستویانوویچ»).
            fathers = i > 0 and prior[i - 1] in _PATRONYMIC_WORDS
            foreign = not words and word.endswith("ان") and not ordinary(surname, common)
            noun = word not in common and ordinary(word, common) and word not in given_names()
            if noun and not (fathers or foreign):
                break
            words.insert(0, word)
        for i in range(len(words)):
            if words[i] in _PATRONYMIC_WORDS:
                continue
            if looks_like_name(" ".join([*words[i:], surname]), titled=True):
                return start - len(" ".join(words[i:])) - 1, end
        return start, end

    def _beside_titles(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """Names the recognizer missed, or cut to their given name, told by a title in
        apposition and a given name or «با» before them: «نیکول پطروسیان، نخست‌وزیر
        ارمنستان»، «مدیرعامل این شرکت، کامبیز فرهادی، …»، «با وانگ ون‌تائو، وزیر بازرگانی
        چین», «با ژونگ وی، وزیر …», and the names «به ترتیب» gives titles to."""
        given_alone = {(s, e) for s, e in spans if self.text[s:e] in given_names()}
        # A given name the recognizer took alone («دکتر نسرین فاضلی») may still be completed.
        taken = [range(s, e) for s, e in spans if (s, e) not in given_alone]
        titles = find_titles(self.text)
        title_ends = {t.end for t in titles}
        found = set()
        for m in _name_start_pattern().finditer(self.text, self.body):
            if any(m.start() in r for r in taken):
                continue
            if past_honorifics(self.text, m.start()) > m.start():
                continue  # «امیر» of «امیر دریادار …» is no given name
            before = self._after_title(m.start(), title_ends)
            end = m.end()
            for word in WORD_AFTER.finditer(self.text, m.end()):
                if word.start() != end or (
                    word.group(1) in STOPS and not self._ends_name(word.group(1), word.end())
                ):
                    break
                end = word.end()
                phrase = self.text[m.start() : end]
                after = _APPOSITION.match(self.text, end)
                if not looks_like_name(phrase, strict=True):
                    break
                # «یعقوب رضاپور استاندار خراسان رضوی»: a title straight after a given
                # name and surname.
                named = m.group() in given_names() and " " in phrase
                bare = named and _BARE_APPOSITION.match(self.text, end)
                if (
                    after
                    or bare
                    or (before and self.text[end : end + 1] == "،")
                    or (named and self._acts_then(phrase, end))
                    or self._in_turn(end)
                ):
                    found.add(after_ba(self.text, m.start(), end))
                    break
        return found | self._between_commas(title_ends) | self._listed_before_titles(spans, titles)

    def _acts_then(self, phrase: str, end: int) -> bool:
        """Whether a given name and a surname no lexicon lists as a word go on with when
        they acted, as a clause's subject does: «کامران صدیقی‌فر ظهر امروز …»; «شهریار
        نمکی معلم جانباز امروز» is a name and a description."""
        common = common_words()
        plain = all(w in given_names() or w not in common for w in phrase.split())
        return plain and bool(_TIME_AFTER.match(self.text, end))

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
        given name: «وزیر برق عراق، زیاد علی فاضل، …», «دبیرکل فدراسیون جهانی تکواندو،
        ژان‌لوک برتران، …»; not an item of a list, nor a name with its own title."""
        found = set()
        for end in title_ends:
            if end < self.body or self.text[end : end + 2] != "، ":
                continue
            start = past_honorifics(self.text, end + 2)
            comma = self.text.find("،", start, start + 50)
            phrase = self.text[start:comma]
            words = phrase.split(" ")
            if comma < 0 or not 2 <= len(words) <= MAX_NAME_WORDS or _NOT_IN_NAMES & set(words):
                continue
            if looks_like_name(phrase, strict=True, titled=True) and not self._listed(comma):
                found.add((start, comma))
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
            if m is None or _NOT_IN_NAMES & set(m["name"].split()):
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
        return word in PRONOUNS and bool(_APPOSITION.match(self.text, end))


def _joined(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names that overlap without one holding the other are one name: the recognizer's
    «اسفندیار رحیم» and «رحیم مشایی» found before a title are «اسفندیار رحیم مشایی»."""
    while pair := _overlapping(spans):
        (start, _), (_, end) = pair
        spans = spans - set(pair) | {(start, end)}
    return spans


def _overlapping(spans: set[tuple[int, int]]) -> tuple[tuple[int, int], ...] | None:
    """Two spans of which the first ends inside the second."""
    return next(((a, b) for a in spans for b in spans if a[0] < b[0] < a[1] < b[1]), None)
