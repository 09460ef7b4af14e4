"""Titles nobody holds yet and who they belong to: a title opening a sentence or the lead
whose holder the next sentence names (:mod:`.cataphora`), and a speaker's title whose
holder the body brings in next or named last.
"""

import re

from khabar.news.dates.tense import sentence_end
from khabar.news.people.cataphora import (
    besides_after,
    cataphoric_holder,
    digest_item,
    indefinite_holder,
    lead_descriptions,
    lead_holder,
    opens_sentence_named,
)
from khabar.news.people.edges import POSSESSED
from khabar.news.people.offices import compatible, others_office, scored_by_title, sole_holder
from khabar.news.people.person import Person
from khabar.news.titles import Title, canonical
from khabar.news.titles.lexicon import singular_head
from khabar.text.chars import key

# A name set off as one of a group: «علیرضا، از فرماندهان ارتش …».
_ONE_OF = re.compile(r"، از ([^\s،.:]+(?:ان|های))(?= )")
# The Leader's representative in a province, who is its capital's Friday imam too: «نماینده
# ولی فقیه در استان کرمان و امام جمعه کرمان» is one man, where two offices joined by «و»
# are two people as often («رییس دیوان عالی کشور و دادستان کل کشور … تاکید کردند»).
_LEADERS_IMAM = re.compile(r"نماینده (?:ولی[ ‌]?فقیه|مقام معظم رهبری) [^\n]* و امام جمعه ")
# A word between a title and a name after it, which is then no name beside it.
_WORDS_BETWEEN = re.compile(r"[^\s،«»\"]")
# Whom a meeting is with: «در دیدار با …», «… مشترک با …».
_WITH = " با "
# How many paragraphs after a title standing alone its speaker's section may go on
# before they are named again: «وی» paragraphs count, subheadings do not.
_SECTION_PARAGRAPHS = 3


class TitleHolders:
    """The part of :class:`~khabar.news.people.resolver.People` that finds the holders of
    titles nobody holds yet; it reads the resolver's text, body, people, titles and the
    mentions read so far."""

    text: str
    body: int
    people: list[Person]
    titles: list[Title]
    _by_span: dict[tuple[int, int], Person]
    _described: set[int]
    _headings: list[tuple[int, int]]
    # The titles (keyed) a plural label gave each person with others, by the person's id.
    _grouped: dict[int, set[str]]
    # Titles spoken by or of someone not named yet, and the person each stands for.
    _pending: list[tuple[tuple[int, int], Person]]

    def _cataphoric_titles(self) -> None:
        """A title nobody holds yet that opens a sentence or the lead, with the holder
        named where the next sentence or paragraph opens (:mod:`.cataphora`), read before
        speakers so that the title later alone («فرمانده انتظامی استان کرمان … گفت»)
        is theirs."""
        first_named = {
            self._first_in_body(p): p
            for p in self.people
            if p.name is not None and p.merged_into is None and p.mentions
        }
        named = {start: p for start, p in first_named.items() if not p.titles}
        starts = {t.start for t in self.titles}
        by_start = {t.start: t for t in self.titles}
        described = [t for t in lead_descriptions(self.text) if t.start not in starts]
        for title in [*self.titles, *described]:
            span = (title.start, title.end)
            held = (
                None if span in self._by_span else indefinite_holder(self.text, title, first_named)
            )
            if held is not None:  # «یک استاد دانشگاه گفت:» in the lead
                start, person = held
                person.add_title(title.text)
                person.mentions.append((start, title.end))
                self._by_span[span] = self._by_span[(start, title.end)] = person
                self._described.add(id(person))
                continue
            if span in self._by_span or not self._alone(title):
                continue
            if singular_head(title.text.split(" ", 1)[0]) is not None:
                continue  # a plural is several holders: «وزیران خارجه ایران و عمان»
            if scored_by_title(title.text, self.people) is not None:
                continue  # someone holds it already
            person = cataphoric_holder(self.text, title, named)
            if person is None and self._opens_lead(title):
                person = lead_holder(self.text, title, first_named)
            if person is not None:
                person.add_title(title.text)
                person.mentions.append(span)
                self._by_span[span] = person
                joined = by_start.get(title.end + len(" و "))
                if joined is not None and _LEADERS_IMAM.match(f"{title.text} و {joined.text}"):
                    person.add_title(joined.text)
                    self._by_span[(joined.start, joined.end)] = person
                self._partner_named(title, person)

    def _partner_named(self, title: Title, person: Person) -> None:
        """The office the sentence ``title`` opens meets «با» is held by whom ``person``,
        its holder, meets «با» where they are named: «رئیس جمهور ترکیه در دیدار با نخست
        وزیر عراق …» / «… رجب طیب اردوغان … با مصطفی الکاظمی گفت» makes al-Kadhimi
        Iraq's prime minister, when no one holds the office and he has no title."""
        end = sentence_end(self.text, title.end)
        partner = next(
            (
                t
                for t in self.titles
                if title.end < t.start < end
                and self.text.endswith(_WITH, 0, t.start)
                and (t.start, t.end) not in self._by_span
            ),
            None,
        )
        if partner is None or scored_by_title(partner.text, self.people) is not None:
            return
        named = min((s for s, _ in person.mentions if s > end), default=None)
        if named is None:
            return
        stop = sentence_end(self.text, named)
        met = [
            (s, other.final())
            for (s, _), other in self._by_span.items()
            if named < s < stop and self.text.endswith(_WITH, 0, s)
        ]
        if len(met) != 1 or met[0][1] is person or met[0][1].name is None or met[0][1].titles:
            return
        other = met[0][1]
        other.add_title(partner.text)
        other.mentions.append((partner.start, partner.end))
        self._by_span[(partner.start, partner.end)] = other

    def _first_in_body(self, person: Person) -> int:
        """Where ``person`` is first named in the body, or in the headline where the body
        does not name them: a headline naming the lead's subject («آرین روبن دوباره …
        خداحافظی کرد») does not bring them in before the lead's title."""
        starts = sorted(s for s, _ in person.mentions)
        return next((s for s in starts if s >= self.body), starts[0])

    def _opens_lead(self, title: Title) -> bool:
        """Whether ``title`` stands in the lead, the body's first paragraph."""
        line = self.text.rfind("\n", 0, title.start) + 1
        return line >= self.body and not self.text[self.body : line].strip()

    def _owner(self, at: int, title: str) -> Person | None:
        """Who a title nobody holds yet belongs to: the named person the article brings in
        next, as the subject opening a sentence where one is («مربی منچسترسیتی گفت: …»
        is not the scorer of «با گل جروم بواتنگ» but «روبن کوسیلاس، دستیار …» after
        it), or failing that the last one named before it who has no title yet but the
        lead's description («یک کارشناس اقتصادی»), by their latest mention, not their
        first: who was brought in early and named again just before; never one set off
        as one of another office (:meth:`_one_of_others`). Only the article's
        own words bring people in: a name the holder says («رئیس هیئت جودو گفت: فاطمه
        ابهت …», «… افزود: فلفل ادویه‌ای با …») is someone they speak of."""
        item = digest_item(self.text, at)  # a roundup's item names no one of another
        if item is None and (section := self._section_holder(at, title)) is not None:
            return section
        named = [
            (first, p)
            for p in self._named(owning=True)
            if (first := self._told_for(p, item)) is not None
        ]
        besides = self._spoken_of_besides(at, title, named)
        earlier = [
            (self._last_told(p, at), p)
            for first, p in named
            if (self._only_grouped(p) or id(p) in self._described)
            and first < at
            and p is not besides
            and not self._one_of_others(p, title)
        ]
        # Someone brought in besides is not who was spoken of, where anyone was before.
        later = [
            (first, p)
            for first, p in named
            if first > at
            and not POSSESSED.search(self.text, max(0, first - 16), first)
            and compatible(title, p.titles)
            and not self._office_between(at, first, title)
            and not (earlier and self._besides(p, first))
            and not self._in_its_clause(at, title, first)
        ]
        if later:
            opening = [found for found in later if opens_sentence_named(self.text, found[0])]
            return min(opening or later, key=lambda found: found[0])[1]
        if earlier:
            last, person = max(earlier, key=lambda found: found[0])
            # The last two named side by side in one sentence with no title at all («علی
            # مفتح و حسن نوری حضور داشتند»): the title may be either's, or a third person's.
            # A group's plural title makes them members of one office, whose last named
            # speaks for it («… اعضای شورای شهر … عضو کمیسیون عمران شورای شهر گفت»).
            if not person.titles and any(
                other is not person and self._same_sentence(told, last) for told, other in earlier
            ):
                return None
            return person
        sole = sole_holder(self.text, named, at, title)
        return None if sole is not None and self._one_of_others(sole, title) else sole

    def _spoken_of_besides(
        self, at: int, title: str, named: list[tuple[int, Person]]
    ) -> Person | None:
        """The person last spoken of before a title at ``at`` that goes on with «نیز» or
        «هم», which bring in someone besides them: «… جعفرزاده گفت: … / معاون استاندار
        هم گفت» is another; not others told before («… با مولود یلدیریم، همتای ترکیه‌ای
        خود … / صالحی‌نیا گفت … / وزیر امور خارجه ترکیه نیز …»)."""
        if not besides_after(self.text, at + len(title)):
            return None
        told = [(self._last_told(p, at), p) for first, p in named if first < at]
        return max(told, key=lambda found: found[0])[1] if told else None

    def _section_holder(self, at: int, title: str) -> Person | None:
        """Who a title standing alone names in the middle of one speaker's section: the
        sentence before opens with them and so does the next sentence that opens with a
        name, a paragraph or a few on, past only «وی» and subheadings («وی گفت: … /
        مشاور خانواده خاطرنشان کرد: … / روحانی افزود: …»), the story calling them by
        another office of theirs for a change. Not a title that brings in someone
        besides («معاون وی نیز گفت»), nor an office that cannot be theirs
        (:func:`.offices.others_office`)."""
        if besides_after(self.text, at + len(title)):
            return None
        opening = sorted(
            (
                (s, p)
                for p in self._named(owning=True)
                for s, _ in p.mentions
                if s >= self.body and not self._in_quote(s) and opens_sentence_named(self.text, s)
            ),
            key=lambda found: found[0],
        )
        before = [(s, p) for s, p in opening if s < at]
        after = [(s, p) for s, p in opening if s > at]
        if not before or not after or before[-1][1] is not after[0][1]:
            return None
        (last, person), (first, _) = before[-1], after[0]
        if self._paragraphs(last, at) > 1 or self._paragraphs(at, first) > _SECTION_PARAGRAPHS:
            return None
        if others_office(title, person.titles) or self._office_between(at, first, title):
            return None
        return person

    def _same_sentence(self, one: int, other: int) -> bool:
        """Whether no sentence ends between offsets ``one`` and ``other``."""
        return not re.search(r"[.!؟\n]", self.text[min(one, other) : max(one, other)])

    def _in_its_clause(self, at: int, title: str, first: int) -> bool:
        """Whether the name at ``first`` stands in the clause the title at ``at`` is the
        subject of, before its verb of saying, and not beside it («سفیر آمریکا، «راس
        ویلسون»، گفت»): one it speaks of («سرمربی کروات سرخپوشان درباره مصدومیت علی
        علیپور گفت»), not who holds it; past the colon the words go on to someone named
        anew («… نیز گفت: …، اسپنسر گراهام … افزود»)."""
        between = self.text[at + len(title) : first]
        return bool(_WORDS_BETWEEN.search(between)) and not re.search(r"[.!؟\n:]", between)

    def _paragraphs(self, start: int, end: int) -> int:
        """How many paragraphs open between ``start`` and ``end``, subheadings left out."""
        opened = [m.end() for m in re.finditer(r"\n+", self.text[start:end])]
        return sum(1 for at in opened if not any(s <= start + at < e for s, e in self._headings))

    def _only_grouped(self, person: Person) -> bool:
        """Whether ``person`` has no title but those a plural label gave them with others
        (:mod:`.labels`), which tell none of the group apart: «حسن زیاری و مینا کاظمی اعضای
        شورای شهر … عضو کمیسیون عمران شورای شهر گفت» may still be either."""
        grouped = self._grouped.get(id(person), set())
        return all(key(t) in grouped for t in person.titles)

    def _one_of_others(self, person: Person, title: str) -> bool:
        """Whether ``person`` was set off as one of a group of another office than
        ``title``'s («علیرضا، از فرماندهان ارتش افغانستان»), which tells what they are as
        a title would: «رئیس پلیس کابل گفت» after it is someone else, whom the article
        does not name."""
        head = canonical(title).split()[0].removesuffix("ه")
        return any(
            (group := _ONE_OF.match(self.text, end)) is not None and not group[1].startswith(head)
            for _, end in person.mentions
        )

    def _besides(self, person: Person, first: int) -> bool:
        """Whether ``person``'s name at ``first`` goes on with «نیز» or «هم», which bring
        someone in besides whoever was spoken of («همچنین واعظی آشتیانی نیز …» after
        another member's title and words), so holds no title spoken before; with no one
        named before, the title's holder also did more («رئیس جمهور … گفت … در این سفر
        حسن روحانی نیز از چند طرح بازدید کرد»)."""
        end = next(e for s, e in person.mentions if s == first)
        return besides_after(self.text, end)

    def _office_between(self, at: int, first: int, title: str) -> bool:
        """Whether another office nobody holds yet is spoken of between ``at`` and the
        name at ``first``, which names its holder, not the holder of ``title``: «معاون
        سیاسی امنیتی استاندار گفت … در ادامه سرپرست میراث فرهنگی … اظهار کرد … مجید صفائی
        گفت» names the head of heritage."""
        return any(
            at < start < first and not compatible(holder.titles[0], [title])
            for (start, _), holder in self._pending
        )

    def _told(self, person: Person) -> int | None:
        """Where the article's own words first name ``person``, outside direct quotes, in
        the body where it names them: a headline naming the lead's speaker («یزدانی خرم:
        …» over «رئیس فدراسیون والیبال گفت: …») does not bring them in before the lead.
        ``None`` when only a speaker names them."""
        told = sorted(s for s, _ in person.mentions if not self._in_quote(s))
        return next((s for s in told if s >= self.body), told[0] if told else None)

    def _told_for(self, person: Person, item: tuple[int, int, int] | None) -> int | None:
        """:meth:`_told`, or for a title in a roundup's ``item`` (:func:`digest_item`)
        where the item names ``person``, unless told before the list a colon opens."""
        if item is None:
            return self._told(person)
        opened, start, end = item
        told = self._told(person)
        return told if told is not None and told < opened else _first_in(person, start, end)

    def _last_told(self, person: Person, at: int) -> int:
        """Where the article's own words last name ``person`` before ``at``, outside direct
        quotes: who was just spoken of, however early they were brought in."""
        return max(s for s, _ in person.mentions if s < at and not self._in_quote(s))


def _first_in(person: Person, start: int, end: int) -> int | None:
    """Where ``person`` is first named between ``start`` and ``end``; ``None`` if not."""
    return min((s for s, _ in person.mentions if start <= s < end), default=None)
