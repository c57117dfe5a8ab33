"""Nothing lost: an edition changes as a whole or not at all, sent copies survive a rebuild, damage is named."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import PROJECT

from briefing.cli.main import main

DATE = "2026-05-12"
EDITION_FILES = ("briefing.md", "briefing.html", "briefing.txt", "briefing.json")


def build(*extra: str) -> int:
    return main(["build", "--date", DATE, *extra])


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _can_mount_tmpfs() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs `unshare -rm` and tmpfs mounts (a private, small disk)")
def test_a_full_disk_leaves_the_previous_edition_whole_and_says_so(seeded: Path) -> None:
    """On a 512 KB disk: build, fill the disk, rebuild from changed seeds; the first edition must survive whole."""
    disk, before, after = seeded / "disk", seeded / "before", seeded / "after"
    disk.mkdir()
    briefing = f"{sys.executable} -m briefing build --date {DATE} --outbox {disk}"
    script = f"""
set -u
mount -t tmpfs -o size=512k tmpfs {disk}
{briefing} >/dev/null 2>&1 || exit 90
cp -r {disk} {before}
avail=$(df -B1 --output=avail {disk} | tail -1)
head -c $((avail - 4096)) /dev/zero > {disk}/filler 2>/dev/null
echo "One more paragraph so the edition changes: Colossus 1 draws 300 MW." >> seeds/000_d303ad268638ea90.txt
{briefing} 2>{seeded}/stderr; echo $? > {seeded}/rc
rm {disk}/filler
cp -r {disk} {after}
"""
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=seeded, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert (seeded / "rc").read_text().strip() == "7"
    err = (seeded / "stderr").read_text()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"{DATE}" in err and "unchanged" in err and "space" in err.lower()
    assert snapshot(after / DATE) == snapshot(before / DATE)  # the old edition, every file of it
    assert not [p.name for p in after.iterdir() if p.name.startswith(".")]  # no half-written folder left behind


def test_a_rebuild_never_deletes_other_files_in_the_edition_folder(seeded: Path) -> None:
    """Copies of sent messages lived here in earlier versions; a user may keep notes here too."""
    assert build() == 0
    eml = seeded / "outbox" / DATE / "briefing.eml"
    eml.write_bytes(b"Subject: sent earlier\r\n\r\nbody\r\n")
    assert build() == 0
    assert eml.read_bytes().startswith(b"Subject: sent earlier")
    assert sorted(p.name for p in eml.parent.iterdir()) == sorted((*EDITION_FILES, "briefing.eml"))


def test_an_edition_moved_aside_by_a_crash_is_put_back_before_the_next_build(seeded: Path) -> None:
    assert build() == 0
    folder = seeded / "outbox" / DATE
    (folder / "briefing.eml").write_bytes(b"kept")
    folder.rename(folder.with_name(f".{DATE}.old-deadbeef"))  # as if killed between the two renames
    (seeded / "outbox" / f".{DATE}.new-cafe").mkdir()  # and a half-written new one
    assert build() == 0
    assert (folder / "briefing.eml").read_bytes() == b"kept"
    assert sorted(p.name for p in (seeded / "outbox").iterdir()) == ["2026-05-12", "README.md", "feed.xml", "index.html"]


def test_a_damaged_state_database_is_exit_6_with_one_line(seeded: Path, capsys) -> None:
    assert build() == 0
    state = seeded / ".briefing" / "state.sqlite"
    data = bytearray(state.read_bytes())
    data[4096:] = os.urandom(len(data) - 4096)  # every page but the header
    state.write_bytes(bytes(data))
    capsys.readouterr()
    assert build() == 6
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "state.sqlite" in err[0] and "damaged" in err[0] and "move" in err[0]


def test_a_file_that_is_no_database_at_all_is_called_damaged_not_unwritable(seeded: Path, capsys) -> None:
    state = seeded / ".briefing" / "state.sqlite"
    state.parent.mkdir()
    state.write_bytes(os.urandom(4096))
    assert build() == 6
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "damaged or not a briefing state file" in err[0] and "writable" not in err[0]
    assert f"mv {state.relative_to(seeded)} " in err[0] and "briefing feeds import" in err[0]  # what to do, what is lost


def test_a_locked_state_database_never_tells_the_user_to_move_it_aside(tmp_path: Path) -> None:
    """Moving a healthy state file aside would lose the send records, and so send twice."""
    import sqlite3

    from briefing.errors import StateError
    from briefing.state import State

    path = tmp_path / "state.sqlite"
    with pytest.raises(StateError) as caught, State(path) as state:
        holder = sqlite3.connect(path, isolation_level=None)  # another process's connection, say
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("CREATE TABLE t (x)")  # takes the lock and, in exclusive mode, keeps it
        state.db.execute("PRAGMA busy_timeout = 50")
        try:
            state.db.execute("SELECT * FROM schema_versions").fetchall()  # a read deep inside some stage
        finally:
            holder.close()
    assert caught.value.exit_code == 6 and "move" not in str(caught.value), caught.value
