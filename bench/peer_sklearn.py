"""The peer: what a plain scikit-learn pipeline gets, measured beside ours in the same run.

TfidfVectorizer (sublinear tf, English stop words) -> cosine of every pair as a sparse matrix product,
a block of rows at a time, keeping pairs with cosine >= 0.4 -> connected components (scipy). No
blocking, no copy detection, no splitting: the obvious thing an engineer would write in an afternoon.

scikit-learn is a bench-only dependency (the extra `bench` in pyproject.toml): `pip install -e '.[bench]'`.
Without it `available()` says why and the benches skip the peer.
"""

from __future__ import annotations

from collections.abc import Sequence

PEER_THRESHOLD = 0.4
# Rows of the similarity matrix computed at once. A shared word (boilerplate such as "newsletter") makes
# a block dense: 512 rows x 100k columns is at most 51M stored cosines (~600 MB) before the threshold.
BLOCK = 512


def available() -> str | None:
    """None when scikit-learn and scipy import; otherwise the reason the peer is skipped."""
    try:
        import scipy.sparse.csgraph  # noqa: F401
        import sklearn.feature_extraction.text  # noqa: F401
    except ImportError as error:
        missing = (error.name or "scikit-learn").partition(".")[0]
        return f"scikit-learn peer skipped: {missing} cannot be imported (pip install -e '.[bench]')"
    return None


def peer_labels(texts: Sequence[str], threshold: float = PEER_THRESHOLD) -> list[int]:
    """Connected components of the graph of pairs whose TF-IDF cosine reaches `threshold`."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(texts)
    if n == 0:
        return []
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32).fit_transform(texts)
    transposed = matrix.T.tocsr()
    rows, cols = [], []
    for lo in range(0, n, BLOCK):
        block = (matrix[lo:lo + BLOCK] @ transposed).tocoo()
        keep = block.data >= threshold
        rows.append(block.row[keep] + lo)
        cols.append(block.col[keep])
        del block, keep
    r, c = np.concatenate(rows), np.concatenate(cols)
    graph = coo_matrix((np.ones(len(r), dtype=np.int8), (r, c)), shape=(n, n))
    return connected_components(graph, directed=False)[1].tolist()
