"""The half-space repairer's rules, each on a lexicon of a few words written for the test.

A tiny lexicon shows which rule decides a word; the shipped lexicon would decide many of
these words from the treebanks alone.
"""

from collections import Counter
from pathlib import Path

import pytest

from khabar.text.chars import ZWNJ
from khabar.text.halfspace import HalfSpaceRepairer
from khabar.text.halfspace_build import (
    _hazm_names,
    _hazm_words,
    _join_derived,
    _phrase_pairs,
    _prepositional_pairs,
    _shekar_vocab,
    _ud_joined_inflections,
    _visible,
    _whole_compounds,
    _with_clitic,
)
from khabar.text.normalizer import normalize

Z = ZWNJ
BIG, SMALL = 10**8, 10**6


def repairer(**tables: object) -> HalfSpaceRepairer:
    lexicon: dict = {
        "forms": {},
        "protected": [],
        "stems": {},
        "adjectives": [],
        "verbs": [("نوشت", "نویس")],
    }
    lexicon.update(tables)
    return HalfSpaceRepairer(**lexicon)


def test_ezafe_hamza_does_not_hide_the_word() -> None:
    r = repairer(forms={"واژهنامه": f"واژه{Z}نامه"})
    assert r.repair_line("واژهنامهٔ درست") == f"واژه{Z}نامهٔ درست"


@pytest.mark.parametrize(
    ("form", "word", "repaired"),
    [
        (f"دوچرخه{Z}سوار", "دوچرخهسواران", f"دوچرخه{Z}سواران"),
        (f"ستم{Z}دیده", "ستمدیدگان", f"ستم{Z}دیدگان"),
        (f"صاحب{Z}نظر", "صاحبنظرانی", f"صاحب{Z}نظرانی"),
    ],
)
def test_a_half_spaced_form_keeps_its_half_space_before_a_joined_ending(
    form: str, word: str, repaired: str
) -> None:
    r = repairer(forms={form.replace(Z, ""): form})
    assert r.spell(word) == repaired


def test_a_word_derived_from_a_joined_word_is_joined_too() -> None:
    forms = {
        "نهصد": "نهصد",
        "نهصدمین": f"نه{Z}صدمین",
        "پاسخگو": "پاسخگو",
        "پاسخگوی": f"پاسخ{Z}گوی",
        "کتابخوان": f"کتاب{Z}خوان",
        "کتابخوانی": f"کتاب{Z}خوانی",
        "خانهها": f"خانه{Z}ها",
    }
    _join_derived(forms)
    assert forms["نهصدمین"] == "نهصدمین"
    assert forms["پاسخگوی"] == "پاسخگوی"
    assert forms["کتابخوانی"] == f"کتاب{Z}خوانی"
    assert forms["خانهها"] == f"خانه{Z}ها"


def test_a_new_compound_keeps_its_half_space_before_a_joined_ending() -> None:
    r = repairer(stems={"فلوت": ("فلوت", SMALL)}, right_parts=["نواز"])
    assert r.spell("فلوتنوازان") == f"فلوت{Z}نوازان"


def test_a_word_the_web_writes_whole_is_no_new_compound() -> None:
    stems = {"گروگان": ("گروگان", BIG), "گروگانگیر": ("گروگانگیر", SMALL)}
    r = repairer(stems=stems, right_parts=["گیر"])
    assert r.repair_line("پلیس یک گروگانگیر را بازداشت کرد") == "پلیس یک گروگانگیر را بازداشت کرد"
    assert r.spell("گروگانگیران") == f"گروگان{Z}گیران"


def test_a_determiner_or_verb_prefix_typed_onto_a_word_is_no_new_compound() -> None:
    stems = {w: (w, BIG) for w in ("این", "می", "کار", "نقشه")}
    r = repairer(stems=stems, right_parts=["کار", "انداز"])
    assert r.repair_line("او اینکار را نکرد") == "او اینکار را نکرد"
    assert r.spell("میانداز") == "میانداز"
    assert r.spell("نقشهکار") == f"نقشه{Z}کار"


def test_a_personal_pronoun_typed_onto_a_word_is_no_new_compound() -> None:
    stems = {w: (w, BIG) for w in ("وی", "آینده")}
    r = repairer(stems=stems, right_parts=["نگر"])
    assert r.spell("وینگر") == "وینگر"
    assert r.spell("آیندهنگر") == f"آینده{Z}نگر"
    assert normalize("وینگر برزیلی والنسیا") == "وینگر برزیلی والنسیا"


def test_a_name_bin_and_a_name_typed_as_one_word_are_set_apart() -> None:
    names = ("عدی", "حاتم", "سعید", "عاص", "فرو", "شان")
    r = repairer(stems={n: (n, SMALL) for n in names}, verbs=[("نشاند", "نشان")])
    assert r.repair_line("عدیبنحاتم به کوفه رفت") == f"عدی{Z}بن{Z}حاتم به کوفه رفت"
    assert r.spell("سعیدبنعاص") == f"سعیدبن{Z}عاص"
    assert r.spell("فروبنشان") == "فروبنشان"
    r = repairer(stems={n: (n, SMALL) for n in ("خود", "یاد")}, known=["بنیاد"])
    assert r.spell("خودبنیاد") == "خودبنیاد"


def test_a_plural_with_the_copula_is_spelled_as_the_plural() -> None:
    r = repairer(stems={"دل": ("دل", BIG)}, forms={"آنها": "آنها"})
    assert r.repair_line("این حرف دلهاست") == f"این حرف دل{Z}هاست"
    assert r.repair_line("این خواسته آنهاست") == "این خواسته آنهاست"


def test_two_words_typed_together_after_a_silent_he_are_set_apart() -> None:
    words = ("نیمه", "فعال", "راه", "آهن", "اله", "لال")
    r = repairer(protected=words, stems={w: (w, BIG) for w in words})
    assert r.repair_line("کارخانه نیمهفعال است") == f"کارخانه نیمه{Z}فعال است"
    assert r.spell("راهآهن") == "راهآهن"
    assert r.spell("الهلال") == "الهلال"


def test_a_family_name_takes_a_half_space_after_ye_or_he_only() -> None:
    r = repairer(
        stems={"فتحی": ("فتحی", SMALL), "تابنده": ("تابنده", SMALL), "حسن": ("حسن", SMALL)}
    )
    assert r.spell("فتحینژاد") == f"فتحی{Z}نژاد"
    assert r.spell("تابندهفر") == f"تابنده{Z}فر"
    assert r.spell("حسنپور") == "حسنپور"


def test_a_word_no_lexicon_knows_is_read_as_plural_or_perfect() -> None:
    r = repairer()
    assert r.spell("زیرعبارتها") == f"زیرعبارت{Z}ها"
    assert r.spell("بازتابیدهاند") == f"بازتابیده{Z}اند"


def test_a_known_word_is_not_read_as_an_unknown_plural() -> None:
    assert repairer(known=["پرتوها"]).spell("پرتوها") == "پرتوها"


def test_indefinite_after_final_ye() -> None:
    r = repairer(stems={"سنتی": ("سنتی", SMALL), "دری": ("دری", SMALL), "دریا": ("دریا", BIG)})
    assert r.spell("سنتیای") == f"سنتی{Z}ای"
    assert r.spell("دریای") == "دریای"


def test_a_joined_reading_with_the_more_common_stem_wins() -> None:
    r = repairer(stems={"متهم": ("متهم", BIG), "مته": ("مته", SMALL)})
    assert r.spell("متهمان") == "متهمان"


def test_a_noun_in_tari_is_no_comparative() -> None:
    r = repairer(stems={"کلان": ("کلان", BIG)}, adjectives=["کلان"], known=["کلانتری"])
    assert r.spell("کلانتری") == "کلانتری"
    assert r.spell("کلانتر") == f"کلان{Z}تر"


DAST = {"دست": ("دست", BIG), "دسته": ("دسته", SMALL)}


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("دستهای بزرگ", f"دست{Z}های بزرگ"),
        ("دستهای که رسید", f"دسته{Z}ای که رسید"),
        ("دستهای از مردم", f"دسته{Z}ای از مردم"),
        ("آمد دستهای.", f"آمد دسته{Z}ای."),
        ("آمد دستهای", f"آمد دسته{Z}ای"),
    ],
)
def test_no_ezafe_before_a_function_word_or_the_end(line: str, repaired: str) -> None:
    r = repairer(stems=DAST, protected=list(DAST))
    assert r.repair_line(line) == repaired


def test_context_is_not_read_in_a_line_that_has_half_spaces() -> None:
    r = repairer(stems=DAST, protected=list(DAST))
    r.repair_line("دستهای بزرگ")
    assert r.repair_line(f"دست{Z}های که") == f"دست{Z}های که"


def test_a_joined_mi_that_is_a_known_word_stays_in_a_line_with_half_spaces() -> None:
    r = repairer(protected=["میدان"], verbs=[("دانست", "دان")])
    assert r.repair_line(f"بازی{Z}های میدانی") == f"بازی{Z}های میدانی"
    assert r.repair_line(f"بازی{Z}ها را میدانی") == f"بازی{Z}ها را میدانی"
    assert r.repair_line(f"کتاب{Z}ها را میدانستی") == f"کتاب{Z}ها را می{Z}دانستی"


def test_no_half_space_after_a_letter_that_does_not_join() -> None:
    assert _visible(f"فرو{Z}پاشی") == "فروپاشی"
    assert _visible(f"در{Z}نتیجه") == "درنتیجه"
    assert _visible(f"به{Z}کار{Z}رفته") == f"به{Z}کاررفته"


@pytest.mark.parametrize(
    "line",
    ["فروپاشی شوروی را دید", "همانها را دید", "پیشرفت چشمگیری داشت", "آنها آمدند"],
)
def test_clean_text_with_joined_words_stays_as_written(line: str) -> None:
    assert normalize(line) == line


CONLLU = """# text = {text}
1\t{plural}\t{lemma}\tNOUN\tN_PL\tNumber=Plur\t0\troot\t_\t_
2\tبزرگتر\tبزرگ\tADJ\tADJ_CMPR\tDegree=Cmp\t1\tamod\t_\t_
3\tبیشتر\tبیش\tADJ\tADJ_CMPR\tDegree=Cmp\t1\tamod\t_\t_
4\tدفتر\tدفتر\tNOUN\tN_SING\tNumber=Sing\t1\tnmod\t_\t_
5\tکشورها\tکشور\tNOUN\tN_PL\tNumber=Plur\t1\tnmod\t_\t_

"""


def test_joined_plurals_and_comparatives_of_a_treebank_are_found(tmp_path: Path) -> None:
    (tmp_path / "ud").mkdir()
    text = "فیلمهای بزرگتر بیشتر دفتر کشورها"
    conllu = CONLLU.format(text=text, plural="فیلمهای", lemma="فیلم")
    (tmp_path / "ud/fa_seraji-ud-dev.conllu").write_text(conllu, encoding="utf-8")
    joined = _ud_joined_inflections(tmp_path, list, "ud/fa_seraji-ud-dev.conllu")
    assert joined == {"فیلمهای", "بزرگتر"}
    assert _with_clitic("فیلمهایش", joined)
    assert not _with_clitic("فیلم", joined)


def test_web_counts_of_one_word_in_several_spellings_add_up(tmp_path: Path) -> None:
    """shekar lists «اطلاعیه» and «اطلاعیه‌» apart; keeping only the last count made
    «اطلاعیهای» read as «اطلاعی‌های»."""
    (tmp_path / "lexicon/shekar").mkdir(parents=True)
    rows = ["اطلاعیه,1000", f"اطلاعیه{Z},20", "اطلاعيه,5", "اطلاعی,400"]
    (tmp_path / "lexicon/shekar/vocab.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert _shekar_vocab(tmp_path) == {"اطلاعیه": 1025, "اطلاعی": 400}
    assert normalize("در اطلاعیهای اعلام کرد") == f"در اطلاعیه{Z}ای اعلام کرد"


def test_a_word_hazm_lists_again_among_given_names_keeps_its_tags(tmp_path: Path) -> None:
    """hazm's list ends with given names in Arabic letters («بيان»): read over the
    tagged «بیان», that entry wiped out its tags, and 828 words were not protected."""
    (tmp_path / "lexicon/hazm").mkdir(parents=True)
    rows = ["بیان\t7443445\tN,AJ,RES", "تیم\t0\t0", "بيان\t0\t0", "كيميا\t0\t0"]
    (tmp_path / "lexicon/hazm/words.dat").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert _hazm_words(tmp_path) == {
        "بیان": (7443445, {"N", "AJ", "RES"}),
        "تیم": (0, set()),
        "کیمیا": (0, set()),
    }
    assert _hazm_names(tmp_path) == {"بیان", "کیمیا"}


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("گفت: «(نمی نویسم)».", f"گفت: «(نمی{Z}نویسم)»."),
        ("دیروز می نوشتند؟", f"دیروز می{Z}نوشتند؟"),
        ("نمی توان دید", f"نمی{Z}توان دید"),
        ("بادها برمی خیزند", f"بادها برمی{Z}خیزند"),
        ("نسیم می وزد", f"نسیم می{Z}وزد"),
    ],
)
def test_a_spaced_verb_prefix_is_joined(line: str, repaired: str) -> None:
    r = repairer(verbs=[("نوشت", "نویس"), ("توانست", "توان")])
    assert r.repair_line(line) == repaired


@pytest.mark.parametrize(
    "line",
    [
        "در ماه می تعداد بیکاران کاهش یافت.",
        "در ماه می دولت آمریکا تصمیم گرفت.",
        "قیمت نفت در ماه می دو درصد افزایش یافت",
        "ترزا می تاکید کرد که توافق ممکن است.",
        "ترزا می اعلام کرد که استعفا داد.",
        "در ماه می ۲۰۱۹ انتخابات برگزار شد.",
    ],
)
def test_may_the_month_and_the_name_is_no_verb_prefix(line: str) -> None:
    assert normalize(line) == line


def test_no_verb_prefix_before_a_listed_word_or_after_the_month() -> None:
    r = repairer(known=["دولت"], verbs=[("رسید", "رس")])
    assert r.repair_line("نسیم می دولت") == "نسیم می دولت"
    assert r.repair_line("در ماه می رسید") == "در ماه می رسید"
    assert r.repair_line("نامه می رسید") == f"نامه می{Z}رسید"


@pytest.mark.parametrize(
    ("line", "repaired"),
    [
        ("زندگی ام را دادم", f"زندگی{Z}ام را دادم"),
        ("کتاب ها رسم سنتی ای بود", f"کتاب{Z}ها رسم سنتی{Z}ای بود"),
        ("بچه های بزرگ ترها", f"بچه{Z}های بزرگ{Z}ترها"),
        ("ما بالغ تریم", f"ما بالغ{Z}تریم"),
        ("این کتاب هاست", f"این کتاب{Z}هاست"),
    ],
)
def test_a_spaced_ending_is_joined(line: str, repaired: str) -> None:
    r = repairer(adjectives=["بزرگ", "بالغ"])
    assert r.repair_line(line) == repaired


def test_the_vocative_is_not_joined_after_a_plain_word() -> None:
    assert repairer().repair_line("گفتم ای دوست") == "گفتم ای دوست"


@pytest.mark.parametrize(
    "line", ["ساقی ای ساقی جام را پر کن", "شرکت بی ام و خودروهای جدید عرضه کرد."]
)
def test_no_ending_after_ye_of_a_vocative_or_a_letter_name(line: str) -> None:
    assert normalize(line) == line


def test_the_indefinite_after_ye_is_joined_where_listed_or_the_line_is_spaced() -> None:
    r = repairer(forms={"سنتیای": f"سنتی{Z}ای"})
    assert r.repair_line("رسم سنتی ای بود") == f"رسم سنتی{Z}ای بود"
    assert r.repair_line("زندگی ای بود") == "زندگی ای بود"
    assert r.repair_line("کتاب ها زندگی ای بود") == f"کتاب{Z}ها زندگی{Z}ای بود"
    assert r.repair_line("سی ام اردیبهشت") == f"سی{Z}ام اردیبهشت"


def test_a_compound_no_phrase_could_be_is_joined_in_a_line_without_half_spaces() -> None:
    forms = {"شبکهسازی": f"شبکه{Z}سازی", "راهشیری": f"راه{Z}شیری"}
    r = repairer(forms=forms, whole=["شبکهسازی"])
    assert r.repair_line("از شبکه سازی گفت") == f"از شبکه{Z}سازی گفت"
    assert r.repair_line("از راه شیری گفت") == "از راه شیری گفت"
    assert r.repair_line(f"از شبکه سازی و هم{Z}اکنون گفت") == f"از شبکه سازی و هم{Z}اکنون گفت"


def test_a_weekday_in_two_words_is_joined_in_any_line() -> None:
    r = repairer(forms={"سهشنبه": f"سه{Z}شنبه", "پنجشنبه": "پنجشنبه"})
    assert r.repair_line(f"ترامپ سه شنبه گفت: «چاره{Z}ای ندارد.»") == (
        f"ترامپ سه{Z}شنبه گفت: «چاره{Z}ای ندارد.»"
    )
    assert r.repair_line("روز پنج شنبه و یک شنبه ها") == f"روز پنجشنبه و یک{Z}شنبه{Z}ها"


def _word_lists(root: Path, stopwords: str, verbs: str) -> None:
    """The hazm and shekar lists ``_whole_compounds`` reads, under a data folder ``root``."""
    (root / "lexicon/hazm").mkdir(parents=True)
    (root / "lexicon/shekar").mkdir(parents=True)
    (root / "lexicon/hazm/stopwords.dat").write_text(stopwords, encoding="utf-8")
    (root / "lexicon/hazm/verbs.dat").write_text(verbs, encoding="utf-8")
    (root / "lexicon/shekar/verbs.csv").write_text("", encoding="utf-8")


def test_whole_compounds_have_a_productive_part_and_no_phrase_reading(tmp_path: Path) -> None:
    _word_lists(tmp_path, stopwords="هیچ\n", verbs="شد#شو\n")
    words = [f"شبکه{Z}سازی", f"هیچ{Z}سازی", f"واقع{Z}شده", f"خلیج{Z}فارس", f"کم{Z}سازی"]
    hazm = {w: (1, {"N"}) for w in words} | {f"کم{Z}سازی": (1, set())}
    forms = {w.replace(Z, ""): w for w in words}
    parts = {"سازی", "شده"}
    assert _whole_compounds(tmp_path, hazm, forms, parts) == ["شبکهسازی"]


def test_an_arabic_phrase_is_whole_after_a_function_word_too(tmp_path: Path) -> None:
    _word_lists(tmp_path, stopwords="علیه\nهیچ\n", verbs="شد#شو\n")
    words = [f"علیه{Z}السلام", f"هیچ{Z}سازی"]
    forms = {w.replace(Z, ""): w for w in words}
    assert _whole_compounds(tmp_path, {}, forms, {"سازی"}) == ["علیهالسلام"]


def test_a_compound_that_reads_as_a_verb_or_phrase_stays_spaced() -> None:
    words = [f"پخش{Z}شده", f"غم{Z}زده", f"هیچ{Z}جا", f"ای{Z}کاش", f"کتاب{Z}خانه", f"کتاب{Z}ها"]
    forms = {w.replace(Z, ""): w for w in words}
    assert _phrase_pairs(forms, {"شده", "زده"}) == {"پخش شده", "هیچ جا", "ای کاش"}
    r = repairer(forms=forms, spaced=["پخش شده"])
    assert r.repair_line("کتاب ها پخش شده است") == f"کتاب{Z}ها پخش شده است"
    assert r.repair_line("کتاب ها غم زده است") == f"کتاب{Z}ها غم{Z}زده است"


def test_a_preposition_and_noun_stay_spaced_unless_the_treebanks_half_space_them() -> None:
    words = [f"به{Z}سادگی", f"به{Z}شدت", f"کتاب{Z}خانه"]
    forms = {w.replace(Z, ""): w for w in words}
    ud = {"بهشدت": Counter({f"به{Z}شدت": 3})}
    ud_pairs = Counter({"به شدت": 1})
    assert _prepositional_pairs(forms, ud, ud_pairs) == {"به سادگی"}
    r = repairer(forms=forms, spaced=["به سادگی"])
    line = "او به سادگی و به شدت گفت که کتاب ها را می خواند"
    repaired = f"او به سادگی و به{Z}شدت گفت که کتاب{Z}ها را می{Z}خواند"
    assert r.repair_line(line) == repaired


def test_a_spaced_compound_is_found_in_its_plural() -> None:
    r = repairer(forms={"کتابخوان": f"کتاب{Z}خوان"})
    line = "کتاب ها را کتاب خوانانی خواندند"
    assert r.repair_line(line) == f"کتاب{Z}ها را کتاب{Z}خوانانی خواندند"
    assert r.repair_line("کتاب خوانش را دید") == "کتاب خوانش را دید"


def test_a_spaced_privative_is_joined_where_the_lexicon_knows_the_adjective() -> None:
    r = repairer(forms={"بیصدا": f"بی{Z}صدا"})
    assert r.repair_line("او بی صدا رفت") == f"او بی{Z}صدا رفت"
    assert r.repair_line("او بی تو رفت") == "او بی تو رفت"


def test_a_spaced_privative_is_not_joined_to_a_determiner() -> None:
    line = "او بی هیچ تردیدی این طرح را رد کرد."
    assert normalize(line) == line
    assert repairer(forms={"بیهیچ": f"بی{Z}هیچ"}).repair_line("بی هیچ تردیدی") == "بی هیچ تردیدی"


def test_an_ezafe_hamza_does_not_hide_a_spaced_compound() -> None:
    r = repairer(forms={"واژهنامه": f"واژه{Z}نامه"})
    line = "کتاب ها و واژه نامهٔ او"
    assert r.repair_line(line) == f"کتاب{Z}ها و واژه{Z}نامهٔ او"


def test_a_spaced_compound_written_joined_takes_its_half_space() -> None:
    r = repairer(forms={"کتابخانه": "کتابخانه"}, split_joined=[f"کتاب{Z}خانه"])
    line = "کتاب ها در کتاب خانه"
    assert r.repair_line(line) == f"کتاب{Z}ها در کتاب{Z}خانه"
    assert r.repair_line("کتابخانه") == "کتابخانه"


def test_a_numeral_compound_is_whole_but_not_before_a_function_word(tmp_path: Path) -> None:
    _word_lists(tmp_path, stopwords="تا\n", verbs="")
    words = [f"چهار{Z}گوشه", f"چهار{Z}تا"]
    hazm = {w: (1, {"N"}) for w in words} | {"چهار": (1, {"NUM"})}
    forms = {w.replace(Z, ""): w for w in words}
    assert _whole_compounds(tmp_path, hazm, forms, set()) == ["چهارگوشه"]


def test_a_numeral_and_a_month_or_a_counted_noun_is_not_whole(tmp_path: Path) -> None:
    _word_lists(tmp_path, stopwords="", verbs="")
    words = [f"هفت{Z}تیر", f"چهل{Z}ستون", f"سه{Z}شنبه", f"سه{Z}جانبه"]
    hazm = {w: (1, {"N"}) for w in [*words, "تیر", "ستون", "شنبه"]} | {"سه": (1, {"NUM"})}
    hazm |= {"هفت": (1, {"NUM"}), "چهل": (1, {"NUM"})}
    forms = {w.replace(Z, ""): w for w in words} | {"دوشنبه": "دوشنبه"}
    assert _whole_compounds(tmp_path, hazm, forms, set()) == ["سهجانبه", "سهشنبه"]
    line = "تجمع امروز در میدان هفت تیر تهران برگزار شد."
    assert normalize(line) == line


def test_an_untagged_compound_is_whole_if_its_part_is_no_word_by_itself(tmp_path: Path) -> None:
    _word_lists(tmp_path, stopwords="", verbs="")
    words = [f"بحران{Z}سازی", f"اختلاف{Z}نظر", f"قرض{Z}الحسنه"]
    hazm = {"نظر": (10**7, {"N"})}
    forms = {w.replace(Z, ""): w for w in words}
    assert _whole_compounds(tmp_path, hazm, forms, {"سازی", "نظر"}) == [
        "بحرانسازی",
        "قرضالحسنه",
    ]


def test_also_before_a_verb_in_the_past_is_no_compound_in_spaced_text() -> None:
    line = "مدیرعامل باشگاه هم گفت که از داوری شکایت می کند."
    assert normalize(line) == "مدیرعامل باشگاه هم گفت که از داوری شکایت می‌کند."
    assert normalize("بازیکنان هم رفتند و تیم ها ماندند.") == "بازیکنان هم رفتند و تیم‌ها ماندند."


def test_a_plural_before_a_place_is_no_indefinite_noun_in_silent_h() -> None:
    assert normalize("سدهای تهران پر هستند.") == "سدهای تهران پر هستند."
    assert normalize("سدهای کشور پر هستند.") == "سدهای کشور پر هستند."
    assert normalize("گوشهای از تهران دیده شد.") == f"گوشه{ZWNJ}ای از تهران دیده شد."
    assert normalize("نشریهای فرانسوی نوشت.") == f"نشریه{ZWNJ}ای فرانسوی نوشت."


def test_a_possessive_after_a_long_vowel_is_no_plural() -> None:
    """«انتهایش» is «انتها» + «یش», not «انت» + «هایش»."""
    assert normalize("در انتهایش و ابتدایش") == "در انتهایش و ابتدایش"
    assert normalize("کتابهایش") == f"کتاب{ZWNJ}هایش"
