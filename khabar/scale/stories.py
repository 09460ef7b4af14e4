"""Stories of a whole batch: syndicated copies grouped after analysis, the same way on one
machine and on Spark.

Copies are found as the store finds them (:mod:`khabar.corpus.dedup`): the same MinHash
signatures of the text's search-key shingles, candidates sharing one of the same band keys
(:func:`~khabar.corpus.dedup.band_keys`, the bands datasketch's ``MinHashLSH`` picks for
dedup's threshold), and the same containment test. A story is a connected component of the
copy graph, and its id is the ``id`` of its earliest copy
(:attr:`khabar.scale.work.Done.rank`). Components rather than the store's first-come
assignment, because they do not depend on the order articles are met in, which differs
between processes, partitions and runs.

Spark's own ``MinHashLSH`` is not used: its hash functions and its exact Jaccard distance
differ from datasketch's, so its pairs would differ from the store's near the thresholds.
Keying the same signatures by the same bands in a Spark job (:func:`copy_pairs`) gives
exactly the candidates :func:`story_ids` finds on one machine. The Spark job lives here,
away from the analysis, so a Python worker that only groups stories does not import spaCy.
"""

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from khabar.corpus.dedup import CONTAINMENT, Signature, band_keys, near_in_time

if TYPE_CHECKING:
    from pyspark import RDD

# An article's place among its copies: earliest publication date first (undated last),
# then its id, so the story id is the same whatever order the copies are met in.
Rank = tuple[bool, str, str]


def bands(sig: bytes) -> list[int]:
    """The band keys of a signature's bytes: two articles sharing one are candidates."""
    return band_keys(np.frombuffer(sig, dtype="<u8")[1:])


def is_copy(a: tuple[Rank, bytes], b: tuple[Rank, bytes]) -> bool:
    """Whether two articles (rank and signature) are copies, as :meth:`Stories.find`
    decides: published near each other, one text mostly inside the other."""
    (rank_a, sig_a), (rank_b, sig_b) = a, b
    if not near_in_time(rank_a[1], rank_b[1]):
        return False
    return Signature.from_bytes(sig_a).containment(Signature.from_bytes(sig_b)) >= CONTAINMENT


def first(a: tuple[Rank, bytes], b: tuple[Rank, bytes]) -> tuple[Rank, bytes]:
    """Which of two inputs with one id stands for it: the same choice everywhere."""
    return min(a, b)


def story_ids(articles: Iterable[tuple[str, Rank, bytes]]) -> dict[str, str]:
    """Each article id's story id, from ``(id, rank, signature)`` of every article."""
    chosen: dict[str, tuple[Rank, bytes]] = {}
    for article_id, rank, sig in articles:
        found = chosen.get(article_id)
        chosen[article_id] = (rank, sig) if found is None else first(found, (rank, sig))
    buckets: dict[int, list[str]] = defaultdict(list)
    for article_id, (_, sig) in chosen.items():
        for band in bands(sig):
            buckets[band].append(article_id)
    candidates = {pair for ids in buckets.values() for pair in _pairs(ids)}
    edges = ((chosen[a][0], chosen[b][0]) for a, b in candidates if is_copy(chosen[a], chosen[b]))
    found = components(edges)
    return {article_id: found.get(article_id, article_id) for article_id in chosen}


def components(edges: Iterable[tuple[Rank, Rank]]) -> dict[str, str]:
    """The story id of every article in ``edges`` (pairs of copies, each article given by
    its rank): the id of the earliest article in its connected component."""
    root: dict[Rank, Rank] = {}

    def find(node: Rank) -> Rank:
        root.setdefault(node, node)
        while root[node] != node:
            root[node] = root[root[node]]
            node = root[node]
        return node

    for a, b in edges:
        a, b = sorted((find(a), find(b)))
        if a != b:
            root[b] = a
    return {node[2]: find(node)[2] for node in list(root)}


def copy_pairs(keys: "RDD", partitions: int) -> "RDD":
    """``(rank, rank)`` of every pair of copies among ``keys``, ``(id, (rank, signature))``
    of every article: on Spark what :func:`story_ids` finds on one machine.

    Every shuffle names its partitions: left to Spark, they follow the input's.
    """
    chosen = keys.reduceByKey(first, partitions)
    candidates = (
        chosen.flatMap(lambda kv: [(band, kv[0]) for band in bands(kv[1][1])])
        .groupByKey(partitions)
        .flatMap(lambda kv: _pairs(kv[1]))
        .distinct(partitions)
    )
    return (
        candidates.join(chosen, partitions)
        .map(lambda x: (x[1][0], x[1][1]))
        .join(chosen, partitions)
        .values()
        .filter(lambda x: is_copy(x[0], x[1]))
        .map(lambda x: (x[0][0], x[1][0]))
    )


def _pairs(ids) -> list[tuple[str, str]]:
    ids = sorted(set(ids))
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


def spark_components(edges: "RDD", partitions: int) -> "RDD":
    """``(id, smallest rank in its component)`` for every article with a copy, by Spark,
    for copy graphs too large for one machine (:func:`components`).

    Each round every article takes the smallest label among its own and its copies'; it
    stops when no label changes, after as many rounds as the widest story is long.
    """
    links = edges.flatMap(lambda e: [e, (e[1], e[0])]).cache()
    labels = links.keys().distinct(partitions).map(lambda n: (n, n))
    while True:
        spread = links.join(labels, partitions).values()
        new = labels.union(spread).reduceByKey(min, partitions)
        new.localCheckpoint()  # cut the lineage that grows each round
        if new.join(labels, partitions).filter(lambda x: x[1][0] != x[1][1]).count() == 0:
            return new.map(lambda kv: (kv[0][2], kv[1]))
        labels = new
