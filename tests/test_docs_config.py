"""The docs say what the code does: every briefing.toml example in the README and docs/sections.md is accepted by
check-config's own schema, the README's JSON example is real output, and the memory rules are the code's."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from briefing.config import read_config

PROJECT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("doc", ["README.md", "docs/sections.md"])
def test_every_toml_example_in_the_docs_is_a_valid_config(doc: str) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", (PROJECT / doc).read_text(encoding="utf-8"), re.S)
    assert blocks, f"{doc} shows no briefing.toml"
    for block in blocks:
        config, problems = read_config(tomllib.loads(block))
        assert problems == [], f"{doc}: an example a reader would copy is refused:\n{block}"


def test_the_readme_json_example_shows_figures_as_the_export_writes_them() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", readme, re.S)
    assert example
    golden = json.loads((PROJECT / "tests/golden/seeds/briefing.json").read_text(encoding="utf-8"))
    figures = [f for e in golden["events"] for f in e["figures"]]
    claims = {(c["value"], c["unit"], c["qualifier"], c["display"]) for f in figures for c in f["claims"]}
    shown_labels = re.findall(r'"label": "([^"]+)"', example.group(1))
    shown_claims = re.findall(r'"value": (\d+), "unit": "([^"]+)", "qualifier": "([^"]+)",\s+"display": "([^"]+)"',
                              example.group(1))
    assert shown_labels and shown_claims
    assert set(shown_labels) <= {f["label"] for f in figures}  # labels as written: "number of AI processors"
    assert {(int(v), u, q, d) for v, u, q, d in shown_claims} <= claims
    assert golden["events"][0]["first_date"] in example.group(1)


def test_delivery_md_states_the_memory_rules_memory_py_applies() -> None:
    from briefing.writeup.memory import MATCHING

    doc = (PROJECT / "docs/delivery.md").read_text(encoding="utf-8")
    rules = doc.split("## Memory across days", 1)[1].split("\n- a matched event", 1)[0]
    # Evidence first (IDF-weighted word overlap), the headline words only as the last fallback.
    assert "IDF-weighted" in rules and f"{MATCHING.evidence_match:.2f}" in rules
    assert f"at least {MATCHING.min_shared_words} shared" in rules
    assert rules.index("IDF-weighted") < rules.index(f"{MATCHING.headline_match:.0%}") and "last fallback" in rules


def test_the_readme_says_how_a_build_ends() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert "A build ends with one line" not in readme  # with feeds it prints two: the summary and the feeds' health
    assert "a second line on how they fared" in readme
