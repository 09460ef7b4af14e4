"""Stories of a whole batch: syndicated copies grouped after analysis, the same way on one
machine and on Spark.

Copies are found as the store finds them (:mod:`khabar.corpus.dedup`): the same MinHash
signatures of the text's search-key shingles, candidates from the same LSH bands as
datasketch's ``MinHashLSH`` with dedup's threshold and number of permutations, and the
same containment test. A story is a connected component of the copy graph, and its id is
the ``id`` of its earliest copy (:attr:`khabar.scale.work.Done.rank`). Components rather
than the store's first-come assignment, because they do not depend on the order articles
are met in, which differs between processes, partitions and runs.

Spark's own ``MinHashLSH`` is not used: its hash functions and its exact Jaccard distance
differ from datasketch's, so its pairs would differ from the store's near the thresholds.
Splitting the same signatures into the same bands in a Spark job gives exactly the
candidates datasketch gives.
"""

from collections.abc import Iterable

import numpy as np
from datasketch import MinHashLSH

from khabar.corpus.dedup import CONTAINMENT, LSH_THRESHOLD, NUM_PERM, Signature
from khabar.scale.work import Rank

# The bands datasketch picks for dedup's threshold: (start, end) into the hash values.
BANDS = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges


def bands(sig: bytes) -> list[tuple[int, bytes]]:
    """``(band, its hash values)``: two articles sharing one are candidate copies."""
    values = np.frombuffer(sig, dtype="<u8")[1:]
    return [(i, values[start:end].tobytes()) for i, (start, end) in enumerate(BANDS)]


def is_copy(a: bytes, b: bytes) -> bool:
    """Whether one text is mostly inside the other, as :meth:`Stories.find` decides."""
    return Signature.from_bytes(a).containment(Signature.from_bytes(b)) >= CONTAINMENT


def first(a: tuple[Rank, bytes], b: tuple[Rank, bytes]) -> tuple[Rank, bytes]:
    """Which of two inputs with one id stands for it: the same choice everywhere."""
    return min(a, b)


def story_ids(articles: Iterable[tuple[str, Rank, bytes]]) -> dict[str, str]:
    """Each article id's story id, from ``(id, rank, signature)`` of every article."""
    chosen: dict[str, tuple[Rank, bytes]] = {}
    for article_id, rank, sig in articles:
        found = chosen.get(article_id)
        chosen[article_id] = (rank, sig) if found is None else first(found, (rank, sig))
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for article_id, (_, sig) in chosen.items():
        lsh.insert(article_id, Signature.from_bytes(sig).minhash, check_duplication=False)
    edges = (
        (rank, chosen[other][0])
        for article_id, (rank, sig) in chosen.items()
        for other in lsh.query(Signature.from_bytes(sig).minhash)
        if other != article_id and is_copy(sig, chosen[other][1])
    )
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
