"""People: every mention of one person merged, with the titles the article gives them.

A person is found through a name: from the named-entity recognizer, or the subject of a
speech verb that reads as a name. Names are completed with a given name written before
them («یلدیریم» → «مولود یلدیریم»). Then, in this order:

1. a shorter name that ends a longer one is the same person («واسیلیف» → «ایگور واسیلیف»);
2. a title next to a name is that person's («سرگئی لاوروف، وزیر خارجه روسیه»), pairwise
   when names and titles are coordinated («لاوروف و تیلرسون، وزیر خارجه روسیه و آمریکا»);
3. a title standing alone is the person who holds it, when exactly one does, compared in
   one canonical spelling («رئیس دستگاه دیپلماسی روسیه» = «وزیر امور خارجه روسیه»);
4. a title nobody holds yet names the next person the body introduces by name, the first
   opening a sentence where one does: news says «رئیس کل بانک مرکزی» in the lead and the
   name in the next paragraph; between two turns of one speaker it is that speaker's,
   called by another office of theirs («وی افزود: … / رئیس شورای تأمین شهرستان گفت: …
   / احمدی ادامه داد: …»);
5. «وی» or «او» as a speaker is whoever spoke (or was named) last before it, but not
   whom they talked with or met («… با امانوئل ماکرون گفتگو کرد. وی گفت: …»).

An institution that speaks («مرکز آمار ایران اعلام کرد») is a speaker but not a person.

The modules, by job:

* :mod:`.lexicon`: given names, ordinary words, pronouns, institutions;
* :mod:`.shape`: whether a phrase reads as a name, a title or an institution;
* :mod:`.edges`: where a name begins and ends (honorifics, words run on to);
* :mod:`.finder`: the spans of the text that name people;
* :mod:`.guesses`: whether a guess of the recognizer names a person at all;
* :mod:`.completions`: the words the recognizer left out of a name;
* :mod:`.appositions`: titles given to the names beside them;
* :mod:`.cataphora`: a title opening the lead or a sentence, and its holder named next;
* :mod:`.holders`: who holds a title nobody holds yet;
* :mod:`.descriptions`: «این بازیکن» outside a speaker's subject, the player named last;
* :mod:`.offices`: whether two titles name one office;
* :mod:`.repeats`: later mentions by surname or given name;
* :mod:`.resolver`: :class:`People`, everything that names someone without their name;
* :mod:`.person`: :class:`Person`, the record.
"""

from khabar.news.people.lexicon import INSTITUTIONS, PRONOUNS, common_words, given_names
from khabar.news.people.person import Person
from khabar.news.people.resolver import People
from khabar.news.people.shape import is_institution, is_title, looks_like_name, of_an_institution
from khabar.text.chars import key

__all__ = [
    "INSTITUTIONS",
    "PRONOUNS",
    "People",
    "Person",
    "common_words",
    "given_names",
    "is_institution",
    "is_title",
    "key",
    "looks_like_name",
    "of_an_institution",
]
