"""`briefing cluster` as a user runs it: JSON lines in, one {"id", "event"} line per input line out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dedupe_fixtures import BRIDGE, DAYTON, TOLEDO

PROJECT = Path(__file__).resolve().parents[1]


def _cluster(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    return subprocess.run([sys.executable, "-m", "briefing", "cluster", *args], input=stdin, text=True,
                          capture_output=True, env=env, cwd=PROJECT, timeout=60)


def _lines(rows: list[dict]) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


def _rows() -> list[dict]:
    rows = [{"id": f"d{k}", "title": t, "text": x, "date": "2026-05-12T08:00:00Z", "source": f"outlet{k}"}
            for k, (t, x) in enumerate(DAYTON)]
    rows.append({"id": "t", "title": TOLEDO[0], "text": TOLEDO[1], "url": "https://toledo.example/t"})
    rows.append({"id": "b", "title": BRIDGE[0], "text": BRIDGE[1]})
    rows.append({"id": "copy", "title": DAYTON[0][0], "text": DAYTON[0][1], "url": "https://wire.example/c"})
    return rows


def test_labels_one_line_per_input_line_grouping_the_same_story(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(_lines(_rows()), encoding="utf-8")
    result = _cluster(str(path))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["d0", "d1", "d2", "t", "b", "copy"]
    event = {o["id"]: o["event"] for o in out}
    assert event["d0"] == event["d1"] == event["d2"] == event["copy"]
    assert len({event["d0"], event["t"], event["b"]}) == 3


def test_reads_stdin_and_is_stable() -> None:
    first, second = _cluster(stdin=_lines(_rows())), _cluster("-", stdin=_lines(_rows()))
    assert first.returncode == 0 and first.stdout == second.stdout and first.stdout


def test_empty_and_one_line_input() -> None:
    empty = _cluster(stdin="")
    assert (empty.returncode, empty.stdout) == (0, "")
    one = _cluster(stdin=_lines(_rows()[:1]))
    assert one.returncode == 0
    assert [json.loads(line)["id"] for line in one.stdout.splitlines()] == ["d0"]


def test_malformed_line_is_named_by_its_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(_lines(_rows()[:2]) + '{"id": "x", "title": \n', encoding="utf-8")
    result = _cluster(str(path))
    assert result.returncode == 2
    assert f"{path} line 3: not valid JSON" in result.stderr
    assert result.stdout == ""


def test_missing_key_and_missing_file_are_clear_errors(tmp_path: Path) -> None:
    missing_text = _cluster(stdin='{"id": "x", "title": "t"}\n')
    assert missing_text.returncode == 2 and "<stdin> line 1: key 'text'" in missing_text.stderr
    nowhere = _cluster(str(tmp_path / "nope.jsonl"))
    assert nowhere.returncode == 2 and "nope.jsonl: cannot read" in nowhere.stderr


def test_cluster_sets_site_chrome_aside_as_build_does(tmp_path: Path) -> None:
    # One site's pages about six different events, all framed by the same chrome, among other outlets'
    # reports: `briefing cluster` runs the same grouping as `briefing build`, boilerplate step included.
    from dedupe_fixtures import MAY10, MAY11, incident_reports, story_of, with_chrome

    alone = {"dayton-salem-0", "toledo-park-0", "youngstown-fire-0", "akron-fire-2", "lorain-pier-2",
             "cincinnati-water-0"}
    others = {story_of(a) for a in alone}
    articles = [with_chrome(a, "Crime") if a.id in alone else a
                for a in incident_reports(MAY10) + incident_reports(MAY11) if a.id in alone or story_of(a.id) not in others]
    rows = [{"id": a.id, "title": a.title, "text": a.text, "date": a.published.isoformat() if a.published else None,
             "source": a.outlet} for a in articles]
    result = _cluster("-", stdin=_lines(rows))
    assert result.returncode == 0, result.stderr
    event = {row["id"]: row["event"] for row in map(json.loads, result.stdout.splitlines())}
    assert len({event[a] for a in alone}) == len(alone)  # six events, not one


def test_a_copy_takes_the_label_of_the_one_published_first_that_day() -> None:
    from briefing.dedupe.group import story_id
    from briefing.models import Article

    title, text = DAYTON[0]
    rows = [{"id": "copy", "title": title, "text": text, "date": "2026-05-12T17:40:00-07:00", "source": "Metro Wire"},
            {"id": "original", "title": title, "text": text, "date": "2026-05-12T13:05:00-07:00", "source": "Herald"}]
    result = _cluster(stdin=_lines(rows))
    assert result.returncode == 0, result.stderr
    labels = {row["event"] for row in map(json.loads, result.stdout.splitlines())}
    # A story's id is a hash of its members' ids; a copy folded in is no member: the original is.
    assert labels == {story_id([Article(id="original", title=title, text=text, outlet="Herald")])}


def test_lines_sharing_an_id_are_refused_naming_their_numbers(tmp_path: Path) -> None:
    rows = [{**row, "id": "same"} if k in (0, 2, 5) else row for k, row in enumerate(_rows())]
    path = tmp_path / "dup.jsonl"
    path.write_text(_lines(rows), encoding="utf-8")
    result = _cluster(str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"error: {path} lines 1, 3, 6: the id 'same' is used more than once (give every line its own id)\n"


def test_a_bad_date_gets_a_hint_about_dates_not_about_paths() -> None:
    row = {"id": "x", "title": "t", "text": "Some text.", "date": "12/05/2026"}
    result = _cluster(stdin=_lines([row]))
    assert result.returncode == 2
    assert result.stderr == ("error: <stdin> line 1: date '12/05/2026' does not start with YYYY-MM-DD "
                             '(write "date" as 2026-05-12 or 2026-05-12T08:00:00Z, or leave it out)\n')
    not_object = _cluster(stdin="[1]\n")
    assert not_object.stderr.endswith("got list (each line must be one JSON object)\n")
