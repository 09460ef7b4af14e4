"""Titles attached to the names they stand next to: «سرگئی لاوروف، وزیر خارجه روسیه»,
«TITLE NAME», «TITLE، NAME،», pairwise when names and titles are coordinated («لاوروف و
تیلرسون، وزیر خارجه روسیه و آمریکا») or listed «به ترتیب»."""

import re

from khabar.news.people.edges import (
    COMMA_BEFORE_TITLE,
    RESPECTIVELY,
    WORD_AFTER,
    past_honorifics,
)
from khabar.news.people.lexicon import PARTS_OF_DAY
from khabar.news.people.person import Person
from khabar.news.places import places
from khabar.news.speech_verbs import SAID
from khabar.news.titles import (
    LIGHT_VERBS,
    STOPS,
    Title,
    head_at,
    singular,
    with_body,
    with_place,
)

_PLAIN_WORD = re.compile(r"[^\W\d_][^\s،؛:.!؟()«»\"]*")
_JOINT = re.compile(r"(?: و|،) ")
# The most names a plural title («معاونان وزیر نفت») is read as giving its office to.
_MANY = 5


# What joins a name to the part it plays or the office it is given: «امیر علیرضا انگیزه به
# عنوان فرمانده جدید پایگاه … معرفی شد», «… به عنوان بازیکن و محمدحسین رجایی سرمربی».
_AS = re.compile(r" (?:به عنوان|بعنوان|(به سمت)) ")
# «به سمت» names a post only where the clause goes on to say it is taken up («X به سمت
# مدیرکل … منصوب شد»); elsewhere it is «towards» («به سمت دروازه‌بان حریف دوید»).
# What may stand between the name and «به عنوان»: where the holder comes from («"نجمه
# شبانی" از ایران به عنوان استاد راهنما») or the object's «را».
_BEFORE_AS = re.compile(r"[»\"]?(?: از ([^\s،؛:.!؟()«»]+)| را)?$")
# A prize is no office: «به عنوان بازیکن برتر», «مربی نمونه», «مربی سال», nor the
# nomination for one («به عنوان نامزد بهترین فیلم», «نامزد دریافت جایزه …»).
_PRIZES = frozenset("برتر نمونه منتخب سال فصل بهترین دریافت".split())
# Whom the holder of a part takes the place of, named before «به عنوان»: «رضا احمدی به
# جای علی کریمی به عنوان سرمربی تیم منصوب شد» gives the post to the one who comes in.
# What joins the titles of one list: «مجسمه‌ساز، پژوهشگر و مدرس دانشگاه».
_LIST_JOINT = re.compile("، | و ")
_REPLACED = ("به جای ", "بجای ", "جایگزین ", "جانشین ")
# The most names before «به عنوان» that share the part it names: a team's players.
_CAST = 12
# Parts played that are no office, titles only after «به عنوان», with the words after
# them that say of what: «به عنوان ناظر هیأت داوران», «به عنوان فقیه و یار پیامبر (ص)».
_PART = re.compile(r"(?:ناظر|داور|فقیه|یار|سخنران)(?![^\s،؛:.!؟()«»])")
_PART_WORDS = 3
# The verbs a part's words end before, with the noun they make a verb of: «به عنوان داور
# مسابقه حضور داشت», «… سخنران مراسم حضور یافت».
_VERBS = LIGHT_VERBS | {"یافت", "یافتند"}
# «نام», a verb's noun with the word before or after it: «به عنوان نامزد ریاست جمهوری ثبت
# نام کرد», «از وی به عنوان ناظر قرارداد نام برد».
_NAME = "نام"
# The words after a part «به عنوان» names that say someone takes it up or serves in it:
# «… به عنوان رئیس جنبش طالبان منصوب شد», «… به عنوان سفیر … مشغول خدمت شود», «… به
# عنوان مربی کار کرده».
_TAKING_UP = frozenset(
    "منصوب انتخاب معرفی برگزیده برگزید برگزیدند مشغول کار کارکرده فعالیت".split()
)
# A speech verb, after which the clause is what the name says, and what cites a name.
_SPEECH = re.compile(SAID)
_CITING = re.compile(r"(?:به (?:گفته|نقل از|اعتقاد|عقیده)|از نظر) [«\"]?$")
# What a name that orders or gives a part stands after: «با حکم علی کریمی به عنوان …»,
# «از سوی …», «توسط …», and whom the holder takes the place of (:data:`_REPLACED`).
_AGENT_BEFORE = re.compile(r"(?:حکم|سوی|طرف|توسط|دستور|پیشنهاد) [«\"]?$")
# A pupil or companion of a person, the person's name the rest of the title, after a name
# and its comma: «محمدرضا کربلایی، شاگرد مرحوم ایرج بسطامی». Not a head of office, which
# may be the next name's own («…، مربی علی دایی») or go on past the name («…، دستیار
# مانوئل پیگرینی در من‌سیتی»). The late, the martyr and the master are written before
# the person's name with the honorifics.
_TOWARDS = re.compile(r"، (?:شاگرد|یار) (?:(?:مرحوم|شهید|استاد) )?")
# An office that serves a person, who is all the title says it is of: «سخنگوی ولادیمیر
# پوتین», «مشاور خاتمی», «نخستین مربی هادی ساعی». These heads are no title alone (a coach
# is, but not the first one), so the name after them is no holder of theirs.
_SERVING = re.compile(
    r"(?<![^\s«(،:])(?:(?:نخستین|اولین) (?:مربی|سرمربی|معلم|استاد)"
    r"|سخنگوی|مشاور|معاون|دستیار|نماینده|وکیل) [«\"]?"
)
# A name spelled in Latin letters in brackets after it, before its title: «دونالد ترامپ
# (Donald Trump) رئیس جمهور آمریکا».
_LATIN_GLOSS = re.compile(r" \([A-Za-z][A-Za-z .'\-]{0,40}\) $")


def _of_a_government(text: str, title: Title, ends: dict[int, tuple[int, int]]) -> bool:
    """Whether ``title`` ends in the government a name after it heads, the title being the
    name's right before it: «غلامحسین الهام سخنگوی دولت محمود احمدی‌نژاد» is Elham's
    title, in Ahmadinejad's government; without a name before («سخنگوی دولت علی ربیعی»)
    the name after may be its holder."""
    named_before = title.start - 1 in ends and text[title.start - 1] == " "
    return named_before and title.text.endswith(" دولت")


def _split_between_places(title: Title) -> bool:
    """Whether the coordinated words of a title are places: «وزیر خارجه ایران و روسیه» is
    two ministers', where «دادستان عمومی و انقلاب» names one body."""
    if not title.split:
        return False
    pairs = zip(*(t.split() for t in title.split), strict=False)
    return any(a != b and (a in places() or b in places()) for a, b in pairs)


class Appositions:
    """Gives the names of one article the titles set beside them.

    The titles' spans are entered in ``by_span``, the article's map from a mention's span
    to its person, so that a title read here is not read again as standing alone.
    """

    def __init__(
        self, text: str, body: int, titles: list[Title], by_span: dict[tuple[int, int], Person]
    ) -> None:
        self.text = text
        self.body = body
        self.titles = titles
        self._by_span = by_span

    def attach(self, names: list[tuple[int, int]]) -> None:
        """Titles in apposition to names: «NAME، TITLE»، «TITLE NAME», «TITLE، NAME،»,
        «NAME به عنوان TITLE», and a second title joined to the first by «و» («اقتصاددان و
        استاد دانشگاه …»)."""
        starts = {s: (s, e) for s, e in names}
        ends = {e: (s, e) for s, e in names}
        holder_of: dict[int, tuple[int, int]] = {}  # title end → its holder's name span
        held_from: dict[int, tuple[int, int]] = {}  # title start → its holder's name span
        titles = self._with_roles(starts, ends)
        by_end = {t.end: t for t in titles}
        by_start = {t.start: t for t in titles}
        for title in titles:
            span = (title.start, title.end)
            texts = [title.text]
            single = singular(title.text)
            government = _of_a_government(self.text, title, ends)
            if cast := self._cast_as(title, ends):
                holders = cast
                texts = [title.text] * len(cast)
            elif title.end + 1 in starts and not government:
                holders = names_after(self.text, title.end + 1, starts, _MANY if single else 1)
            elif (after := holder_start(self.text, title.end)) in starts and not (
                government
                or self._listed(title, ends)
                or self._paired(title, ends, after, set(holder_of.values()))
            ):
                holders = names_after(self.text, after, starts, _MANY if single else 1)
            elif self.text[title.start - 3 : title.start] == " و " and title.start - 3 in holder_of:
                holders = [holder_of[title.start - 3]]
                first = by_end[title.start - 3]
                self._by_span[holders[0]].retitle(first.text, with_place(first, title))
            elif title.start - 2 in holder_of and self._listed_on(title, by_start):
                holders = [holder_of[title.start - 2]]  # «X، مجسمه‌ساز، پژوهشگر و مدرس …»
            elif comma := COMMA_BEFORE_TITLE.search(
                self.text, max(0, title.start - 8), title.start
            ):
                count = 2 if title.split else (_MANY if single else 1)
                holders = names_before(
                    self.text, _past_quote(self.text, comma.start()), ends, count
                )
                texts = list(title.split) if title.split and len(holders) == 2 else [title.text]
                holders = holders if single else holders[-len(texts) :]
            elif (name_end := self._bare_apposition(title, ends)) is not None:
                holders = [ends[name_end]]
            else:
                continue
            if single and len(holders) < 2:  # a group beside one name: «با حضور X معاونان وزیر»
                continue
            if single:  # «علی نوری و رضا کمالی، معاونان وزیر نفت»
                pairwise = title.split and len(holders) == 2
                texts = list(title.split) if pairwise else [single] * len(holders)
            if holders and len(holders) == len(texts):
                for holder, text in zip(holders, texts, strict=True):
                    for held in self._held(title, text, self._by_span[holder]):
                        self._by_span[holder].add_title(held)
                if len(holders) == 1:
                    self._by_span[span] = self._by_span[holders[0]]
                    holder_of[title.end] = holders[0]
                    held_from[title.start] = holders[0]
        self._joined_before(held_from)
        self._respectively(ends)
        self._towards(starts, ends)
        self._taken_up_as(titles, starts)

    def _cast_as(self, title: Title, ends: dict[int, tuple[int, int]]) -> list[tuple[int, int]]:
        """The names right before «به عنوان» that ``title`` after it gives the part they play
        or the office they are given, one or a list («علی کریمی، رضا احمدی و مهدی نوری به
        عنوان بازیکن»); a prize is no part (:data:`_PRIZES`). A list ends with «و» before
        its last name: names set off by commas only are someone else, the subject who
        gives the part («سخنگوی دولت، مهدی صفایی، امیر کاظمی را به عنوان مشاور …»)."""
        joint = _AS.search(self.text, max(0, title.start - 10), title.start)
        if joint is None or joint.end() != title.start:
            return []
        if title.text.partition(" ")[2].split(" ", 1)[0] in _PRIZES:
            return []
        if joint[1] and not self._taken_up(title.end):
            return []
        name_end = self._cast_end(joint.start(), ends)
        if name_end is None:
            return []
        cast = names_before(self.text, name_end, ends, _CAST)
        if self.text.endswith(_REPLACED, 0, cast[0][0]):
            return []
        if not self.text.endswith(" و ", 0, cast[-1][0]):
            return cast[-1:]
        return cast

    def _taken_up_as(self, titles: list[Title], starts: dict[int, tuple[int, int]]) -> None:
        """A part «به عنوان» names that its clause says someone takes up or serves in
        (:data:`_TAKING_UP`), given to the one name the sentence has before it, the
        subject, or the one object with «را» («X … Y را … به عنوان مشاور … منصوب کرد»),
        however far: «علی جنتی هفته اول مهرماه عازم کویت می‌شود تا به عنوان سفیر جمهوری
        اسلامی ایران مشغول خدمت شود», «X نماینده مردم تبریز که قرار است به عنوان معاون
        پارلمانی رئیس‌جمهور منصوب شود». Not where the sentence names more than one, nor a
        name that gives the part («با حکم X») or whom the holder replaces («به جای X»)."""
        by_start = {t.start: t for t in titles}
        for joint in _AS.finditer(self.text, self.body):
            at = joint.end()
            title = by_start.get(at)
            end = title.end if title is not None else head_at(self.text, at)
            if end is None or (at, end) in self._by_span:
                continue
            if self.text[at:end].partition(" ")[2].split(" ", 1)[0] in _PRIZES:
                continue
            if not self._taken_up(end):
                continue
            clause = self._clause_start(joint.start())
            named = [span for s, span in starts.items() if clause <= s and span[1] <= joint.start()]
            objects = [span for span in named if self.text.startswith(" را ", span[1])]
            if len(objects) == 1:
                named = objects
            if len(named) != 1:
                continue
            name = named[0]
            before = self.text[max(0, name[0] - 12) : name[0]]
            if _AGENT_BEFORE.search(before) or before.endswith(_REPLACED):
                continue
            # Who says it or whom it is told by speaks of another subject: «X گفت تیم ما به
            # عنوان نماینده ایران انتخاب شد», «به گفته X، تیم ملی به عنوان …».
            if _SPEECH.search(self.text, name[1], joint.start()) or _CITING.search(before):
                continue
            self._by_span[name].add_title(self.text[at:end])
            self._by_span[(at, end)] = self._by_span[name]

    def _taken_up(self, end: int) -> bool:
        """Whether the word after a part ending at ``end`` says it is taken up or served in."""
        verb = WORD_AFTER.match(self.text, end)
        return verb is not None and verb[1] in _TAKING_UP

    def _clause_start(self, at: int) -> int:
        """Where the sentence holding ``at`` starts, or the words a colon brings in."""
        return max(
            self.text.rfind(". ", 0, at) + 2,
            self.text.rfind("\n", 0, at) + 1,
            self.text.rfind(":", 0, at) + 1,
        )

    def _cast_end(self, joint: int, ends: dict[int, tuple[int, int]]) -> int | None:
        """Where the name ends that «به عنوان» at ``joint`` follows, past where the holder
        comes from or «را» (:data:`_BEFORE_AS`)."""
        between = _BEFORE_AS.search(self.text, max(0, joint - 30), joint)
        if between[1] is not None and between[1] not in places():
            return None
        return between.start() if between.start() in ends else None

    def _with_roles(
        self, starts: dict[int, tuple[int, int]], ends: dict[int, tuple[int, int]]
    ) -> list[Title]:
        """The titles, and the bare heads and parts played (:data:`_PART`) that no title
        holds: right after a name's «به عنوان» («… به عنوان بازیکن و …»), after «و» where
        the same holder plays a second part («… به عنوان فقیه و یار پیامبر»), and after
        the next name, where «به عنوان» is left out («… به عنوان بازیکن و محمدحسین رجایی
        سرمربی و …»)."""
        by_start = {t.start: t for t in self.titles}
        roles = []
        for joint in _AS.finditer(self.text, self.body):
            if joint[1] or self._cast_end(joint.start(), ends) is None:
                continue
            at = joint.end()
            while True:
                title = by_start.get(at)
                if title is None and (end := head_at(self.text, at) or self._part_end(at)):
                    title = Title(self.text[at:end], at, end)
                    roles.append(title)
                if title is None or not self.text.startswith(" و ", title.end):
                    break
                name = starts.get(title.end + 3)
                if name is None:  # a second part of the same holder: «فقیه و یار پیامبر»
                    at = title.end + 3
                elif self.text.startswith(" ", name[1]):
                    at = name[1] + 1
                else:
                    break
        return sorted([*self.titles, *roles], key=lambda t: t.start)

    def _part_end(self, at: int) -> int | None:
        """Where a part played (:data:`_PART`) that starts at ``at`` ends: before the word
        or mark that ends a title, or a verb."""
        part = _PART.match(self.text, at)
        if part is None:
            return None
        end = part.end()
        for _ in range(_PART_WORDS):
            word = WORD_AFTER.match(self.text, end)
            if word is None or word[1] in STOPS or word[1] in _VERBS or word[1] == _NAME:
                break
            if word[1].startswith(("می‌", "نمی‌")):
                break
            if self._verb_after(word.end()):  # «داور مسابقه حضور داشت»
                break
            end = word.end()
        return end

    def _verb_after(self, end: int) -> bool:
        """Whether a verb follows ``end``, or «نام» and a verb («ثبت نام کرد»)."""
        verb = WORD_AFTER.match(self.text, end)
        if verb is not None and verb[1] == _NAME:
            verb = WORD_AFTER.match(self.text, verb.end())
        return verb is not None and verb[1] in _VERBS

    def _towards(
        self, starts: dict[int, tuple[int, int]], ends: dict[int, tuple[int, int]]
    ) -> None:
        """Who a name is to the person named after it (:data:`_TOWARDS`), a title with that
        person's name and honorifics in it, who stays a person of their own."""
        for m in _TOWARDS.finditer(self.text, self.body):
            holder = ends.get(_past_quote(self.text, m.start()))
            named = starts.get(past_honorifics(self.text, m.end()))
            if holder is not None and named is not None:
                self._by_span[holder].add_title(self.text[m.start() + 2 : named[1]])

    @staticmethod
    def _held(title: Title, text: str, holder: Person) -> list[str]:
        """The titles ``text`` gives its holder: both of two heads joined («ملی‌پوش و
        مدافع سپاهان»), but for a bare head the holder was given in full before, which
        it takes up («محمدرضا داورزنی معاون و رئیس مجمع» after «… معاون توسعه ورزش
        قهرمانی …»)."""
        if text != title.text or not title.held:
            return [text]
        first, second = title.held
        head = first.split(" ", 1)[0]
        given = any(t.split(" ", 1)[0] == head for t in holder.titles)
        return [second] if given else [first, second]

    def _listed(self, title: Title, ends: dict[int, tuple[int, int]]) -> bool:
        """Whether a title right after a name, a comma and the next name after it, is an
        item of a list of names each with their title: «با حضور اسماعیل جلیلی نماینده
        مردم، علیرضا فرجیان مدیرکل بنیاد شهید، …» gives «نماینده مردم» to «جلیلی», names
        in guillemets too («با حضور «محمد حسین همافر» رئیس مرکز موسیقی، «علیرضا مشایخی»»)."""
        before = title.start - 1 - self.text.endswith(_QUOTE_MARKS, 0, title.start - 1)
        named_before = before in ends and self.text[title.start - 1] == " "
        return named_before and self.text.startswith("، ", title.end)

    def _listed_on(self, title: Title, by_start: dict[int, Title]) -> bool:
        """Whether a title after a comma goes on a list of titles that a last «و» closes,
        all of one holder: «روح‌الله شمسی‌زاده، مجسمه‌ساز، پژوهشگر و مدرس دانشگاه»."""
        if not self.text.startswith("، ", title.start - 2):
            return False
        while not title.held:  # «پژوهشگر و مدرس دانشگاه» closes the list itself
            joint = _LIST_JOINT.match(self.text, title.end)
            if joint is None or (following := by_start.get(joint.end())) is None:
                return False
            if joint.group() == " و ":
                return True
            title = following
        return True

    def _paired(
        self,
        title: Title,
        ends: dict[int, tuple[int, int]],
        after: int,
        titled: set[tuple[int, int]],
    ) -> bool:
        """Whether a title between two names set off by commas belongs to the one before,
        in a list of names each with their title: in «اونسلد جونیور، مربی دنور ناگتس،
        اتکینسون مربی سابق بروکلین نت، …» the name after has a title of its own, right
        after it, and in «با حضور محمدرضا شجاعی، معاون عمرانی استاندار، فرهاد نیک‌سیرت،
        فرماندار رشت و …» after a comma, where the name before has no title yet (none of
        ``titled``). One after a comma opens the next item of a list of titles each before
        its name: «وزیر نفت، بیژن زنگنه، وزیر نیرو، رضا اردکانیان، وزیر راه، …», whose
        name before holds the title before it."""
        if title.start - 2 not in ends or not self.text.startswith("، ", title.start - 2):
            return False
        name_end = next((e for s, e in ends.values() if s == after), None)
        if name_end is None:
            return False
        if self.text.startswith(" ", name_end):
            return any(t.start == name_end + 1 and t is not title for t in self.titles)
        return (
            self.text.startswith("، ", name_end)
            and ends[title.start - 2] not in titled
            and any(t.start == name_end + 2 for t in self.titles)
        )

    def _bare_apposition(self, title: Title, ends: dict[int, tuple[int, int]]) -> int | None:
        """Where the name ends that a title right after it without a comma belongs to
        («علی‌اصغر فانی وزیر آموزش و پرورش»، «حبیب کاشانی مدیرعامل جدید باشگاه
        پرسپولیس», «جالو تاندیا» وزیر دفاع موریتانی, "X Y " سفیر …, or in brackets after
        it: «حامد اهری (عضو هیات علمی دانشکده …)»), unless the title is
        the object the name acts on («… رئیس‌جمهور را»); the title of a name a noun
        governs goes with it into the object («واکنش حمید رضا آصفی سخنگوی وزارت خارجه
        را», «شاهزاده «عبدالله …» رئیس فدراسیون … را»)."""
        before = self.text[max(0, title.start - 2) : title.start]
        if title.start - 1 in ends and before.endswith(" "):
            name_end = title.start - 1
        elif before in ("» ", '" '):
            name_end = len(self.text[: title.start - 2].rstrip(" "))
        elif before == ' "' and title.start - 2 in ends:  # «خانم X "معاون …» left open
            name_end = title.start - 2
        elif before.endswith("("):  # «عباسعلی مطلبی (عضو هیات علمی وزارت بهداشت)»
            name_end = len(self.text[: title.start - 1].rstrip(" "))
        elif gloss := _LATIN_GLOSS.search(self.text, max(0, title.start - 48), title.start):
            name_end = gloss.start()  # «دونالد ترامپ (Donald Trump) رئیس جمهور آمریکا»
        else:
            return None
        if name_end not in ends:
            return None
        after = WORD_AFTER.match(self.text, title.end)
        if after and after.group(1) == "را" and not self._governed(ends[name_end][0]):
            return None
        return name_end

    def _governed(self, start: int) -> bool:
        """Whether the name at ``start`` follows a noun that governs it («واکنش X»,
        «شاهزاده «X»»): a word right before it, no mark or word that ends a phrase."""
        if self.text[start - 1 : start] in ("«", '"'):
            start -= 1
        word = self.text[max(0, start - 30) : start]
        if not word.endswith(" "):
            return False
        word = word[:-1].rsplit(" ", 1)[-1]
        return bool(_PLAIN_WORD.fullmatch(word)) and word not in STOPS and word not in PARTS_OF_DAY

    def _respectively(self, ends: dict[int, tuple[int, int]]) -> None:
        """Coordinated names, then «به ترتیب» and as many titles, each name's in turn:
        «علی نوری و رضا کمالی، به ترتیب وزیر نفت و وزیر نیرو»; bare heads before the last
        title share the body it names («… به ترتیب مدیرعامل و عضو هیئت مدیره شرکت …»)."""
        by_start = {t.start: t for t in self.titles}
        for m in RESPECTIVELY.finditer(self.text, self.body):
            titles = self._titles_in_turn(m.end(), by_start)
            holders = names_before(self.text, m.start(), ends, len(titles))
            if len(titles) < 2 or len(holders) != len(titles):
                continue
            for holder, title in zip(holders, titles, strict=True):
                if isinstance(title, Title):
                    self._by_span[(title.start, title.end)] = self._by_span[holder]
                    title = title.text
                self._by_span[holder].add_title(title)

    def _titles_in_turn(self, at: int, by_start: dict[int, Title]) -> list[Title | str]:
        """The titles listed from ``at`` on, joined by «و» or commas; a bare head («مدیرعامل
        و عضو هیئت مدیره شرکت …») is given the body of the title that ends the list."""
        titles: list[Title | str] = []
        while True:
            if at in by_start:
                titles.append(by_start[at])
                end = by_start[at].end
            elif (end := head_at(self.text, at)) is not None:
                titles.append(self.text[at:end])
            else:
                break
            joint = _JOINT.match(self.text, end)
            if not joint:
                break
            at = joint.end()
        while titles and isinstance(titles[-1], str):
            titles.pop()  # a head after the last title names no body
        if not titles:
            return []
        last = titles[-1].text
        completed = [with_body(t, last) if isinstance(t, str) else t for t in titles]
        return [] if None in completed else completed

    def _joined_before(self, held_from: dict[int, tuple[int, int]]) -> None:
        """A title joined by «و» to the next one, which a name follows, is that name's too:
        «نماینده مردم اهواز و عضو کمیسیون انرژی مجلس، جواد سلیمانی‌نسب», also one of two
        coordinated words, which one holder holds whole («معاون دادستان عمومی و انقلاب و
        سرپرست دادسرای …»); not one of two places, which two holders hold one each
        («وزیر خارجه ایران و روسیه و دبیرکل سازمان ملل، آنتونیو گوترش»)."""
        by_start = {t.start: t for t in self.titles}
        for title in reversed(self.titles):
            span = (title.start, title.end)
            holder = held_from.get(title.end + 3)
            if span in self._by_span or holder is None or _split_between_places(title):
                continue
            if self.text[title.end : title.end + 3] == " و ":
                self._by_span[holder].add_title(with_place(title, by_start[title.end + 3]))
                self._by_span[span] = self._by_span[holder]
                held_from[title.start] = holder


def served_titles(text: str, body: int, names: list[tuple[int, int]]) -> list[Title]:
    """Titles of an office that serves a person named in them (:data:`_SERVING`), whose
    holder is found as any title's is; one going on past the name is read no further
    («…، دستیار مانوئل پیگرینی در من‌سیتی»)."""
    starts = {s: (s, e) for s, e in names}
    found = []
    for m in _SERVING.finditer(text, body):
        named = starts.get(past_honorifics(text, m.end()))
        if named is not None and not text.startswith((" در ", "» در ", '" در '), named[1]):
            end = named[1] + text.startswith(("»", '"'), named[1])
            found.append(Title(text[m.start() : end], m.start(), end))
    return found


# The marks a name may be set in: «بیژن زنگنه و «احسان عبدالجبار»», "…".
_QUOTE_MARKS = ("»", '"')
_OPENING_MARKS = ("«", '"')


def names_after(
    text: str,
    at: int,
    starts: dict[int, tuple[int, int]],
    count: int,
    joints: tuple[str, ...] = (" و ", "، "),
) -> list[tuple[int, int]]:
    """The name starting at ``at`` and up to ``count`` in all joined to it by ``joints``
    («نمایندگان مردم تهران، علی کریمی و رضا احمدی»), each in guillemets or not («بیژن
    زنگنه و «احسان عبدالجبار»»)."""
    found = [starts[at]]
    while len(found) < count:
        end = found[-1][1]
        end += text.startswith(_QUOTE_MARKS, end)
        joint = next((j for j in joints if text.startswith(j, end)), None)
        if joint is None:
            break
        nxt = end + len(joint)
        nxt += text.startswith(_OPENING_MARKS, nxt) and nxt + 1 in starts
        if nxt not in starts:
            break
        found.append(starts[nxt])
    return found


def names_before(
    text: str, at: int, ends: dict[int, tuple[int, int]], count: int
) -> list[tuple[int, int]]:
    """The ``count`` names ending at ``at``, joined by «و» or commas, in text order."""
    found: list[tuple[int, int]] = []
    while at in ends and len(found) < count:
        span = ends[at]
        found.append(span)
        before = text[: span[0] - text.endswith(_OPENING_MARKS, 0, span[0])]
        for joint in (" و ", "، "):
            if before.endswith(joint):
                at = len(before) - len(joint)
                at -= text.endswith(_QUOTE_MARKS, 0, at) and at - 1 in ends
                break
        else:
            break
    return list(reversed(found))


def _past_quote(text: str, at: int) -> int:
    """Where a name ends that a closing quote mark at ``at - 1`` holds: «راس ویلسون»، سفیر …"""
    return at - 1 if text[at - 1 : at] in ("»", '"') else at


def holder_start(text: str, end: int) -> int:
    """Where the name after a title ending at ``end`` starts, past a comma and
    honorifics: «TITLE NAME», «TITLE، دکتر NAME», «فرمانده نیروی دریایی ارتش دریادار
    NAME», «TITLE، «NAME»»; -1 when no word follows."""
    for gap in ("، ", " "):
        if text.startswith(gap, end):
            at = past_honorifics(text, end + len(gap))
            return at + text.startswith(_OPENING_MARKS, at)
    return -1
