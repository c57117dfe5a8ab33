"""`briefing check-config`: every bad key named, and what the environment lacks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from smtpd_helpers import free_port, smtp_server, write_config

from briefing.cli.main import main

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def check(config: Path, *extra: str) -> int:
    return main(["check-config", "--config", str(config), *extra])


def test_a_good_config_passes(tmp_path: Path, capsys) -> None:
    assert check(write_config(tmp_path, 2525)) == 0
    out = capsys.readouterr().out
    assert "every key is valid" in out and f"ok: the outbox folder {tmp_path / 'outbox'}/ is writable" in out
    assert f"ok: the state database's folder {tmp_path / 'state'}/ is writable" in out
    assert "briefing.render" not in out and "ok: briefing.state" not in out  # module names mean nothing to a user


def test_every_bad_key_is_named_on_its_own_line(tmp_path: Path, capsys) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text("""
colour = "blue"
[briefing]
timezone = "Mars/Olympus"
[email]
from = "nobody"
to = []
list_unsubscribe = "javascript:alert(1)"
[smtp]
host = "mail.example.org"
port = 99999
security = "tls"
password = "hunter2"
[schedule]
time = "7 o'clock"
grace_hours = -1
""", encoding="utf-8")
    assert check(config) == 2
    err = capsys.readouterr().err
    for key in ("'colour'", "briefing.timezone", "email.from", "email.to", "email.list_unsubscribe", "smtp.port",
                "smtp.security", "smtp.password", "schedule.time", "schedule.grace_hours"):
        assert key in err, key
    assert len(err.strip().splitlines()) == 10
    assert "hunter2" not in err  # a password typed into the file is never echoed


def test_three_bad_briefing_keys_and_two_bad_smtp_keys_are_all_named(tmp_path: Path, capsys) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text("""
[briefing]
timezone = "Mars/Olympus"
window_hours = inf
titel = "x"
[smtp]
host = "mail.example.org"
port = 0
timeout = nan
""", encoding="utf-8")
    assert check(config) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    for key in ("briefing.timezone", "briefing.window_hours", "briefing.titel", "smtp.port", "smtp.timeout"):
        assert sum(key in line for line in lines) == 1, key
    assert len(lines) == 5


def test_an_unset_password_variable_is_reported(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("BRIEFING_TEST_SMTP_PASSWORD", raising=False)
    config = write_config(tmp_path, 2525, username="digest", password_env="BRIEFING_TEST_SMTP_PASSWORD")
    assert check(config) == 2
    assert "$BRIEFING_TEST_SMTP_PASSWORD is not set" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_outbox_is_reported(tmp_path: Path, capsys) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    config = write_config(tmp_path, 2525)
    config.write_text(config.read_text().replace('outbox = "outbox"', 'outbox = "locked/outbox"'))
    try:
        assert check(config) == 2
    finally:
        locked.chmod(0o700)
    assert f"error: the outbox folder {locked / 'outbox'}/: {locked} is not writable" in capsys.readouterr().err


def test_an_outbox_that_is_a_file_is_reported(tmp_path: Path, capsys) -> None:
    (tmp_path / "outbox").write_text("not a folder")
    assert check(write_config(tmp_path, 2525)) == 2
    assert "is a file, not a folder" in capsys.readouterr().err


def test_connect_logs_in_with_the_password_from_the_environment(tmp_path: Path, monkeypatch, capsys) -> None:
    with smtp_server(auth=("digest", "right")) as (handler, port):
        config = write_config(tmp_path, port, username="digest", password_env="BRIEFING_TEST_SMTP_PASSWORD")
        monkeypatch.setenv("BRIEFING_TEST_SMTP_PASSWORD", "right")
        assert check(config, "--connect") == 0
        assert "smtp: logged in" in capsys.readouterr().out
        monkeypatch.setenv("BRIEFING_TEST_SMTP_PASSWORD", "wrong")
        assert check(config, "--connect") == 2
        assert "did not accept the login" in capsys.readouterr().err
        assert handler.delivered == []


def test_connect_reports_a_server_that_is_down(tmp_path: Path, capsys) -> None:
    assert check(write_config(tmp_path, free_port()), "--connect") == 2
    assert "refused the connection" in capsys.readouterr().err


def test_connect_says_what_to_check_as_send_does(tmp_path: Path, monkeypatch, capsys) -> None:
    # check-config is where a user tries the [smtp] settings: it gives the same advice a failed send gives.
    assert check(write_config(tmp_path, free_port()), "--connect") == 2
    assert "refused the connection (check smtp.host and smtp.port" in capsys.readouterr().err
    with smtp_server(auth=("digest", "right")) as (_, port):
        config = write_config(tmp_path, port, username="digest", password_env="BRIEFING_TEST_SMTP_PASSWORD")
        monkeypatch.setenv("BRIEFING_TEST_SMTP_PASSWORD", "wrong")
        assert check(config, "--connect") == 2
        assert "(check 'smtp.username' and the password in $BRIEFING_TEST_SMTP_PASSWORD)" in capsys.readouterr().err


def test_each_bad_section_filter_and_feed_key_is_named_on_its_own_line(tmp_path: Path, capsys) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text("""
[briefing]
sections = ["World", { name = "Tech", exclude = ["crypto"] }, "tech", { nam = "x" }, { name = "Sport", include = "ball" }]
exclude = ["horoscope", ""]
top_stories = 11
feeds = [{ url = "https://a.example/rss", section = "Tech", include = ["ai"], exclude = 5, folder = "x" }]
""", encoding="utf-8")
    assert check(config) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert [line.split("'")[1] for line in err] == [
        "briefing.feeds[0].folder", "briefing.feeds[0].exclude", "briefing.sections[2]", "briefing.sections[3]",
        "briefing.sections[4].include", "briefing.exclude", "briefing.top_stories"]
    assert "names the section 'tech' twice" in err[2]
    good = tmp_path / "good.toml"
    good.write_text("""
[briefing]
sections = ["World", { name = "Tech", include = ["chips", "AI"], exclude = ["crypto"] }]
exclude = ["horoscope", "celebrity gossip"]
top_stories = 0
feeds = [{ url = "https://a.example/rss", name = "A", section = "Tech", include = ["ai"], exclude = ["ads"] }]
""", encoding="utf-8")
    assert check(good) == 0
