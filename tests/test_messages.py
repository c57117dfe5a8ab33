"""The one line a user reads when something is wrong: what, naming the file, URL or key, and one thing to do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import refused_url
from test_collect import BRIDGE


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


def test_a_failed_feed_is_one_line_with_its_url_once_a_short_reason_and_one_hint(project: Path, cli) -> None:
    url = refused_url()
    done = cli("build", "--feed", url, "--date", "2026-05-12")
    assert done.returncode == 4
    line = done.stderr.strip()
    assert "\n" not in line and line.count(url) == 1 and hints(line) == 1
    assert f"{url}: connection refused (" in line
    assert "_Connection" not in line and "Errno" not in line


def test_a_failed_feed_beside_seeds_is_one_warning_with_its_url_once(seeded: Path, cli) -> None:
    url = refused_url()
    done = cli("build", "--feed", url, "--date", "2026-05-12")
    assert done.returncode == 0
    warning = next(line for line in done.stderr.splitlines() if line.startswith("warning:"))
    assert warning.count(url) == 1 and hints(warning) == 1 and "_Connection" not in warning
    feeds = json.loads((seeded / "outbox" / "2026-05-12" / "briefing.json").read_text())["feeds"]
    assert feeds[0]["url"] == url and feeds[0]["message"] == "connection refused"


def test_a_feed_address_that_is_no_web_server_says_so_in_words(project: Path, cli) -> None:
    from smtpd_helpers import smtp_server

    with smtp_server() as (_, port):
        done = cli("build", "--feed", f"http://127.0.0.1:{port}/feed.xml", "--date", "2026-05-12")
    line = done.stderr.strip()
    assert done.returncode == 4 and "does not answer in HTTP" in line and hints(line) == 1
    assert "BadStatusLine" not in line and "220 " not in line


@pytest.mark.parametrize(("security", "says"), [
    ("ssl", "does not speak TLS from the first byte (set smtp.security = \"starttls\""),
    ("starttls", "does not offer STARTTLS (check smtp.port"),
])
def test_a_tls_mismatch_with_the_mail_server_is_said_in_words_with_one_hint(tmp_path: Path, cli, security, says):
    from smtpd_helpers import DATE, smtp_server, write_config, write_edition

    with smtp_server() as (_, port):  # a plain server, no TLS at all
        config = write_config(tmp_path, port, security=security)
        write_edition(tmp_path / "outbox")
        done = cli("send", "--config", str(config), "--date", DATE.isoformat())
    line = done.stderr.strip()
    assert done.returncode == 5 and "\n" not in line and says in line and hints(line) == 1
    assert "Error" not in line and "WRONG_VERSION" not in line


def test_a_failed_send_says_where_the_message_is_really_kept(tmp_path: Path, cli) -> None:
    from smtpd_helpers import DATE, free_port, write_config, write_edition

    config = write_config(tmp_path, free_port())  # nobody listens: the server is down
    write_edition(tmp_path / "outbox")
    done = cli("send", "--config", str(config), "--date", DATE.isoformat())
    kept = tmp_path / "state" / "mail" / DATE.isoformat()
    assert done.returncode == 5 and (kept / "briefing.eml").is_file()
    assert f"the message is kept in {kept}/" in done.stderr and "outbox" not in done.stderr
    assert hints(done.stderr.strip()) == 1


def test_several_config_problems_give_one_hint_not_two(seeded: Path, cli) -> None:
    (seeded / "briefing.toml").write_text('[briefing]\ntitle = 3\ntimezone = "Mars/Base"\nfoo = 1\n')
    done = cli("build")
    assert done.returncode == 2 and "\n" not in done.stderr.strip()
    assert done.stderr.endswith("(fix it, then run 'briefing check-config' to see all 3 problems)\n")
    assert "fix the setting named" not in done.stderr and "more:" not in done.stderr


def test_a_toml_syntax_error_says_where_and_names_no_setting(seeded: Path, cli) -> None:
    (seeded / "briefing.toml").write_text("[briefing\ntitle = 3\n")
    done = cli("build")
    assert done.returncode == 2
    assert done.stderr == ("error: briefing.toml: not valid TOML at line 1, column 10: expected ']' at the end of a "
                           "table declaration (fix the file there, then run again)\n")


@pytest.mark.parametrize("command", ["send", "run"])
def test_sending_without_a_config_file_says_it_is_missing_and_how_to_make_one(seeded: Path, cli, command) -> None:
    done = cli(command)
    assert done.returncode == 2
    assert done.stderr.startswith("error: no briefing.toml in this folder: sending needs its [email] and [smtp]")
    assert "create briefing.toml" in done.stderr and hints(done.stderr.strip()) == 1
    assert not (seeded / "briefing.toml").exists()


def test_the_summary_line_counts_sources_as_the_digest_does(project: Path, cli) -> None:
    seeds = project / "seeds"
    seeds.mkdir()
    report = "\n\n".join(BRIDGE)  # the Tacoma footbridge report test_collect folds
    (seeds / "herald.txt").write_text("Footbridge collapses onto traffic\n\n" + report)
    (seeds / "wire.txt").write_text("Footbridge collapse kills four\n\n" + report)  # a syndicated copy
    done = cli("build", "--date", "2026-05-12")
    assert done.returncode == 0, done.stderr
    digest = (project / "outbox" / "2026-05-12" / "briefing.md").read_text()
    assert "1 event from 1 source\n" in digest and "also ran in" in digest
    assert done.stdout.startswith("Built 2026-05-12: 1 event from 1 source, ")

