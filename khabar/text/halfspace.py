"""Half-space (ZWNJ) repair: «میکنند» → «می‌کنند», «طرحهای» → «طرح‌های», «کتاب ها» → «کتاب‌ها».

A word decides its own spelling from three layers of evidence, strongest first:

1. ``forms``: spellings seen in the UD treebanks and written with a half-space in the
   lexicons, compiled by :mod:`khabar.text.halfspace_build`. These also pin words that
   only look affixed («میهمان», «میانجی», «راستای») to their whole spelling.
2. ``protected``: words a curated lexicon knows whole; they are never split.
3. Morphology: a verb prefix («می», «نمی», after a preverb such as «بر») before a known
   verb form, or a known stem before an inflectional suffix («ها», «های», «تر», «ترین»,
   and after a silent «ه»: «ای», «ام», «اند», …); a known half-spaced form or compound
   part before a joined ending («دوچرخه‌سواران»); a plural or perfect ending on a word
   no list knows («زیرعبارت‌ها», «بازتابیده‌اند»); two names joined by «بن»
   («عدی‌بن‌حاتم»).

One decision looks at the next word: «نام‌های» or «نامه‌ای» is settled by frequency,
except where no noun follows that an ezafe could bind («نامه‌ای که»).

A word that already carries a half-space is trusted as written, so correct text passes
through unchanged.

Spaced text («می کنند», «کتاب ها», «سرمایه گذاری») is joined pair by pair: an affix or
verb prefix written apart always, unless it is a word of its own there (the month in
«ماه می», the vocative in «ساقی ای ساقی»); a compound the lexicon half-spaces only in a
line that shows, by such an affix, that its writer types spaces for half-spaces, or, for
a compound no phrase could be (``whole``), in any line with no half-space at all. Pairs
that read as a verb or phrase («واقع شده», «هیچ کس», «بی هیچ») stay spaced.
"""

import gzip
import json
import re
from collections.abc import Callable, Iterable
from importlib.resources import files

from khabar.gazetteer import places
from khabar.text.chars import ZWNJ
from khabar.text.morphology import (
    AFTER_H_SUFFIXES,
    AFTER_Y_SUFFIXES,
    COMPARATIVE_SUFFIXES,
    COPULAS,
    FUSED_COMPARATIVES,
    JOINED_SUFFIXES,
    NON_JOINING,
    PLURAL_SUFFIXES,
    PREVERBS,
    SUFFIXES,
    join,
    verb_forms,
)

# Joined readings weighed against a half-spaced one: «متهمان» is «متهم» + «ان» before it
# is «مته» + «مان», «رهایم» «رها» + «یم» before «ره» + «ایم», «دنیای» «دنیا» + «ی».
JOINED_READINGS = ("ی", "ان", "یم", "م")
_AFTER_VOWEL = ("یش", "یت")
# «هفتهای» is «هفته‌ای» rather than «هفت‌های» unless «هفت» is this many times as common:
# a noun in silent «ه» takes «ای» far more often than a plural takes the ezafe.
H_STEM_BONUS = 3
# Words no ezafe can stand before: after them «‌ای» is the indefinite, not «‌های».
INDEFINITE_CONTEXT = frozenset(
    ("که", "را", "از", "به", "در", "و", "با", "برای", "نیز", "هم", "است")
)
# Endings read off a word whose stem no lexicon lists.
UNKNOWN_PLURALS = ("هایی", "های", "ها")
PARTICIPLE_ENDINGS = ("یده", "انده", "سته", "شته", "خته", "فته", "رده", "وده")
# Joined endings a compound takes, as (ending, what it replaces): «‌سواران», «‌دیدگان».
COMPOUND_ENDINGS = (("", ""), ("ان", ""), ("انی", ""), ("ی", ""), ("گان", "ه"), ("گانی", "ه"))
# The joined plural endings of a compound, as (ending, what it replaces): «صاحب نظرانی»,
# «ستم دیدگان».
PLURAL_ENDINGS = (("ان", ""), ("انی", ""), ("گان", "ه"), ("گانی", "ه"))
FORM_ENDINGS = (*((e, "") for e in JOINED_SUFFIXES[1:]), ("انی", ""), ("گان", "ه"), ("گانی", "ه"))
# «بی» written as a word of its own before a word it makes an adjective of: «بی درنگ».
PRIVATIVE = "بی"
# «هم» (also) before a verb in the past, and that verb's person endings.
_ALSO = "هم"
_PAST_ENDINGS = ("ند", "یم", "ید", "م", "ی")
# Words a noun phrase starts with: spaced after «بی» («بی هیچ تردیدی») or before a
# compound's second part («آن سو», «هیچ کس»), they are a phrase, not a compound.
DETERMINERS = ("آن", "این", "همان", "همین", "هیچ", "یک", "هر", "چه")
# Personal pronouns, never a compound's first part: «وینگر» (winger) is no «وی» + «نگر».
_PERSONAL_PRONOUNS = frozenset(("وی", "او", "من", "تو", "ما", "شما", "ایشان"))
# The second parts of Persian family names: «احمدی‌نژاد», «تابنده‌فر», «فرهادی‌پور».
SURNAME_PARTS = ("نژاد", "پور", "نیا", "راد", "فرد", "فر", "منش", "کیا", "زاده")
# How often (in shekar's web counts) a stem must occur before a compound is built on it.
MIN_STEM_FREQUENCY = 10_000
CACHE_SIZE = 500_000
# The endings restored in a line that has half-spaces elsewhere (``repair_line``).
_ENDINGS = frozenset((*PLURAL_SUFFIXES, *COMPARATIVE_SUFFIXES, "ترین"))
# The longest run of letters worth analysing: the longest word in the tables, and in all
# of the UD and Fars News text, has 19 letters. The compound and name analyses try every
# cut and the plural one recurses per ending, so a run of thousands of letters («هاهاها…»,
# a line with its spaces lost) would otherwise take minutes or overflow the stack.
MAX_WORD = 64
# A plural with the copula after it: «دل‌هاست», «این‌هایند».
PLURAL_COPULAS = ("هاست", "هایند")
# Endings a comparative carries on after «تر»: «بزرگ‌ترها», «بالغ‌تریم».
COMPARATIVE_ENDINGS = ("", "ی", "ین", "ها", "های", "یم", "ید", "ند")
_AFFIXES = "|".join(
    sorted(
        {
            *PLURAL_SUFFIXES,
            *PLURAL_COPULAS,
            *AFTER_H_SUFFIXES,
            *("تر" + e for e in COMPARATIVE_ENDINGS),
        },
        key=len,
        reverse=True,
    )
)
_PREVERBS = "|".join(PREVERBS)
# A weekday written in two words («سه شنبه», «پنج شنبه»): no text the treebanks or Fars
# News hold writes one so on purpose, so it is joined in any line, as the lexicon spells it.
_SPACED_WEEKDAY = re.compile(r"(?<![^\W\d_]|\u200c)(یک|دو|سه|چهار|پنج) شنبه(?![^\W\d_])")
# A space before an affix or after a verb prefix: the sign of a line worth joining.
_SPLIT_AFFIX = re.compile(
    rf"(?<![^\W\d_])(?:{_PREVERBS})?ن?می [^\W\d_]| (?:{_AFFIXES})(?![^\W\d_])"
)
# A verb prefix written as its own word: «می», «نمی», and after a preverb «برمی», «درنمی».
VERB_PREFIXES = frozenset(p + m for p in ("", *PREVERBS) for m in ("می", "نمی"))
# The last letters of a finite verb, present or past («می‌دمد», «می‌نکوهیم», «می‌رفت»).
VERB_FINALS = frozenset("مدیت")
# The one present stem that stands after «می» with no personal ending: «نمی‌توان گفت».
IMPERSONAL = "توان"
# Words after which «می» is a name, not the verb prefix: the month May, Theresa May.
MAY_BEFORE = frozenset(("ماه", "ترزا"))
# Latin letters as acronyms spell them, which take no ending: «بی ام و», «آی بی ام».
# Not «سی», thirty too, whose ordinal is «سی‌ام».
LETTER_NAMES = frozenset(("بی", "پی", "تی", "جی", "دی", "وی"))
# «بن» or «ابن» between two names of three letters or more.
_PATRONYMIC = re.compile(r"(?<=[^\W\d_]{3})(?:ابن|بن)(?=[^\W\d_]{3})")
_UNKNOWN_VERB = re.compile(r"(ن?می)([^\W\d_]{2,}(?:یم|ید|ند))")
_WORD = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u0654\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0\u200c]+"
)
# A token as a word with punctuation before it, and as one with punctuation after it.
_LEFT_WORD = re.compile(rf"\W*?({_WORD.pattern})")
_RIGHT_WORD = re.compile(rf"({_WORD.pattern})\W*")

_PLURAL_EZAFE = ZWNJ + "های"
_INDEFINITE_AFTER_H = "ه" + ZWNJ + "ای"
# Places by their noun, which a plural's ezafe takes and an indefinite does not.
_PLACE_NOUNS = frozenset({"کشور", "استان", "شهر", "جهان", "دنیا", "منطقه"})
_CLAUSE_END = frozenset('.،؛:!؟)»"')
_TRAILING_PUNCT = ".،؛:!؟"
_OPENING_PUNCT = "(«\"'["

DATA_FILE = "halfspace.json.gz"
# The Arabic article, which starts names read whole: «الهلال», «الهدی».
ARABIC_ARTICLE = "ال"
# The ezafe written as a hamza over a final «ه» («واژه‌نامهٔ»): PerDT's spelling.
EZAFE_HAMZA = "\u0654"


def _is_may(words: list[str]) -> bool:
    """Whether the last of ``words`` is «می» the name, which no verb follows: «ماه می»."""
    return len(words) > 1 and words[-1] == "می" and words[-2].lstrip(_OPENING_PUNCT) in MAY_BEFORE


def _takes_y_ending(word: str) -> bool:
    """Whether ``word`` ends in «ی» and so takes «ام», «ای», … after a half-space; a
    letter name of an acronym takes none («بی ام و» is BMW, not «بی‌ام و»)."""
    return word.endswith("ی") and word not in LETTER_NAMES


def _cached_sub(cache: dict[str, str], spell: Callable[[re.Match[str]], str], token: str) -> str:
    """``token`` with each word spelled by ``spell``, remembered in ``cache`` while it has
    room."""
    repaired = _WORD.sub(spell, token)
    if len(cache) < CACHE_SIZE:
        cache[token] = repaired
    return repaired


class HalfSpaceRepairer:
    """Restores lost half-spaces in joined and spaced words, one line at a time."""

    def __init__(
        self,
        forms: dict[str, str],
        protected: Iterable[str],
        stems: dict[str, tuple[str, int]],
        adjectives: Iterable[str],
        verbs: Iterable[tuple[str, str]],
        known: Iterable[str] = (),
        right_parts: Iterable[str] = (),
        spaced: Iterable[str] = (),
        whole: Iterable[str] = (),
        split_joined: Iterable[str] = (),
        not_verbs: Iterable[str] = (),
        named_words: Iterable[str] = (),
    ) -> None:
        self.forms = forms
        self.protected = frozenset(protected)
        self.stems = stems
        self.adjectives = frozenset(adjectives)
        self.known = frozenset(known)
        self.right_parts = frozenset(right_parts)
        self.spaced = frozenset(spaced)
        self.whole = frozenset(whole)
        self.split_joined = frozenset(split_joined)
        # Words a verb's forms spell that the treebanks write as another class, for the
        # search keys (khabar.corpus.keys); the repairs do not read it.
        self.not_verbs = frozenset(not_verbs)
        # Words hazm lists among given names too («هستی», «نوید»), for the people layer
        # (khabar.news.people.lexicon.common_words); the repairs do not read it.
        self.named_words = frozenset(named_words)
        self.whole_lefts = frozenset(
            (PRIVATIVE, *(forms.get(k, k).partition(ZWNJ)[0] for k in self.whole))
        )
        self.verbs = list(verbs)
        self._pasts = frozenset(past for past, _ in self.verbs if past)
        bare = {f.replace(ZWNJ, ""): f for f in verb_forms(self.verbs)}
        self.verb_forms = bare
        self._cache: dict[str, str] = {}
        self._trusting_cache: dict[str, str] = {}
        self._endings: dict[str, str] = {}
        # Repaired tokens read as a plural with its ezafe («نام‌های») that could be a noun
        # in silent «ه» with the indefinite («نامه‌ای»), mapped to that other reading.
        self._ambiguous: dict[str, str] = {}
        # Tokens read as a noun in silent «ه» with the indefinite that may be a plural
        # with its ezafe («سده‌ای», «سدهای»), mapped to that reading.
        self._plurals: dict[str, str] = {}

    @classmethod
    def from_package(cls) -> "HalfSpaceRepairer":
        data = json.loads(gzip.decompress(files("khabar.data").joinpath(DATA_FILE).read_bytes()))
        return cls.from_tables(data)

    @classmethod
    def from_tables(cls, data: dict) -> "HalfSpaceRepairer":
        """A repairer on the tables :func:`khabar.text.halfspace_build.compile_lexicon` makes."""
        return cls(
            forms=data["forms"],
            protected=data["protected"],
            stems={k: tuple(v) for k, v in data["stems"].items()},
            adjectives=data["adjectives"],
            verbs=[tuple(v) for v in data["verbs"]],
            known=data["known"],
            right_parts=data["right_parts"],
            spaced=data["spaced"],
            whole=data.get("whole", ()),
            split_joined=data.get("split_joined", ()),
            not_verbs=data.get("not_verbs", ()),
            named_words=data.get("named_words", ()),
        )

    def repair_line(self, line: str, mixed: bool = False) -> str:
        """Repair one line.

        A line that already has half-spaces was typed by someone who writes them, and a
        word there without one is most likely meant that way («بیماریهای» in Seraji):
        only a lost «می»/«نمی» prefix is restored in such a line, and not in a known word
        with a joined «ی» («میدانی» of «میدان»). With ``mixed``, a plural or
        comparative ending joined to a known stem is restored there too («قیمتهای»,
        «مهمترین»): news sites mix the two, their writers typing «می‌» and losing the
        rest.

        Tokens are looked up whole (punctuation and all) in a cache first, so the common
        case costs one dict lookup per token.
        """
        if ZWNJ in line:
            cache, repair = self._trusting_cache, self._repair_prefix
        else:
            cache, repair = self._cache, self._repair_token
        words = [cache.get(t) or repair(t) for t in line.split(" ")]
        if mixed and cache is self._trusting_cache:
            words = [self._endings.get(w) or self._repair_endings(w) for w in words]
        if cache is self._cache and not self._ambiguous.keys().isdisjoint(words):
            self._choose_indefinite(words)
        if cache is self._cache and not self._plurals.keys().isdisjoint(words):
            self._choose_plural(words)
        line = " ".join(words)
        # No half-space before or after repair: the line may be spaced text.
        bare = cache is self._cache and ZWNJ not in line and not self.whole_lefts.isdisjoint(words)
        if _SPLIT_AFFIX.search(line):
            line = self._join_spaced(line, bare)
        elif bare:
            line = self._join_whole(words)
        return _SPACED_WEEKDAY.sub(self._join_weekday, line) if " شنبه" in line else line

    def _join_weekday(self, match: re.Match[str]) -> str:
        """The weekday as the lexicon writes it: «سه‌شنبه», but «پنجشنبه»."""
        return self.forms.get(match[1] + "شنبه") or join(match[1], "شنبه")

    def _repair_token(self, token: str) -> str:
        repaired = _WORD.sub(self._spell_match, token)
        if len(self._cache) < CACHE_SIZE:
            self._cache[token] = repaired
            if _PLURAL_EZAFE in repaired:
                self._note_indefinite(repaired)
            elif _INDEFINITE_AFTER_H in repaired:
                self._note_plural(repaired)
        return repaired

    def _note_indefinite(self, token: str) -> None:
        """Remember the other reading of a token holding a plural with its ezafe."""
        for word in _WORD.findall(token):
            if not word.endswith(_PLURAL_EZAFE):
                continue
            key = word[: -len(_PLURAL_EZAFE)].replace(ZWNJ, "") + "ه"
            if key in self.protected:
                self._ambiguous[token] = token.replace(word, join(self.spell(key), "ای"))

    def _note_plural(self, token: str) -> None:
        """Remember the plural reading of a token read as a noun in silent «ه» with the
        indefinite: «سدهای» is «سده‌ای» by the words' counts, or «سدهای» (dams)."""
        for word in _WORD.findall(token):
            if not word.endswith(_INDEFINITE_AFTER_H):
                continue
            stem = word[: -len(_INDEFINITE_AFTER_H)]
            if ZWNJ not in stem and stem in self.stems and stem not in self.adjectives:
                self._plurals[token] = token.replace(word, join(stem, "های"))

    def _choose_plural(self, words: list[str]) -> None:
        """Read «ه‌ای» as a plural with its ezafe where a place follows it, which no noun
        with the indefinite takes («سدهای تهران», «سدهای کشور», not «سده‌ای تهران»);
        elsewhere the word's own counts decide, an indefinite taking nouns and adjectives
        after it as often («گونه‌ای دیگر», «نشریه‌ای فرانسوی»)."""
        for i, word in enumerate(words[:-1]):
            plural = self._plurals.get(word)
            if plural is None or word[-1] in _CLAUSE_END:
                continue
            after = words[i + 1].rstrip(_TRAILING_PUNCT)
            if after in _PLACE_NOUNS or after in places():
                words[i] = plural

    def _choose_indefinite(self, words: list[str]) -> None:
        """Read «‌های» as «ه‌ای» where no noun can follow the ezafe a plural would need.

        At the end of a sentence or clause, or before «که», «را», a preposition or «و»,
        the treebanks' tuning part writes «ه‌ای» every time (43 of 43): «نامه‌ای که»,
        «گوشه‌ای از»; before the copula «است» grammar allows nothing else. Elsewhere the
        word's own frequencies decide, as they did.
        """
        last = len(words) - 1
        for i, word in enumerate(words):
            other = self._ambiguous.get(word)
            if other is not None and (
                i == last
                or word[-1] in _CLAUSE_END
                or words[i + 1].rstrip(_TRAILING_PUNCT) in INDEFINITE_CONTEXT
            ):
                words[i] = other

    def _repair_endings(self, token: str) -> str:
        return _cached_sub(self._endings, self._spell_ending, token)

    def _spell_ending(self, match: re.Match[str]) -> str:
        word = match.group()
        whole = self.stems.get(word)
        if whole is not None and whole[0] == word and whole[1] > 0:
            return word  # a word of its own: «منهای»
        spelled = self.spell(word)
        stem, _, ending = spelled.partition(ZWNJ)
        if ending in _ENDINGS and stem + ending == word and stem in self.stems:
            return spelled
        return word

    def _repair_prefix(self, token: str) -> str:
        return _cached_sub(self._trusting_cache, self._spell_prefix, token)

    def _spell_match(self, match: re.Match[str]) -> str:
        return self.spell(match.group())

    def _spell_prefix(self, match: re.Match[str]) -> str:
        word = match.group()
        # «میدانی» from a writer who types half-spaces is «میدان» + «ی», not «می‌دانی».
        if "می" not in word[:7] or (word[-1] == "ی" and word[:-1] in self.protected):
            return word
        spelled = self.spell(word)
        return spelled if spelled.replace(ZWNJ, "", 1) == word and "می" + ZWNJ in spelled else word

    def spell(self, key: str) -> str:
        """The spelling of a word written without any half-space."""
        if ZWNJ in key:
            return key
        if key.endswith(EZAFE_HAMZA):
            return self.spell(key[:-1]) + EZAFE_HAMZA
        form = self.forms.get(key)
        if form is not None:
            return form
        if key in self.protected:
            return key
        verb = self.verb_forms.get(key)
        if verb is not None:
            return verb
        if len(key) > MAX_WORD:
            return key
        return self._analyse(key) or key

    def _analyse(self, key: str) -> str | None:
        return (
            self._verb(key)
            or self._plural_copula(key)
            or self._inflected(key)
            or self._form_with_ending(key)
            or self._compound(key)
            or self._patronymic(key)
            or self._after_silent_h(key)
        )

    def _after_silent_h(self, key: str) -> str | None:
        """Two words typed together after a silent «ه»: «نیمهابری» → «نیمه‌ابری».

        A silent «ه» never joins the next letter of its word, so a word no lexicon lists
        that reads as a word hazm tags, in «ه», and a word counted as a stem is two parts.
        Not after «اه», «وه» («راه», «کوه»), where «ه» is a consonant, nor before an
        ending or the copula, and both parts at least three letters long.
        """
        if self._known(key) or key in self.stems or key.startswith(ARABIC_ARTICLE):
            return None
        for i in range(3, len(key) - 2):
            left, right = key[:i], key[i:]
            if left[-1] != "ه" or left[-2] in "اوه" or left not in self.protected:
                continue
            if right in self.protected and not right.startswith(("ان", "است")):
                return join(left, self.spell(right))
        return None

    def _plural_copula(self, key: str) -> str | None:
        """A plural with the copula «ست», spelled as the plural is: «دلهاست» →
        «دل‌هاست», but «آنهاست», «سالهاست» stay joined like «آنها», «سالها»."""
        plural = key[:-2]
        if not key.endswith("هاست") or len(plural) < 4:
            return None
        spelled = self.spell(plural)
        return spelled + "ست" if ZWNJ in spelled else None

    def _patronymic(self, key: str) -> str | None:
        """A name, «بن»/«ابن» and a name typed as one word: «عدیبنحاتم» → «عدی‌بن‌حاتم».

        Both names must be words the lexicon counts as often as a stem, neither a preverb
        nor an ending («فروبنشان» is a verb, «…بنشان» no name), «بن» no start or end of a
        word it lists with the name beside it («خودبنیاد»), and the whole no word it
        lists («نقشبندیه», «راهبندان» are read before this).
        """
        if self._known(key) or key in self.stems:
            return None
        for match in _PATRONYMIC.finditer(key):
            left, right = key[: match.start()], key[match.end() :]
            if left in PREVERBS or right in SUFFIXES:
                continue
            if self._known(match.group() + right) or self._known(left + match.group()):
                continue  # «خودبنیاد» is «خود» + «بنیاد»
            if all(self.stems.get(n, ("", 0))[1] >= MIN_STEM_FREQUENCY for n in (left, right)):
                return join(join(self.spell(left), match.group()), self.spell(right))
        return None

    def _form_with_ending(self, key: str) -> str | None:
        """A half-spaced form plus a joined ending: «دوچرخه‌سوار» → «دوچرخه‌سواران»."""
        for ending, restore in FORM_ENDINGS:
            if not key.endswith(ending):
                continue
            form = self.forms.get(key[: len(key) - len(ending)] + restore)
            if form is not None and ZWNJ in form and not form.endswith(ZWNJ + restore):
                return form[: len(form) - len(restore)] + ending
        return None

    def _known(self, key: str) -> bool:
        """Whether a lexicon lists the word whole, bare or with a joined suffix."""
        return any(
            key.endswith(s)
            and (key[: len(key) - len(s)] in self.known or key[: len(key) - len(s)] in self.forms)
            for s in JOINED_SUFFIXES
        )

    def _compound(self, key: str) -> str | None:
        """An unknown word made of a known stem and a productive compound part.

        The compound may carry a joined ending of its own: «دوچرخه‌سواران» is the plural
        of «دوچرخه‌سوار», «ستم‌دیدگان» of «ستم‌دیده». A word the web writes whole as
        often as a stem («روانکار», «گروگانگیر») is no such word: the treebanks join it;
        nor is a determiner and a noun typed together («اینکار», «با اینحال»), a phrase,
        nor «می» and a present stem («میانداز», the old prohibitive), a verb.
        """
        if self._known(key):
            return None
        surname = self._surname(key)
        if surname is not None:
            return surname
        if self._web_whole(key):
            return None
        for ending, restore in COMPOUND_ENDINGS:
            if not key.endswith(ending):
                continue
            base = key[: len(key) - len(ending)] + restore
            for i in range(len(base) - 3, 1, -1):
                left, right = base[:i], base[i:]
                if (
                    left[-1] in NON_JOINING
                    or left in DETERMINERS
                    or left in _PERSONAL_PRONOUNS
                    or left in VERB_PREFIXES
                    or right not in self.right_parts
                ):
                    continue
                stem = self.stems.get(left)
                if stem is not None and stem[1] >= MIN_STEM_FREQUENCY:
                    return join(stem[0], key[i:])
        return None

    def _web_whole(self, key: str) -> bool:
        """Whether the web counts the word, spelled whole, as often as a stem."""
        entry = self.stems.get(key)
        return entry is not None and ZWNJ not in entry[0] and entry[1] >= MIN_STEM_FREQUENCY

    def _surname(self, key: str) -> str | None:
        """A family name of a known word ending in «ی» or «ه» and a surname part, which
        takes a half-space after those letters: «فتحینژاد» → «فتحی‌نژاد», «تابندهفر» →
        «تابنده‌فر». (After other letters such names are written joined as often.)"""
        for part in SURNAME_PARTS:
            left = key[: len(key) - len(part)]
            if key.endswith(part) and len(left) > 2 and left[-1] in "یه":
                stem = self.stems.get(left)
                if stem is not None and stem[1] >= MIN_STEM_FREQUENCY:
                    return join(stem[0], part)
        return None

    def _verb(self, key: str) -> str | None:
        for preverb in ("", *PREVERBS):
            if not key.startswith(preverb):
                continue
            rest = key[len(preverb) :]
            for prefix in ("نمی", "می"):
                if rest.startswith(prefix):
                    form = self.verb_forms.get(rest[len(prefix) :])
                    if form is not None:
                        return preverb + join(prefix, form)
        # A verb missing from the stem lists: «می» + at least two letters + a person ending.
        match = _UNKNOWN_VERB.fullmatch(key)
        if match and key not in self.stems:
            return join(match[1], match[2])
        return None

    def _inflected(self, key: str) -> str | None:
        """The analysis whose stem is most frequent, favouring stems in silent «ه»."""
        best: tuple[int, str] | None = None
        for suffix in SUFFIXES:
            if not key.endswith(suffix) or len(key) - len(suffix) < 2:
                continue
            stem_key = key[: -len(suffix)]
            if suffix in AFTER_H_SUFFIXES or suffix in AFTER_Y_SUFFIXES:
                if not (
                    (suffix in AFTER_H_SUFFIXES and stem_key.endswith("ه"))
                    or (suffix in AFTER_Y_SUFFIXES and stem_key.endswith("ی") and len(stem_key) > 2)
                ) or (suffix == "ای" and stem_key.endswith("ی") and key[:-1] in self.stems):
                    continue
                verb = self.verb_forms.get(stem_key)
                entry = (verb, 1 << 40) if verb else self.stems.get(stem_key)
            else:
                entry = self.stems.get(stem_key)
                if suffix in COMPARATIVE_SUFFIXES and (
                    key in FUSED_COMPARATIVES
                    or (suffix != "ترین" and stem_key not in self.adjectives)
                    or (suffix == "تری" and key in self.known)
                ):
                    continue
            if entry is None:
                continue
            stem, freq = entry
            score = freq * H_STEM_BONUS if stem_key.endswith("ه") else freq
            if best is None or score > best[0]:
                best = (score, join(stem, suffix))
        # A word the web writes whole more often than its best stem stays whole («خیام»),
        # and so does one whose joined reading has the more common stem.
        if best is not None and best[0] <= self._joined_score(key):
            return None
        if best is None and key.startswith("بی") and len(key) > 4 and not self._known(key):
            entry = self.stems.get(key[2:])
            if entry is not None and entry[1] > 0:
                return join("بی", entry[0])
        if best is None and not self._known(key) and key not in self.stems:
            return self._unknown_stem(key)
        return best[1] if best else None

    def _unknown_stem(self, key: str) -> str | None:
        """A word no lexicon knows, ending as a plural or as a perfect tense.

        «زیرعبارتها» is a plural before it is anything else, and «بازتابیده‌اند» a
        participle with its copula, whatever the verb: such endings are read off the
        word's shape when its stem is missing from the lists.
        """
        for suffix in UNKNOWN_PLURALS:
            stem = key[: -len(suffix)]
            if key.endswith(suffix) and len(stem) > 2:
                return join(self.spell(stem), suffix)
        for suffix in COPULAS:
            stem = key[: -len(suffix)]
            if key.endswith(suffix) and len(stem) > 3 and stem.endswith(PARTICIPLE_ENDINGS):
                return join(stem, suffix)
        return None

    def _joined_score(self, key: str) -> int:
        """How common the word is read whole or as a stem with a joined ending."""
        score = self.stems.get(key, ("", 0))[1]
        for suffix in JOINED_READINGS:
            stem = key[: -len(suffix)]
            if key.endswith(suffix) and len(stem) > 2:
                score = max(score, self.stems.get(stem, ("", 0))[1])
        # after a long vowel the possessive is joined too: «انتهایش», «دنیایت»
        vowel = key[:-2]
        if key.endswith(_AFTER_VOWEL) and vowel.endswith(("ا", "و")) and vowel in self.protected:
            score = max(score, self.stems.get(vowel, ("", 0))[1])
        return score

    def _join_spaced(self, line: str, bare: bool = False) -> str:
        """Join words split by a stray space.

        Affixes («می کنند», «کتاب ها») are joined always. Compounds the lexicon writes
        with a half-space («پیش بینی») are joined only in a line that has shown, by a
        split affix, that its writer types spaces for half-spaces; elsewhere a space
        between two words is more likely meant. In a ``bare`` line (no half-space at
        all, none repaired) a compound no phrase could be («سرمایه گذاری») is joined
        without that sign.
        """
        words = line.split(" ")
        out: list[str] = []
        compounds: list[int] = []
        affixes = 0
        for word in words:
            if out and word and not _is_may(out):
                joint = self._joint(out[-1], word)
                if joint == "affix":
                    out[-1] = self._join_affix(out[-1], word)
                    affixes += 1
                    continue
                if joint == "whole" and bare:
                    out[-1] = join(out[-1], word)
                    continue
                if joint:
                    compounds.append(len(out))
            out.append(word)
        if affixes and compounds:
            for i in reversed(compounds):
                out[i - 1 : i + 1] = [join(out[i - 1], out[i])]
        return " ".join(out)

    def _join_affix(self, left: str, right: str) -> str:
        """``left`` and the affix split from it, as one word that reads as it was split.

        After a letter that does not join («دور های») the two are written together with
        nothing between, and a word so written may be read otherwise when the text comes
        back («دورهای» as «دوره‌ای»): then the half-space, invisible there, stays to
        record the split, and normalizing the output again changes nothing.
        """
        joined = join(left, right)
        if ZWNJ in joined or (self._cache.get(joined) or self._repair_token(joined)) == joined:
            return joined
        return left + ZWNJ + right

    def _join_whole(self, words: list[str]) -> str:
        """Join the compounds no phrase could be («سرمایه گذاری») in a line that shows no
        other sign of lost half-spaces; only words that can start one are looked at."""
        out: list[str] = []
        for word in words:
            if (
                out
                and out[-1].lstrip(_OPENING_PUNCT) in self.whole_lefts
                and self._joint(out[-1], word) == "whole"
            ):
                out[-1] = join(out[-1], word)
            else:
                out.append(word)
        return " ".join(out)

    def compound(self, left: str, right: str) -> bool:
        """Whether two words written apart are one compound the lexicon knows, whether or
        not this line would join them: «رئیس جمهور», «کتاب خانه», «گفت وگو». Search keys
        read such a pair as the one word, however it is spaced."""
        return right != "ای" and self._joint(left, right) in ("compound", "whole")

    def _joint(self, left: str, right: str) -> str | None:
        """Whether ``right`` was split from ``left`` by a stray space: as affix or compound.

        Punctuation around the pair does not hide it, nor an ezafe hamza: «(می کرد)»,
        «واژه نامهٔ».
        """
        left_match, right_match = _LEFT_WORD.fullmatch(left), _RIGHT_WORD.fullmatch(right)
        if left_match is None or right_match is None:
            return None
        left, right = left_match[1], right_match[1].removesuffix(EZAFE_HAMZA)
        if left in VERB_PREFIXES or left.endswith((ZWNJ + "می", ZWNJ + "نمی")):
            return "affix" if self._verb_after_prefix(left, right) else None
        if self._suffix_after(left, right):
            return "affix"
        if right == "ای" and _takes_y_ending(left):
            # The indefinite of a word the lexicon does not list so, or the vocative
            # («ساقی ای ساقی»): only a line that shows lost half-spaces joins it.
            return "compound"
        # A compound the lexicon writes with a half-space exactly here, or its plural
        # («صاحب نظرانی»), or joined where its parts are known apart («وزارت خانه»),
        # unless the pair is left spaced («این که», «واقع شده»); "whole" if no phrase
        # could be spelled so.
        key = (left + right).replace(ZWNJ, "")
        if f"{left} {right}" in self.spaced:
            return None
        if left == _ALSO and self._past_verb(right):
            return None  # «استقلال هم گفت»: also said, no compound «هم‌گفت»
        if left == PRIVATIVE:
            return (
                "whole"
                if right not in DETERMINERS and self.spell(key) == left + ZWNJ + right
                else None
            )
        if self.forms.get(key) == left + ZWNJ + right:
            return "whole" if key in self.whole else "compound"
        if self.forms.get(key) == key and left + ZWNJ + right in self.split_joined:
            return "compound"
        if key not in self.forms and self._compound_plural(left, right):
            return "compound"
        return None

    def _past_verb(self, word: str) -> bool:
        """Whether ``word`` is a verb in the simple past: a past stem, with its person's
        ending or none («گفت», «رفتند»)."""
        ending = next((e for e in _PAST_ENDINGS if word.endswith(e)), "")
        return word in self._pasts or word.removesuffix(ending) in self._pasts

    def _compound_plural(self, left: str, right: str) -> bool:
        """Whether the pair is the plural of a compound the lexicon half-spaces between
        them: «صاحب نظرانی» of «صاحب‌نظر», not «جمله ایمان» of «جمله‌ایم»."""
        if not right.endswith("ان") and not right.endswith("انی"):
            return False
        for ending, restore in PLURAL_ENDINGS:
            part = right[: len(right) - len(ending)] + restore
            if (
                right.endswith(ending)
                and len(part) > 1
                and part not in SUFFIXES
                and self.forms.get((left + part).replace(ZWNJ, "")) == left + ZWNJ + part
            ):
                return True
        return False

    def _verb_after_prefix(self, prefix: str, word: str) -> bool:
        """Whether ``word`` is a verb that lost its prefix «می»/«نمی» to a space.

        A known verb form always is, and so is the impersonal «می توان». After the prefix
        written as a word of its own, so is a word that ends as a verb does and that
        hazm's word list, of nouns, adjectives, numerals and the like, does not hold:
        «می دمد», «برمی نشاند». No other word is: «می» alone is also the month May and
        Theresa May in news («در ماه می تعداد …», «ماه می دو درصد», «ترزا می تاکید کرد»).
        """
        bare = word.replace(ZWNJ, "")
        if bare in self.verb_forms or bare == IMPERSONAL:
            return True
        return (
            prefix in VERB_PREFIXES
            and len(bare) > 1
            and bare[-1] in VERB_FINALS
            and bare not in self.known
        )

    def _suffix_after(self, left: str, right: str) -> bool:
        """Whether ``right`` is an inflection of ``left`` written as a word of its own.

        «کتاب ها», «بزرگ ترین», «خانه ام», «زندگی اش»: none of these endings is a word
        by itself, except the indefinite «ای» (also the vocative), which is joined after
        «ه» only where the lexicon reads the whole word so, and after «ی» only where it
        lists the word so: the spelling rules read «ساقی‌ای» as readily as «سنتی‌ای».
        """
        bare = left.replace(ZWNJ, "")
        if right in PLURAL_SUFFIXES or right in PLURAL_COPULAS:
            return True
        if right.startswith("تر") and right[2:] in COMPARATIVE_ENDINGS:
            return right[2:].startswith("ین") or bare in self.adjectives
        if right == "ای":
            key = bare + right
            if left.endswith("ه"):
                return self.spell(key) != key or key in self.forms
            return _takes_y_ending(left) and self.forms.get(key, "").endswith(ZWNJ + right)
        return (left.endswith("ه") and right in AFTER_H_SUFFIXES) or (
            _takes_y_ending(left) and right in AFTER_Y_SUFFIXES
        )
