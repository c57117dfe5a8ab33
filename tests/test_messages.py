"""The one line a user reads when something is wrong: what, naming the file, URL or key, and one thing to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.cli.main import main


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys):
    """`briefing ARGS` in this process, in the test's working folder."""
    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return Ran(code, out, err)
    return run


def hints(line: str) -> int:
    """How many parenthesised hints close the line ("... (do this) (and this)" is two)."""
    count = 0
    while line.endswith(")"):
        depth, i = 0, len(line) - 1
        while i >= 0:
            depth += {")": 1, "(": -1}.get(line[i], 0)
            if depth == 0:
                break
            i -= 1
        count, line = count + 1, line[:i].rstrip()
    return count


def test_no_seeds_folder_and_no_feeds_says_so_plainly(project: Path, cli) -> None:
    done = cli("build")
    assert done.returncode == 2
    assert done.stderr == ("error: nothing to read: there is no seeds/ folder and no feeds are configured "
                           "(save articles in seeds/, or give --feed URL)\n")
    (project / "seeds").mkdir()
    done = cli("build")
    assert done.stderr.startswith("error: nothing to read: seeds/ has no .txt, .md or .html articles and no feeds")


@pytest.mark.parametrize("outbox", ["afile", "afile/inside"])
def test_an_outbox_that_is_a_file_is_called_a_file(seeded: Path, cli, outbox: str) -> None:
    (seeded / "afile").write_text("notes\n")
    done = cli("build", "--outbox", outbox)
    assert done.returncode == 7
    assert done.stderr.startswith("error: afile: is a file, not a folder") and "space" not in done.stderr
    assert hints(done.stderr.strip()) == 1 and (seeded / "afile").read_text() == "notes\n"
