"""Input no news article holds but a user can still hand over: very long runs of letters."""

import time

from khabar.text.halfspace import MAX_WORD
from khabar.text.normalizer import default_repairer, normalize


def test_a_long_run_of_one_ending_does_not_overflow_the_stack() -> None:
    """«ها» repeated was read as a plural of a plural of …, one call deeper per ending."""
    run = "ها" * 3000
    assert normalize(run) == run


def test_a_long_run_of_letters_takes_linear_time() -> None:
    """A line of 100,000 letters with its spaces lost took over a minute (every cut of it
    was tried as a compound); a 100 MB line is cut into pieces of a million such."""
    run = "کتاب" * 25_000
    started = time.perf_counter()
    assert normalize(run) == run
    assert time.perf_counter() - started < 10


def test_no_word_of_the_lexicon_is_longer_than_the_analysed_length() -> None:
    """Runs longer than ``MAX_WORD`` are left as written, so no table may hold one."""
    repairer = default_repairer()
    tables = (repairer.forms, repairer.protected, repairer.stems, repairer.known)
    assert max(len(word) for table in tables for word in table) <= MAX_WORD // 2
