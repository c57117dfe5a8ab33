"""A throwaway labels_for for bench_dedupe_quality.py: the reports' figures as clash / agreement evidence.

Run from the project root:
    python bench/bench_dedupe_quality.py --quick --labels-for ecb_figure_wrapper:labels_for \
        --param fig_clash=1.0,0.75,0.5 --param fig_agree=0,0.1 --param place_clash=1.0 --param age_clash=0.5

Each compared pair's weighed similarity is multiplied by `fig_clash` where the two reports tell one figure label
with no value in common (survey_ecb_figures.verdict), and by 1 + `fig_agree` where they tell one with a value in
common and none clashes; `fig_key` 1 reads key figures only. Figures are read per report once (figures.extract,
about 23 ms a report: far too slow for grouping at scale, which is why this lives in bench/ only).
"""

from __future__ import annotations

from collections.abc import Sequence

from survey_ecb_figures import Told, told, verdict

from briefing.dedupe import event_labels
from briefing.dedupe import group as grouping
from briefing.models import Article

_CACHE: dict[tuple[str, bool], Told] = {}


def labels_for(articles: Sequence[Article], *, fig_clash: float = 1.0, fig_agree: float = 0.0, fig_key: int = 0,
               **params: object) -> Sequence[object]:
    """event_labels with each compared pair's similarity weighed by the two reports' figures."""
    by_id = {a.id: _told(a, bool(fig_key)) for a in articles}
    original = grouping.compare_pairs

    def weighed(batch: Sequence[Article], *args: object) -> tuple[list, list]:
        edges, near = original(batch, *args)  # type: ignore[arg-type]
        out = []
        for i, j, sim in edges:
            v = verdict(by_id.get(batch[i].id, {}), by_id.get(batch[j].id, {}))
            out.append((i, j, sim * fig_clash if v == "clash" else min(1.0, sim * (1 + fig_agree)) if v == "agree"
                        else sim))
        return out, near

    grouping.compare_pairs = weighed  # type: ignore[assignment]
    try:
        return event_labels(articles, **params)
    finally:
        grouping.compare_pairs = original  # type: ignore[assignment]


def _told(article: Article, key_only: bool) -> Told:
    """survey_ecb_figures.told, read once per report and setting (every fold and setting asks again)."""
    key = (article.id, key_only)
    if key not in _CACHE:
        _CACHE[key] = told(article, key_only)
    return _CACHE[key]
