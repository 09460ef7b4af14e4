"""People: the module moves to this package (resolver.py) before it is split by job."""

from khabar.news.people.resolver import INSTITUTIONS, People, Person, of_an_institution

__all__ = ["INSTITUTIONS", "People", "Person", "of_an_institution"]
