"""Finding the names of one article: the recognizer's guesses and the subjects of speech
verbs that read as names, trimmed to the name, completed with a given name written before
them («یلدیریم» → «مولود یلدیریم»), and the names the recognizer missed beside a title
(«نیکول پطروسیان، نخست‌وزیر ارمنستان», «وزیر برق عراق، زیاد علی فاضل، …»), which
:mod:`.besides` finds.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from operator import itemgetter

from khabar.gazetteer import surnames
from khabar.news.people.besides import (
    APPOSITION,
    BARE_APPOSITION,
    NOT_IN_NAMES,
    BesideTitles,
)
from khabar.news.people.cataphora import opens_sentence_named
from khabar.news.people.completions import Completions
from khabar.news.people.edges import (
    WORD_AFTER,
    after_ba,
    before_by_name,
    before_place_won,
    before_title,
    birthplace_after,
    in_marked_arabic,
    past_ezafe_noun,
    past_honorifics,
    past_imam,
    past_split_head,
    strip_honorific,
    whole_words,
    with_hyphened_surname,
    with_spaced_given_name,
    with_spaced_surname,
    without_blessing,
    without_marks,
    without_run_on,
    without_stops,
)
from khabar.news.people.guesses import Guesses
from khabar.news.people.lexicon import (
    GOVERNING_NOUNS,
    KIN,
    PARTS_OF_DAY,
    PERSON_NOUNS,
    THING_NOUNS,
    WORKS_AND_SITES,
    common_words,
    given_names,
)
from khabar.news.people.listed import (
    between_names,
    bylines,
    coordinated,
    credited,
    listed_names,
    named_as,
    placed,
    quoted_names,
    such_as,
)
from khabar.news.people.outlets import outlet_names
from khabar.news.people.overlaps import Overlaps
from khabar.news.people.shape import NAME_WORD, is_title, looks_like_name, ordinary
from khabar.news.places import places
from khabar.news.titles import (
    ARMY_RANKS,
    BEFORE_COUNTRY,
    HONORIFIC_WORDS,
    NAMED_AFTER,
    RANK_QUALIFIERS,
    STOPS,
    find_titles,
)
from khabar.news.titles.lexicon import BODY_NOUNS
from khabar.text.chars import ZWNJ, key

_PATRONYMIC = (" بن ", " بنت ")
# «امیر» as the army's rank: before a rank («امیر سرتیپ») or joined to «خلبان».
_ARMY_AMIR = re.compile(f"امیر(?:خلبان| (?:{'|'.join(ARMY_RANKS)}) )")
_PATRONYMIC_WORDS = frozenset({"بن", "بنت"})
# A name said to be the most or first of works («هری پاتر پرفروش‌ترین کتاب سال شد») is a
# work's, not a person's; a person is the maker of one («… کارگردان فیلم … است»).
_WORK_PREDICATE = re.compile(
    r" (?:[^\s،.]+ترین|نخستین|اولین|یک) (?:کتاب|رمان|فیلم|سریال|آلبوم)"
    r"(?: [^\s،.]+)? (?:شد|است|بود|شده است)(?=[\s.،]|$)"
)
# A given name with «زاده», «نژاد», «پور», «نیا», «خانی», «بیگی» or «لو» on it, a surname
# by its form alone: «رضازاده», «حسن‌پور», «علی‌نژاد», «حسن‌نیا», «علیخانی», «حسنلو».
_SURNAME_FORM = re.compile(
    r'(?<![^\s«(،"])([^\s«»()،.:؛!؟"]+?)\u200c?(?:زاده|نژاد|پور|نیا|خانی|بیگی|لو)'
    r'(?![^\s،.»):؛!؟"])'
)


# A word of a name, between spaces and punctuation.
_NAME_PART = re.compile(r'[^\s«»()،.:؛!؟"]+')


def _full_names(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Where a listed given name stands with a listed surname of one or two words after
    it, from ``start`` on. Read word by word: an alternation of thousands of names would
    cost a twentieth of the whole analysis."""
    given, family = given_names(), surnames()
    words = list(_NAME_PART.finditer(text, start))
    for i, word in enumerate(words):
        if word[0] not in given:
            continue
        for parts in (words[i + 1 : i + 3], words[i + 1 : i + 2]):
            surname = " ".join(w[0] for w in parts)
            if parts and text[word.end() : parts[-1].end()] == f" {surname}" and surname in family:
                yield word.start(), parts[-1].end()
                break


# Teams and places listed in the plural, whose names are no one's: «برای تیم‌های موناکو و
# نانسی», «شهرهای نیس و نانسی».
_NAMED_PLACES_AND_TEAMS = frozenset(
    "تیم\u200cهای باشگاه\u200cهای شهرهای کشورهای استان\u200cهای روستاهای".split()
)
# The nouns of places and bodies whose names follow them: «شهر …», «مدرسه …», «روستای …».
_PLACES_AND_BODIES = BODY_NOUNS | NAMED_AFTER | {"روستا", "روستای", "تپه", "دبستان", "دبیرستان"}
# And of works and sites too: the nouns no listed full name after them is someone's.
_NAMING_NOUNS = _PLACES_AND_BODIES | WORKS_AND_SITES
# The words of honorifics («سرهنگ», «حجت‌الاسلام والمسلمین»): before a name, never of it.
_HONORIFIC_WORDS = HONORIFIC_WORDS | RANK_QUALIFIERS


class NameFinder(BesideTitles, Completions, Guesses):
    """Finds the spans of one article's text that name people."""

    def __init__(self, text: str, body: int = 0, others: Sequence[tuple[int, int]] = ()) -> None:
        """Names beside titles are looked for from ``body`` on (after the headline);
        ``others`` are the recognizer's names of bodies, places and works."""
        self.text = text
        self.body = body
        self.others = others
        self.outlets = outlet_names(text)
        # Names the recognizer vouches for (:meth:`_vouched`).
        self.repeated: frozenset[str] = frozenset()
        # Names the article uses as a thing's (:meth:`_thing`), which name no one elsewhere.
        self.things: set[str] = set()

    def find(
        self,
        names: list[tuple[int, int]],
        subjects: list[tuple[int, int]] = (),
        headline: list[tuple[int, int]] = (),
    ) -> set[tuple[int, int]]:
        """The names of the text: ``names`` from the recognizer, ``subjects`` of speech
        verbs that read as names, and the fuller forms and names beside titles they lead
        to; a name inside a longer one is part of it («علی فاضل» of «زیاد علی فاضل»), and
        an outlet the text cites is no one («رویترز»). The recognizer's ``headline``
        names are no mentions, but one read there too is read twice (:meth:`_vouched`):
        «انصراف خاتمی» over a body that names him once."""
        self.repeated = self._vouched([*headline, *names])
        spans = set()
        listed = set(self._listed_full_names())
        names = [*names, *self._surnames_by_form(), *listed]
        for group, strict in ((names, True), (subjects, False)):
            for start, end in group:
                span = self._trimmed(start, end, strict)
                if self.text[slice(*span)] in HONORIFIC_WORDS:
                    continue  # read alone: «[حجت‌الاسلام] سیدروح‌الله سلیمانی‌فر گفت»
                if strict and (start, end) not in listed:  # a listed surname ends it
                    span = self._surname_ending_item(*self._surname_after(*span))
                span = (span[0], self._patronymic_end(span[1]))  # «[تمیم بن] حمد آل ثانی»
                if self._is_name(span, strict):
                    spans.add(past_imam(self.text, *span))
        spans = {self._in_quotes(*span) for span in spans}
        spans |= self._full_forms(spans)
        spans |= self._beside_titles(spans)
        spans |= self._after_honorifics(spans) | self._coaches()
        spans = self._patronymics(spans)
        spans = self._past_army_amir(spans)
        spans |= self._written_again(spans)
        spans = {self._surname_continued(*span) for span in spans}
        spans |= between_names(self.text, spans)
        spans |= such_as(self.text, self.body) | bylines(self.text, self.body)
        spans |= credited(self.text, self.body)
        spans |= named_as(self.text, self.body) | quoted_names(self.text, self.body)
        spans |= listed_names(self.text, self.body, spans) | placed(self.text, self.body)
        spans |= coordinated(self.text, self.body, spans)
        spans = {with_spaced_surname(self.text, *span) for span in spans}
        spans = _joined(without_run_on(self.text, spans))
        for start, end in spans:
            thing_noun = self._noun_before(start) in THING_NOUNS
            if (
                (thing_noun and not self.someone_after_noun((start, end)))
                or self._listed_thing(start)
                or _WORK_PREDICATE.match(self.text, end)
            ):
                self.things.add(key(self.text[start:end]))
        names = Overlaps(spans)
        return {
            (s, e)
            for s, e in spans
            if not names.longer_holds(s, e)
            and key(self.text[s:e]) not in self.outlets
            and key(self.text[s:e]) not in self.things
            and not in_marked_arabic(self.text, s, e)
        }

    def _surnames_by_form(self) -> list[tuple[int, int]]:
        """The body's words that are surnames by their form (:data:`_SURNAME_FORM`),
        taken as the recognizer's guesses are: one that never read a surname alone
        («سوال جهانگیرزاده نماینده تبریز», «- رضازاده در ابرار: …») may miss it, and no
        ordinary word is a given name with «زاده» on it but those the lexicon lists
        («امیرزاده»). Right after the noun of a place or body such a word is its name, as
        the recognizer, reading no one there, had it: «شهر غازیپور», «استان …»."""
        common = common_words()
        return [
            m.span()
            for m in _SURNAME_FORM.finditer(self.text, self.body)
            if m[1] in given_names()
            and m[0] not in common
            and self._noun_before(m.start()) not in _PLACES_AND_BODIES
        ]

    def _listed_full_names(self) -> list[tuple[int, int]]:
        """A listed given name with a listed surname after it («حسن زیاری», «ابراهیم
        داروغه‌زاده»), taken as the recognizer's guesses are: the recognizer misses people
        whose names its training never showed, but two listed names in a row are someone's;
        not after the noun of a place, body, work or site, past honorifics and «شهید»
        («خیابان شهید علی شریعتی», «بیمارستان آیت‌الله مهدی بابایی», «تصویر علی
        کریمی»), whose name they are, nor inside what the recognizer read as such a name."""
        found = []
        others = Overlaps(self.others)
        for start, end in _full_names(self.text, self.body):
            if others.any(start, end):
                continue
            before = self.text[max(0, start - 60) : start].rsplit("\n", 1)[-1].split()
            while before and (before[-1] in HONORIFIC_WORDS or before[-1] == "شهید"):
                before.pop()
            if not before or before[-1] not in _NAMING_NOUNS:
                found.append((start, end))
        return found

    def _listed_thing(self, start: int) -> bool:
        """Whether the name at ``start`` is one of the things a thing's noun in the plural
        lists, after «و» or a comma: «رودخانه‌های گوهررود و زرجوب» names two rivers, not
        «زرجوب» a person, «بیمارستان‌های مفید، بهرامی و …» hospitals; after a singular
        noun a person may follow («انتشارات باران و وحید …»)."""
        before = self.text[max(0, start - 60) : start].rsplit("\n", 1)[-1].split()
        if len(before) < 2 or not (before[-1] == "و" or before[-1].endswith("،")):
            return False
        i = len(before) - 2 if before[-1] == "و" else len(before) - 1  # the item before
        while i > 0 and before[i - 1].endswith("،"):  # past the items set off by commas
            i -= 1
        if i < 1:
            return False
        noun = before[i - 1]
        stem = noun.removesuffix("های").removesuffix("ها").rstrip(ZWNJ)
        plural = noun.endswith(("ها", "های")) and (noun in THING_NOUNS or stem in THING_NOUNS)
        return plural or (before[-1] == "و" and noun in _NAMED_PLACES_AND_TEAMS)

    def _written_again(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """A name of more than one word written again in full, where the recognizer took
        only part of it («میلوش یوانوویچ پیش از این …» is not «یوانوویچ» alone) or missed
        it (in «», before the title it stands in apposition to: «شاهزاده «عبدالله بن سعود
        بن محمد» رئیس فدراسیون …»)."""
        names = {self.text[start:end] for start, end in spans}
        found = {span for name in names if " " in name for span in whole_words(self.text, name)}
        return found - spans

    def _surname_continued(self, start: int, end: int) -> tuple[int, int]:
        """A full name with the word after it where a sentence opens with that word after
        the surname: «محمد حسن اکبری مطلق امروز …», read as «محمد حسن اکبری» by the
        recognizer, is «محمد حسن اکبری مطلق» where a later sentence opens «اکبری مطلق …»."""
        words = self.text[start:end].split(" ")
        after = WORD_AFTER.match(self.text, end)
        if len(words) < 2 or not after:
            return start, end
        word = after[1]
        if word in STOPS or word in PARTS_OF_DAY or not NAME_WORD.match(word) or is_title(word):
            return start, end
        if not looks_like_name(f"{self.text[start:end]} {word}", titled=True):
            return start, end
        for at, _ in whole_words(self.text, f"{words[-1]} {word}"):
            if opens_sentence_named(self.text, at):
                return start, after.end(1)
        return start, end

    def _past_army_amir(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """Names without the «امیر» the army writes before its officers, in a story that
        writes it so elsewhere («امیر سرتیپ …», «امیرخلبان …»): before a given name
        («امیر علیرضا انگیزه») or a surname another name ends with («امیر فتاح» of «سعید
        فتاح»), where «امیر» is no given name of theirs."""
        if not _ARMY_AMIR.search(self.text):
            return spans
        names = [self.text[s:e] for s, e in spans]
        surnames = {n.rsplit(" ", 1)[1] for n in names if " " in n and not n.startswith("امیر ")}
        kept = set()
        for start, end in spans:
            amir, _, rest = self.text[start:end].partition(" ")
            ranked = rest.split()[0] in given_names() and " " in rest if rest else False
            if amir == "امیر" and (ranked or rest in surnames):
                start += len("امیر ")
            kept.add((start, end))
        return kept

    def _trimmed(self, start: int, end: int, strict: bool) -> tuple[int, int]:
        """A span trimmed to the name: past a title and rank opening a subject, without
        honorifics, a title or time word run on to, completed with a given name before."""
        if not strict:
            start, end = self._past_ranked_title(start, end)
        text = self.text
        span = without_blessing(text, *before_place_won(text, start, end))
        span = past_split_head(text, *past_ezafe_noun(text, *span))
        span = before_by_name(text, *strip_honorific(text, *span))
        span = without_marks(text, *after_ba(text, *before_title(text, *span)))
        span = self._complete(*_without_description(text, *without_stops(text, *span)))
        return with_hyphened_surname(text, *with_spaced_given_name(text, *span))

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
        return {
            (self._patronymic_start(start, end), self._patronymic_end(end)) for start, end in spans
        }

    def _patronymic_start(self, start: int, end: int) -> int:
        """Where a name starting at ``start`` right after «X بن» starts once «X بن» is
        taken in; X is a name's word, no word that ends a phrase or heads a title. A name
        the recognizer starts at «بن» itself («[بن سعید الکندی]») is after it, where such
        an X is before it; «بن سلمان» opening a sentence stays as it is, and so does «بن»
        and one word after a word that is no given name: the news shortens names so
        («دیدار بن علوی با ظریف»)."""
        opening = next((w for w in _PATRONYMIC_WORDS if self.text.startswith(f"{w} ", start)), "")
        after = start + len(opening) + bool(opening)
        joint = next((j for j in _PATRONYMIC if self.text.endswith(j, 0, after)), None)
        if joint is None:
            return start
        at = after - len(joint)
        word = self.text[max(0, at - 30) : at].rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
        if not word or word in NOT_IN_NAMES or not NAME_WORD.match(word):
            return start
        if opening and len(self.text[start:end].split()) < 3 and word not in given_names():
            return start
        return at - len(word)

    def _patronymic_end(self, end: int) -> int:
        """Where a name ending at ``end`` ends once «بن/بنت» and up to three words after
        it are taken in, stopping at a title or the words that go on with the clause; the
        recognizer may have stopped right after «بن» («[تمیم بن] حمد آل ثانی نیز …»)."""
        joint = next((j for j in _PATRONYMIC if self.text.startswith(j, end)), None)
        if joint is not None:
            opened = end + len(joint) - 1
        elif self.text.endswith(tuple(j.rstrip() for j in _PATRONYMIC), 0, end):
            opened = end
        else:
            return end
        stop = opened
        for taken, word in enumerate(WORD_AFTER.finditer(self.text, stop)):
            if taken == 3 or word.start() != stop or word[1] in NOT_IN_NAMES:
                break
            if word[1] in BEFORE_COUNTRY:  # «… آل ثانی امیر قطر»
                break
            stop = word.end()
        return stop if stop > opened else end

    def _complete(self, start: int, end: int) -> tuple[int, int]:
        """Extend a name back over a given name written right before it, opening its
        line too («…\n\nمحمدرضا رضازاده گفت»)."""
        before = self.text[max(0, start - 30) : start]
        if before.endswith(" "):
            word = before[:-1].rsplit(" ", 1)[-1].rpartition("\n")[2]
            if word in given_names():
                return start - 1 - len(word), end
        return start, end

    def _full_forms(self, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
        """Fuller forms of names written alone elsewhere: after a given name («مولود
        یلدیریم»), with the adjective of a birthplace after it («سعدی شیرازی»), or the one or
        two words before it where it stands in apposition to a
        title («تارو ناکامورا، وزیر …», «رودریگو آلمیدا سانتوس، سفیر …»), since news
        gives the full name once, with the title."""
        found = set()
        for start, end in spans:
            name = self.text[start:end]
            if " " in name:
                continue
            for m_start, m_end in whole_words(self.text, name):
                full = self._complete(m_start, m_end)
                if full == (m_start, m_end) and (home := birthplace_after(self.text, m_end)):
                    full = (m_start, home)
                appositive = APPOSITION.match(self.text, m_end) or BARE_APPOSITION.match(
                    self.text, m_end
                )
                if full == (m_start, m_end) and appositive:
                    full = self._name_before(m_start, m_end)
                if full != (m_start, m_end):
                    found.add(full)
                    break
        return found

    def _name_before(self, start: int, end: int) -> tuple[int, int]:
        """A surname with the one or two words before it that make a name with it, as
        an Arabic name has («سلوان ناظم الحکیم وزیر خارجه عراق»), three with «بن»
        («سالم بن خلفان الحارثی، وزیر امور خارجه عمان»); a time word, a place, a
        noun with an ending, a noun governing a person, an honorific or the end of a
        sentence stops it («عصر امروز فراتینی», «به سرپرستی الکسی ورونتسوف», «با حضور آندریاس
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
            if word in WORKS_AND_SITES:  # «در بالای تصویر احمدی‌نژاد»
                break
            if word in _HONORIFIC_WORDS or not NAME_WORD.match(word):
                break
            if word in places() and word not in given_names():  # «از ماکو یوکیو …»
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
        # Set off by a comma, the name is all there is before the title («با عمر فاروق
        # ستی، وزیر …»); right before it, the clause's nouns may be too.
        bare = not self.text.startswith("،", end)
        for i in range(len(words)):
            if words[i] in _PATRONYMIC_WORDS or (bare and _only_nouns(words[i:], common)):
                continue
            if looks_like_name(" ".join([*words[i:], surname]), titled=True):
                return start - len(" ".join(words[i:])) - 1, end
        return start, end


def _only_nouns(words: list[str], common: frozenset[str]) -> bool:
    """Whether the words before a surname are all ordinary words and no given name: the
    clause's nouns («بررسی سوال کریمی‌پور نماینده …»), where a name's first words have
    a given name or a word no lexicon lists among them («سلوان ناظم الحکیم»)."""
    return all(ordinary(w, common) and w not in given_names() for w in words)


def _without_description(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the indefinite noun for a person that describes it: «سامان
    بازیکنی سریع است» is «سامان»; nor with the kin it is said to be of («همایون شجریان
    فرزند این هنرمند گفت» is «همایون شجریان»)."""
    words = text[start:end].split(" ")
    kin = next((i for i, w in enumerate(words) if i and w in KIN), None)
    if kin is not None:
        return start, start + len(" ".join(words[:kin]))
    head, _, last = text[start:end].rpartition(" ")
    for ending in ("ی", f"{ZWNJ}ای", "ای"):
        if head and last.endswith(ending) and last[: -len(ending)] in PERSON_NOUNS:
            return start, start + len(head)
    return start, end


def _joined(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names that overlap without one holding the other are one name: the recognizer's
    «اسفندیار رحیم» and «رحیم مشایی» found before a title are «اسفندیار رحیم مشایی».

    Pairs are joined one at a time, the first span in order that crosses another with the
    first it crosses, until none crosses another. The spans are swept once in order, as
    no span before the one at hand can cross the join of it and its partner; comparing
    every pair for every join instead took minutes on a long text of thousands of names.
    """
    ordered = sorted(spans)
    i = 0
    while i < len(ordered):
        start, end = ordered[i]
        inside = range(
            bisect_right(ordered, start, i, key=itemgetter(0)),
            bisect_left(ordered, end, i, key=itemgetter(0)),
        )
        partner = next((j for j in inside if ordered[j][1] > end), None)
        if partner is None:
            i += 1
            continue
        joined = (start, ordered[partner][1])
        del ordered[partner], ordered[i]
        at = bisect_left(ordered, joined)
        if ordered[at : at + 1] != [joined]:
            ordered.insert(at, joined)
    return set(ordered)
