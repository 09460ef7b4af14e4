"""khabar's normalizer and tokenizer as a spaCy tokenizer.

spaCy has no multiword tokens, so a clitic split becomes two spaCy tokens with no space
between them («کتابش» → «کتاب» «ش»), and ``doc._.multiword`` keeps each such group as a
``(first, last)`` token index pair with its surface form, which is what CoNLL-U needs to
write the range line back. The tokenizer also repairs the text, so ``doc.text`` is the
normalized text; ``doc._.original`` keeps the text as it was given.

Sentence boundaries come from khabar's sentence splitter, run line by line (a line is a
paragraph, and no sentence crosses one), and are set on the tokens, so a parser later in
the pipeline keeps them.
"""

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from khabar.text.normalizer import Normalizer
from khabar.text.tokenizer import tokenize

if not Doc.has_extension("multiword"):
    Doc.set_extension("multiword", default=[])
if not Doc.has_extension("original"):
    Doc.set_extension("original", default=None)


def text_of(doc: Doc) -> str:
    """``doc.text``, without rebuilding it from the tokens when the tokenizer kept it."""
    return doc.user_data.get("text") or doc.text


class KhabarTokenizer:
    """Callable ``text -> Doc``: repair, split into sentences, tokens and clitics."""

    def __init__(self, vocab: Vocab, normalize: bool = True, mixed: bool = False) -> None:
        """``mixed`` is as for :func:`khabar.text.normalizer.normalize`."""
        self.vocab = vocab
        self.normalizer = Normalizer(mixed=mixed) if normalize else None

    def __call__(self, text: str) -> Doc:
        norm = self.normalizer(text) if self.normalizer else text
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool | None] = []
        multiword: list[tuple[int, int, str]] = []
        cursor = 0

        def gap(until: int) -> None:
            """Whitespace before ``until`` other than one space after a word: a token of its own."""
            nonlocal cursor
            space = norm[cursor:until]
            if space and words and space == " ":
                spaces[-1] = True
            elif space:
                if words and space.startswith(" "):
                    spaces[-1] = True
                    space = space[1:]
                words.append(space)
                spaces.append(False)
                starts.append(None if words[:-1] else True)
            cursor = until

        line_start = 0
        for line in norm.split("\n"):
            for sentence in tokenize(line):
                first_in_sentence = True
                for token in sentence.tokens:
                    gap(line_start + token.start)
                    parts = token.words if "".join(token.words) == token.text else (token.text,)
                    if len(parts) > 1:
                        multiword.append((len(words), len(words) + len(parts) - 1, token.text))
                    for part in parts:
                        words.append(part)
                        spaces.append(False)
                        starts.append(first_in_sentence)
                        first_in_sentence = False
                    cursor = line_start + token.end
            line_start += len(line) + 1
        gap(len(norm))
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)
        doc._.multiword = multiword
        doc._.original = text
        # spaCy rebuilds doc.text from the tokens on every access; components that read
        # the whole text take it from here instead (see text_of).
        doc.user_data["text"] = norm
        return doc

    def to_disk(self, path, **kwargs) -> None:
        """Nothing to save: the tokenizer's data ships inside the package."""

    def from_disk(self, path, **kwargs) -> "KhabarTokenizer":
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "KhabarTokenizer":
        return self


@registry.tokenizers("khabar.Tokenizer.v1")
def create_tokenizer(normalize: bool = True):
    def make(nlp) -> KhabarTokenizer:
        return KhabarTokenizer(nlp.vocab, normalize=normalize)

    return make
