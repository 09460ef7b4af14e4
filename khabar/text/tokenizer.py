"""Word tokenization with character offsets, following UD Persian PerDT.

One precompiled regular expression cuts the text into tokens, trying in turn: URLs,
e-mail addresses, hashtags and mentions, dotted abbreviations («ه.ش.», «U.S.»), Latin
initials and known Latin abbreviations («J.», «Dr.», «Inc.»), numbers with their
separators («1396/06/28», «۱٬۰۰۰», «2.5», «5%»), Latin words with inner hyphens
(«CoRoT-7b») or dots between digits («v2.1») and any ending after a half-space
(«ICT‌ها»), Persian words (letters, diacritics and inner half-spaces), runs of dots, and
any other single character. Space is never part of a token.

A Persian word that ends in a pronominal clitic or a copula becomes a multiword token, as
PerDT writes it: «ماتمش» → «ماتم» + «ش», «کتاب‌هایم» → «کتاب‌های» + «م», «مرا» → «م» + «را»,
«شرمنده‌ام» → «شرمنده‌» + «ام». The parts always concatenate to the surface form. Verbs
keep their endings («گفتم», «رفته‌اند»), and words that only end like a clitic stay whole
(«مردم», «ارتش», «آرامش»). PerDT also folds punctuation written right after such a word
into the multiword token: «معذورم.» is one token of three words.
"""

import re
from typing import NamedTuple

from khabar.text.chars import MARK
from khabar.text.halfspace import LETTER_NAMES
from khabar.text.lexicon import CliticLexicon, lexicon
from khabar.text.links import EMAIL, HANDLE, URL
from khabar.text.sentences import sentence_ends

ZWNJ = "\u200c"

_LETTER = r"[^\W\d_]"
_MODIFIERS = "[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff]"
_PERSIAN_LETTER = "[\u0622-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]"
_DIGIT = r"[0-9\u06f0-\u06f9\u0660-\u0669]"

# Latin abbreviations that stand inside a sentence, never at its end in Persian text:
# titles before a name («Dr. Smith»), words after one («Apple Inc.», «King Jr.») and a
# few others («vs.», «etc.», «Jan.»). A Persian sentence ends in a verb, so one of these
# followed by Persian words is still in the middle of its sentence.
_LATIN_ABBREVIATIONS = (
    *("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Mt", "Gen", "Col", "Lt", "Capt", "Sgt", "Maj"),
    *("Adm", "Gov", "Sen", "Rep", "Pres", "Rev", "Hon", "Jr", "Sr", "Inc", "Ltd", "Co"),
    *("Corp", "Bros", "Ave", "Dept", "Univ", "vs", "etc", "approx", "cf", "al"),
    *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
)
# Abbreviations that are one only before a number («No. 5», «Vol. 2»): «No.» alone is a
# word that may end a sentence.
_LATIN_NUMBER_ABBREVIATIONS = ("No", "Nos", "Vol", "Fig", "Art", "Ch", "pp")


def _alternatives(words: tuple[str, ...]) -> str:
    """A regular expression alternation of ``words``, longest first («Mrs» before «Mr»)."""
    return "|".join(sorted(words, key=len, reverse=True))


_TOKEN = re.compile(
    "|".join(
        [
            URL,
            EMAIL,
            HANDLE,
            # Single letters joined by dots: «ه.ش.», «ق.م», «U.S.».
            rf"(?<![\w{ZWNJ}])(?:{_LETTER}\.)+{_LETTER}(?![\w{ZWNJ}])\.?",
            # Single-letter era and calendar abbreviations («1917 م.»).
            rf"(?<![\w{ZWNJ}])[مقشه]\.(?![\w.])",
            # A Persian initial before a name («دکتر ع. رضایی», «ص. ۱۲»); not «و», a word.
            rf"(?<![\w{ZWNJ}])(?!و){_PERSIAN_LETTER}\.(?=[ ]?(?:{_PERSIAN_LETTER}|{_DIGIT}))",
            # A Latin initial is a capital before a name or another initial («J. K.
            # Rowling»); before anything else the dot may end a sentence («ویتامین C.»).
            # The first look-ahead lets every other character skip the branch at once.
            rf"(?=[A-Za-z])(?<![\w{ZWNJ}])(?:[A-Z]\.(?=\s*[A-Z])"
            rf"|(?:{_alternatives(_LATIN_ABBREVIATIONS)})\."
            rf"|(?:{_alternatives(_LATIN_NUMBER_ABBREVIATIONS)})\.(?=\s*{_DIGIT}))",
            # An emoji is one token with what modifies it: a flag's two letters, a keycap,
            # a skin tone, a variation selector («🇮🇷», «1️⃣», «👍🏽», «❤️»).
            r"[\U0001F1E6-\U0001F1FF]{2}|[0-9#*]\uFE0F?\u20E3",
            rf"{_DIGIT}+(?:[.,/:\u066b\u066c]{_DIGIT}+)*[%\u066a]?",
            # A Latin word keeps a Persian ending after a half-space («ICT‌ها», «SMS‌های»):
            # cut there, the half-space would fall between two tokens and out of both. A
            # dot between digits is inside it («v2.1», «GPT-3.5»).
            rf"[A-Za-z][A-Za-z0-9]*(?:(?:['’-]|(?<=\d)\.(?=\d))[A-Za-z0-9]+)*"
            rf"(?:{ZWNJ}+(?:{_LETTER}|{MARK})+)*",
            rf"(?P<word>(?:{_LETTER}|{MARK})+(?:{ZWNJ}+(?:{_LETTER}|{MARK})+)*)",
            r"\.{2,}",
            rf"[^\s{ZWNJ}]{_MODIFIERS}*",
        ]
    )
)

# Punctuation that PerDT folds into a multiword token written right before it: any mark
# but an opening one.
_FOLDED = frozenset(".،؛:!?؟»)]}\"'”’")

_PRONOUNS = ("شان", "تان", "مان", "ش", "ت", "م")
_COPULAS = ("یم", "ید", "ند")
# After a stem ending in a vowel the clitic takes a glide: «صدا» + «یش», «کجا» + «ست».
_GLIDED = ("یشان", "یتان", "یمان", "یش", "یت", "یم", "ست", "یند")
# After a half-space: «خانه‌» + «اش», «زندگی‌» + «شان», «شرمنده‌» + «ام».
_AFTER_ZWNJ = frozenset(("اش", "ام", "ات", "شان", "تان", "مان", "اند", "ایم", "اید"))
# Closed-class words PerDT always splits, whatever a word list says of their look-alikes
# («کیست» is also «cyst»): the reflexive with a clitic, the object marker after a clitic,
# the preposition «برای» (not «برا» + «یش»), and the copula after question words and
# demonstratives.
FIXED_SPLITS: dict[str, tuple[str, str]] = {
    **{w + p: (w, p) for w in ("خود", "برای") for p in _PRONOUNS},
    "مرا": ("م", "را"),
    "ترا": ("ت", "را"),
    **{w + "ست": (w, "ست") for w in ("چی", "کی", "این", "آن", "همین", "همان")},
}
_PREVERBS = ("باز", "بر", "در", "فرا", "فرو", "وا", "ور", "")
_PREFIXES = ("نمی" + ZWNJ, "می" + ZWNJ, "نمی", "می", "ب", "ن", "")
_ENDINGS = ("یم", "ید", "ند", "م", "ی", "د", "")
# Present stems that form verbs without a prefix («فکر کنم», «داشته باشند»), and «یا»,
# the stem of «آمدن» after «ب» («بیایند»).
_BARE_PRESENT = frozenset(
    {"کن", "شو", "باش", "ده", "دار", "گیر", "زن", "خواه", "توان", "یاب", "آور", "گرد", "نما"}
    | {"ساز", "رس", "بین", "گو", "رو", "آی", "یا"}
)


class Token(NamedTuple):
    """A stretch of text with no space in it: ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    space_after: bool
    # Syntactic words: more than one for a multiword token, else just ``(text,)``.
    words: tuple[str, ...]


class Sentence(NamedTuple):
    """A sentence as the span from its first token's start to its last token's end."""

    start: int
    end: int
    tokens: list[Token]


class CliticSplitter:
    """Decides, per word, whether PerDT writes it as a multiword token, and how.

    Gold decisions from the lexicon come first; then a rule: a closed-class word PerDT
    always splits (``FIXED_SPLITS``), or a clitic ending after a known noun or adjective
    stem, unless the word is a verb form or a known word of its own.
    Decisions are memoized, so running text costs one dict lookup per word.
    """

    _MAX_MEMO = 500_000

    def __init__(self, lex: CliticLexicon) -> None:
        self.lex = lex
        self._memo: dict[str, tuple[str, ...]] = {}

    def __call__(self, word: str) -> tuple[str, ...]:
        words = self._memo.get(word)
        if words is None:
            words = self.lex.splits.get(word)
            if words is None:
                words = (None if word in self.lex.keep else self.rule(word)) or (word,)
            if len(self._memo) >= self._MAX_MEMO:
                self._memo.clear()
            self._memo[word] = words
        return words

    def rule(self, word: str) -> tuple[str, str] | None:
        """The split the rule alone makes, ignoring gold decisions and known words."""
        fixed = FIXED_SPLITS.get(word)
        if fixed is not None:
            return fixed
        if word.startswith(("می" + ZWNJ, "نمی" + ZWNJ)):
            return None
        head, zwnj, tail = word.rpartition(ZWNJ)
        if zwnj:
            found = self._after_zwnj(word, head, tail)
            if found is not False:
                return found
        return self._glided(word) or self._plain(word)

    def _after_zwnj(self, word: str, head: str, tail: str) -> tuple[str, str] | bool | None:
        """A split at the last half-space; None when the word stays whole there, and
        False when the half-space is no clitic's, so the other patterns get their turn."""
        if tail in _AFTER_ZWNJ and head.endswith(("ه", "ی")):
            if self._participle(head) or not self._takes_zwnj_clitic(head):
                return None
            return head + ZWNJ, tail
        if tail.startswith("های") and tail[3:] in _PRONOUNS:
            return word[: -len(tail) + 3], tail[3:]
        if tail == "هاست":
            return word[:-2], "ست"
        return False

    def _glided(self, word: str) -> tuple[str, str] | None:
        for suffix in _GLIDED:
            if not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            if (
                suffix[0] == "ی"
                and suffix[1:] in _PRONOUNS
                and (self._plural(stem) or stem + "ی" in self.lex.ya_stems)
            ):
                return stem + "ی", suffix[1:]
            vowel = stem.endswith(("ا", "و")) or (suffix == "ست" and stem.endswith("ی"))
            if vowel and len(stem) >= 2 and stem in self.lex.nouns and not self._verb(word):
                return stem, suffix
        return None

    def _plain(self, word: str) -> tuple[str, str] | None:
        for suffix in _PRONOUNS + _COPULAS:
            if not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            # A silent final «ه» takes «‌اش», never a bare «ش»; «گناه», «کوه» do.
            if len(stem) < 2 or stem[-1] in "او" or (stem[-1] == "ه" and stem[-2] not in "او"):
                continue
            # A Latin letter's name takes no clitic: «جیش» is the Arabic army, not «جی» + «ش».
            if stem in LETTER_NAMES:
                continue
            if suffix in _PRONOUNS and stem.endswith("ی") and self._plural(stem[:-1]):
                return stem, suffix
            if self._verb(word):
                return None
            if suffix in _COPULAS:
                if self._adjective(stem):
                    return stem, suffix
                continue
            # «خوشبختیم» is «خوشبخت» + «یم» rather than «خوشبختی» + «م».
            if suffix == "م" and stem.endswith("ی") and self._adjective(stem[:-1]):
                return stem[:-1], "یم"
            # «اسلامیت», «طریقیت»: the abstract suffix «یت», not «اسلامی» + «ت».
            if suffix == "ت" and stem.endswith("ی"):
                continue
            # «مردمان»: a noun's plural in «ان», not «مرد» + «مان».
            if suffix == "مان" and word[:-2] in self.lex.nouns:
                continue
            if stem in self.lex.nouns or (
                stem.endswith(("ان", "ین", "ات")) and stem[:-2] in self.lex.nouns
            ):
                return stem, suffix
        return None

    def _takes_zwnj_clitic(self, head: str) -> bool:
        """A noun or adjective ending in «ه» or «ی»: «خانه», «زندگی», «تحصیلی» (from «تحصیل»).

        A stray half-space in a word of its own («هی‌ات» for «هیات») does not count.
        """
        nouns = self.lex.nouns
        return head in nouns or (head.endswith("ی") and head[:-1] in nouns)

    def _plural(self, stem: str) -> bool:
        """«کتاب‌ها», «کارها»; not «رها» or «انتها», which only end in «ها»."""
        if stem.endswith(ZWNJ + "ها"):
            return True
        return stem.endswith("ها") and stem[:-2] in self.lex.nouns

    def _adjective(self, stem: str) -> bool:
        """An adjective, or its comparative («بالغ‌تر»), that can take the copula."""
        if stem.endswith("تر") and len(stem) > 3:
            stem = stem[:-2].removesuffix(ZWNJ)
        return stem in self.lex.adjectives

    def _verb(self, word: str) -> bool:
        """Whether ``word`` parses as (preverb)(prefix) verb stem (personal ending)."""
        lex = self.lex
        for preverb in _PREVERBS:
            if not word.startswith(preverb):
                continue
            rest = word[len(preverb) :]
            for prefix in _PREFIXES:
                if not rest.startswith(prefix):
                    continue
                body = rest[len(prefix) :]
                for ending in _ENDINGS:
                    if not body.endswith(ending) or len(body) <= len(ending):
                        continue
                    stem = body[: len(body) - len(ending)]
                    if stem in lex.past or stem in _BARE_PRESENT:
                        return True
                    # A past stem made regularly from the present: «گردانید», «آرامید».
                    if stem.endswith("ید") and stem[:-2] in lex.present:
                        return True
                    if (prefix or preverb) and stem in lex.present:
                        return True
                    if stem.endswith("ی") and (
                        stem[:-1] in _BARE_PRESENT or (prefix and stem[:-1] in lex.present)
                    ):
                        return True
        return False

    def _participle(self, head: str) -> bool:
        """«رفته», «بازتابیده»: a past stem plus «ه», before the perfect's «‌اند», «‌ام»."""
        if not head.endswith("ه"):
            return False
        stem = head[:-1]
        return any(stem[-k:] in self.lex.past for k in range(2, min(len(stem), 8) + 1))


_splitter: CliticSplitter | None = None


def _get_splitter() -> CliticSplitter:
    global _splitter
    if _splitter is None:
        _splitter = CliticSplitter(lexicon())
    return _splitter


def split_clitics(word: str) -> tuple[str, ...]:
    """The syntactic words of one Persian word, as PerDT would write them."""
    return _get_splitter()(word)


def tokenize_words(text: str, splitter: CliticSplitter | None = None) -> list[Token]:
    """Tokens of ``text`` with offsets; no sentence splitting.

    ``splitter`` replaces the shipped lexicon's (a cross-validation fold's, say).
    """
    splitter = splitter or _get_splitter()
    known = splitter._memo  # the hot path: one dict lookup per word
    new = tuple.__new__  # builds a Token without the Python-level NamedTuple constructor
    tokens: list[Token] = []
    append = tokens.append
    multiword: list[int] = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        piece = m.group()
        space = text[end : end + 1].isspace()
        if m.lastgroup == "word":
            words = known.get(piece) or splitter(piece)
            if len(words) > 1:
                multiword.append(len(tokens))
            append(new(Token, (piece, start, end, space, words)))
        else:
            append(new(Token, (piece, start, end, space, (piece,))))
    # Punctuation right after a multiword token joins it, as in PerDT.
    folds = [
        i
        for i in multiword
        if i + 1 < len(tokens)
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 1].text in _FOLDED
    ]
    if not folds:
        return tokens
    out: list[Token] = []
    done = 0
    for i in folds:
        tok, mark = tokens[i], tokens[i + 1]
        out += tokens[done:i]
        out.append(
            Token(
                tok.text + mark.text, tok.start, mark.end, mark.space_after, (*tok.words, mark.text)
            )
        )
        done = i + 2
    out += tokens[done:]
    return out


def tokenize(text: str, splitter: CliticSplitter | None = None) -> list[Sentence]:
    """Sentences of already-normalized Persian ``text``, each with its tokens.

    A line is a paragraph: no sentence crosses a line break, so a headline with no full
    stop is a sentence of its own, as in the spaCy tokenizer and ``khabar tokenize``.
    Offsets index into ``text``: ``text[t.start:t.end] == t.text`` for every token.
    """
    tokens = tokenize_words(text, splitter)
    sentences: list[Sentence] = []
    for line in _lines_of(text, tokens):
        start = 0
        for end in sentence_ends([t.text for t in line], [t.words for t in line]):
            part = line[start:end]
            sentences.append(Sentence(part[0].start, part[-1].end, part))
            start = end
    return sentences


def _lines_of(text: str, tokens: list[Token]) -> list[list[Token]]:
    """``tokens`` grouped by the line of ``text`` they stand on."""
    if "\n" not in text:
        return [tokens]
    lines: list[list[Token]] = [[]]
    for prev, tok in zip([None, *tokens], tokens, strict=False):
        if prev is not None and "\n" in text[prev.end : tok.start]:
            lines.append([])
        lines[-1].append(tok)
    return lines
