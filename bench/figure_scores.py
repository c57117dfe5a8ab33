"""Matching and scores for extracted figures against gold (used by bench_figures.py).

Only the public API is used: `briefing.figures.extract_figures`, `briefing.models.Article`/`Figure`.

A *claim* is one (value, upper, unit, source) credit with its quote. A predicted claim matches a gold
item with the same source, value, range top and unit (same unit, head word or first word; casualty
units by meaning: deaths = killed). Gold quotes break ties between equal values (two people aged 32);
seed `evidence` is required, as before.

Scores of one set
- claim_p: matched / (matched + decoys hit). Real articles also have numbers that are neither key
  figures nor decoys (minor details); those predictions are *unlisted*, counted but not judged, so
  claim_p is precision over judged predictions, and claim_p_all = matched / every prediction is its
  lower bound. Seeds gold is exhaustive: there claim_p is matched / every prediction.
- claim_r: gold items matched / gold items.
- label_acc: over (predicted figure, gold figure) pairs linked by a matched claim: the label names
  one of the gold figure's keywords (case-insensitive, simple stemming) and is not bare.
- bare_share: predicted figures whose label is only generic words ("date", "total value").
- false_conflicts: predicted figures with status "conflict" whose claims come from fewer than two
  sources, or whose matched claims belong to two different gold figures; mixed: figures (any
  status) whose matched claims belong to two different gold figures.
- casualty_r: gold killed/injured/missing/arrested counts matched with the right value.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from briefing.figures import extract_figures
from briefing.models import Article, Figure

CASUALTY_UNITS = {
    "killed": {"killed", "deaths", "death", "dead", "died", "fatalities", "people killed"},
    "injured": {"injured", "injuries", "wounded", "hurt", "people injured"},
    "missing": {"missing", "people missing"},
    "arrested": {"arrested", "arrests", "arrest", "detained", "people arrested"},
}
GENERIC = frozenset({  # a label made only of these names no subject ("date", "total value")
    "date", "day", "time", "age", "amount", "sum", "duration", "period", "length", "percentage", "percent",
    "share", "rate", "ratio", "number", "count", "total", "value", "price", "cost", "figure", "quantity", "money",
    "size", "level", "change", "growth", "increase", "decrease", "year", "month", "distance", "weight", "speed",
    "area", "height", "width", "depth", "volume", "mass", "capacity", "power", "temperature", "frequency"})
_STOP = frozenset({"the", "a", "an", "of", "in", "on", "at", "for", "to", "by", "and", "or", "per", "its", "their"})


def detokenize(text: str) -> str:
    """ECB+ text is tokenised ('38 - year - old', '15, 800', 'a. m.'); restore ordinary spacing."""
    for _ in range(2):
        text = re.sub(r"(\w) - (\w)", r"\1-\2", text)
    text = re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)
    text = re.sub(r"(\w) / (\w)", r"\1/\2", text)
    text = re.sub(r"\b([ap])\. m\.", r"\1.m.", text)
    return re.sub(r" ([’'])\s?s\b", r"\1s", text)


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def _unit_key(unit: str) -> list[str]:
    words = [w.rstrip("s") for w in unit.lower().replace("²", "2").split()]
    return words or [""]


def casualty_kind(unit: str) -> str | None:
    unit = unit.lower().strip()
    return next((kind for kind, names in CASUALTY_UNITS.items() if unit in names), None)


def _label_casualty(label: str) -> str | None:
    """'deaths', 'Bolivia death toll', 'people injured' name a casualty count whatever the unit says."""
    stems = set(words(label))
    return next((kind for kind, names in CASUALTY_UNITS.items() if stems & {stem(n) for n in names}), None)


def units_match(gold: str, found: str, label: str = "") -> bool:
    """Same unit, or the same head word or first word ('Somali nationals' ~ 'nationals'); a casualty
    count matches one of the same kind (deaths = killed), in the unit or the label ('46 demonstrators'
    labelled 'demonstrators arrested': the product keeps the counted noun for arrests)."""
    kind = casualty_kind(gold)
    if kind:
        return casualty_kind(found) == kind or _label_casualty(label) == kind
    g, f = _unit_key(gold), _unit_key(found)
    return g == f or g[-1] == f[-1] or g[0] == f[0]


def stem(word: str) -> str:
    word = word.lower().removesuffix("'s").removesuffix("’s")
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + repl
            break
    return word[:-1] if len(word) > 4 and word[-1] in "ye" else word


def words(text: str) -> list[str]:
    return [stem(w) for w in re.findall(r"[^\W_]+", text.lower())]


def is_bare(label: str) -> bool:
    generic = {stem(g) for g in GENERIC}
    return all(w in generic or w in _STOP or w.isdigit() for w in words(label))


def label_ok(label: str, keywords: tuple[str, ...]) -> bool:
    have = set(words(label))
    return not is_bare(label) and any(set(words(k)) <= have for k in keywords)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


@dataclass(frozen=True)
class Gold:
    figure: int  # index of the gold figure in its case
    value: float
    upper: float | None
    unit: str
    source: str
    quote: str = ""
    keywords: tuple[str, ...] = ()
    quote_required: bool = False  # seed evidence must be in the predicted quote


@dataclass(frozen=True)
class Decoy:
    value: float
    source: str
    quote: str


@dataclass(frozen=True)
class Atom:
    figure: int  # index of the predicted figure
    value: float
    upper: float | None
    unit: str
    source: str
    quote: str
    label: str = ""  # the predicted figure's label


@dataclass
class Case:
    """Articles that go through extract_figures together, with the gold for them."""

    name: str
    articles: list[Article]
    gold: list[Gold]
    decoys: list[Decoy] = field(default_factory=list)


def atoms(figures: tuple[Figure, ...]) -> list[Atom]:
    out = []
    for i, figure in enumerate(figures):
        for claim in figure.claims:
            for k, source in enumerate(claim.source_ids):
                quote = claim.quotes[k] if k < len(claim.quotes) else " ".join(claim.quotes)
                out.append(Atom(i, claim.value, claim.upper, claim.unit, source, quote, figure.label))
    return out


def pair(gold: list[Gold], found: list[Atom]) -> dict[int, int]:
    """found index -> gold index, one to one; first pairs whose gold quote is in the predicted one."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for by_quote in (True, False):
        for j, f in enumerate(found):
            if j in pairs:
                continue
            for i, g in enumerate(gold):
                if i in used or g.source != f.source or not close(g.value, f.value) or not close(g.upper, f.upper):
                    continue
                quoted = bool(g.quote) and _norm(g.quote) in _norm(f.quote)
                must_quote = by_quote or (g.quote_required and bool(g.quote))
                if (must_quote and not quoted) or not units_match(g.unit, f.unit, f.label):
                    continue
                pairs[j] = i
                used.add(i)
                break
    return pairs


def hits_decoy(f: Atom, decoys: list[Decoy]) -> bool:
    for d in decoys:
        # a year in passing is hit by a date in that year; a decoy date by its year alone
        same = (close(d.value, abs(f.value)) or (f.unit == "date" and f.value // 10000 == d.value)
                or (d.value > 1e7 and d.value // 10000 == f.value))
        fq, dq = _norm(f.quote), _norm(d.quote)
        if d.source == f.source and same and (not fq or dq in fq or fq in dq):
            return True
    return False


COUNTS = ("gold", "found", "matched", "decoys", "unlisted", "shown", "bare", "labelled", "label_ok",
          "conflicts", "false_conflicts", "mixed", "casualties", "casualties_found")


def score_case(case: Case, figures: tuple[Figure, ...], explain: bool = False) -> dict[str, int]:
    found = atoms(figures)
    pairs = pair(case.gold, found)
    c = dict.fromkeys(COUNTS, 0)
    c.update(gold=len(case.gold), found=len(found), matched=len(pairs), shown=len(figures))
    spurious = [f for j, f in enumerate(found) if j not in pairs]
    decoy_hits = [f for f in spurious if hits_decoy(f, case.decoys)]
    c["decoys"], c["unlisted"] = len(decoy_hits), len(spurious) - len(decoy_hits)
    golds_of: dict[int, set[int]] = {}
    for j, i in pairs.items():
        golds_of.setdefault(found[j].figure, set()).add(case.gold[i].figure)
    keywords = {g.figure: g.keywords for g in case.gold}
    for k, figure in enumerate(figures):
        c["bare"] += is_bare(figure.label)
        linked = golds_of.get(k, set())
        c["mixed"] += len(linked) > 1
        if figure.status == "conflict":
            c["conflicts"] += 1
            c["false_conflicts"] += len(figure.source_ids) < 2 or len(linked) > 1
        for gi in linked:
            if keywords[gi]:
                c["labelled"] += 1
                c["label_ok"] += label_ok(figure.label, keywords[gi])
    matched_gold = set(pairs.values())
    for i, g in enumerate(case.gold):
        if casualty_kind(g.unit):
            c["casualties"] += 1
            c["casualties_found"] += i in matched_gold
    if explain:
        wrong = {k: sorted({w for gi in golds_of.get(k, ()) for w in keywords[gi]})
                 for k, f in enumerate(figures)
                 if any(keywords[gi] and not label_ok(f.label, keywords[gi]) for gi in golds_of.get(k, ()))}
        _explain(case, figures, found, pairs, decoy_hits, wrong)
    return c


def scores(c: dict[str, int], exhaustive: bool) -> dict[str, float | int]:
    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 1.0
    out: dict[str, float | int] = {
        "claim_p": ratio(c["matched"], c["found"] if exhaustive else c["matched"] + c["decoys"]),
        "claim_r": ratio(c["matched"], c["gold"]),
        "label_acc": ratio(c["label_ok"], c["labelled"]),
        "bare_share": ratio(c["bare"], c["shown"]) if c["shown"] else 0.0,
        "false_conflicts": c["false_conflicts"],
        "conflicts": c["conflicts"],
        "mixed": c["mixed"],
    }
    if not exhaustive:
        out.update(claim_p_all=ratio(c["matched"], c["found"]), decoy_hits=c["decoys"], unlisted=c["unlisted"])
    if c["casualties"]:
        out["casualty_r"] = ratio(c["casualties_found"], c["casualties"])
    return out


def run(cases: list[Case], explain: bool = False) -> dict[str, int]:
    total = dict.fromkeys(COUNTS, 0)
    for case in cases:
        for key, value in score_case(case, extract_figures(case.articles), explain).items():
            total[key] += value
    return total


def _explain(case: Case, figures: tuple[Figure, ...], found: list[Atom], pairs: dict[int, int],
             decoy_hits: list[Atom], wrong: dict[int, list[str]]) -> None:
    print(f"--- {case.name}")
    for k, figure in enumerate(figures):
        flag = " BARE" if is_bare(figure.label) else ""
        if k in wrong:
            flag += f" LABEL? (wants one of: {', '.join(wrong[k])})"
        print(f"    {figure.label} [{figure.status}]{flag}: " + "; ".join(c.display for c in figure.claims))
    for i in sorted(set(range(len(case.gold))) - set(pairs.values())):
        g = case.gold[i]
        print(f"  missed   {_num(g.value)} {g.unit} <- {g.quote[:80]}")
    for f in decoy_hits:
        print(f"  decoy    {f.label}: {_num(f.value)} {f.unit} <- {f.quote[:80]}")


def _num(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


# --- the real-news gold (bench/gold/figures_real.json) ---

def _page_date(html_path: Path, url: str) -> dt.date | None:
    """The page's date as the product reads it (trafilatura's metadata), for articles whose gold gives none.

    The product reads a page's date from its HTML; the gold's bodies are text only, so without this the
    bench would score dates without a year to put them in (33 of 53 articles of figures_real.json).
    """
    from trafilatura.metadata import extract_metadata

    if not html_path.exists():
        return None
    page = gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace")
    meta = extract_metadata(page, default_url=url)
    try:
        return dt.date.fromisoformat(meta.date) if meta is not None and meta.date else None
    except ValueError:
        return None


def _title(html_path: Path, url: str) -> str:
    if html_path.exists():
        page = gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace")
        found = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
        if found and found.group(1).strip():
            return " ".join(html.unescape(found.group(1)).split())
    slug = urlparse(url).path.rstrip("/").rsplit("/", 1)[-1]
    return re.sub(r"[-_]+", " ", re.sub(r"\.\w+$", "", slug)).strip().capitalize()


def real_cases(gold_path: Path, pages_dir: Path, ecb_dir: Path) -> dict[str, list[Case]]:
    """One case per article, by half ('tune', 'heldout'); each article is its own source."""
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    bodies = json.loads((pages_dir / "ground-truth.json").read_text(encoding="utf-8"))
    ecb: dict[str, dict[str, str]] = {}
    if any(a["source"].startswith("ecbplus") for a in data["articles"]):
        for split in ("train", "dev"):
            with open(ecb_dir / f"{split}.jsonl", encoding="utf-8") as lines:
                for line in lines:
                    row = json.loads(line)
                    ecb[row["id"]] = row
    halves: dict[str, list[Case]] = {}
    for spec in data["articles"]:
        aid = spec["id"]
        published = dt.date.fromisoformat(spec["published"]) if spec["published"] else None
        if spec["source"] == "written":  # written for the bench by a helper who saw no code (its text is in the file)
            article = Article(id=aid, title=spec["title"], text=spec["text"], outlet="Written", published=published,
                              origin="seed")
        elif spec["source"] == "article-extraction":
            url = bodies[aid]["url"]
            published = published or _page_date(pages_dir / "html" / f"{aid}.html.gz", url)
            article = Article(id=aid, title=_title(pages_dir / "html" / f"{aid}.html.gz", url),
                              text=bodies[aid]["articleBody"], outlet=urlparse(url).netloc.removeprefix("www."),
                              published=published, url=url, origin="feed")
        else:
            row = ecb[aid]
            article = Article(id=aid, title=row["title"], text=detokenize(row["text"]), outlet=aid,
                              published=published, origin="jsonl")
        gold = [Gold(i, float(f["value"]), f.get("upper"), f["unit"], aid, f["quote"], tuple(f["keywords"]))
                for i, f in enumerate(spec["figures"])]
        decoys = [Decoy(float(d["value"]), aid, d["quote"]) for d in spec["decoys"]]
        halves.setdefault(spec["half"], []).append(Case(aid[:12], [article], gold, decoys))
    return halves
