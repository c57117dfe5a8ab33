"""Every briefing.toml example in the README and docs/sections.md is accepted by check-config's own schema."""

from __future__ import annotations

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
