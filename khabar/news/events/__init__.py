"""Events: who met, called, visited, agreed, stated or accused, with whom, where and when."""

from khabar.news.events.find import BODIES, Event, Mention, find_events

__all__ = ["BODIES", "Event", "Mention", "find_events"]
