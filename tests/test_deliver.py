"""`briefing send` against a real SMTP server on loopback: the message, the records, every failure."""

from __future__ import annotations

import base64
import datetime as dt
import logging
import os
import signal
import sqlite3
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from smtpd_helpers import DATE, free_port, smtp_server, write_config, write_edition

from briefing.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
# Plain-text AUTH is what we test on loopback; aiosmtpd warns about it every time.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def kept_id(root: Path) -> str:
    eml = root / "state" / "mail" / DATE.isoformat() / "briefing.eml"
    return str(message_from_bytes(eml.read_bytes(), policy=policy.default)["Message-ID"])


def send(config: Path, *extra: str, date: dt.date = DATE) -> int:
    return main(["send", "--config", str(config), "--date", date.isoformat(), *extra])


@pytest.fixture
def server():
    with smtp_server() as running:
        yield running


@pytest.fixture
def setup(tmp_path: Path, server):
    handler, port = server
    config = write_config(tmp_path, port)
    write_edition(tmp_path / "outbox")
    return handler, config, tmp_path


def test_send_delivers_a_multipart_message_with_list_headers(setup, capsys) -> None:
    handler, config, root = setup
    assert send(config) == 0
    assert len(handler.delivered) == 1
    rcpts, msg = handler.delivered[0]
    assert rcpts == ["reader@example.net"]
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert "Anthropic leases Colossus 1" in msg.get_body(("plain",)).get_content()
    assert "<h1>" in msg.get_body(("html",)).get_content()
    assert msg["Subject"] == "Morning Briefing — Thursday 2 May 2024"
    assert msg["From"] == "Morning Briefing <briefing@example.org>"
    assert msg["To"] == "reader@example.net"
    assert msg["Date"] and msg["Message-ID"].endswith("@example.org>")
    assert msg["List-Unsubscribe"] == "<https://example.org/unsubscribe?u=1>"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    eml = root / "state" / "mail" / DATE.isoformat() / "briefing.eml"
    assert message_from_bytes(eml.read_bytes(), policy=policy.default)["Message-ID"] == msg["Message-ID"]
    assert "sent edition 2024-05-02 to 1 recipient(s)" in capsys.readouterr().out
    # outbox/ is meant to be published: nothing in it may name a recipient
    published = b"".join(p.read_bytes() for p in (root / "outbox").rglob("*") if p.is_file())
    assert b"reader@example.net" not in published and not list((root / "outbox").rglob("*.eml"))


def test_mailto_unsubscribe_has_no_one_click_header(tmp_path, server) -> None:
    handler, port = server
    config = write_config(tmp_path, port)
    config.write_text(config.read_text().replace("https://example.org/unsubscribe?u=1", "mailto:leave@example.org"))
    write_edition(tmp_path / "outbox")
    assert send(config) == 0
    msg = handler.delivered[0][1]
    assert msg["List-Unsubscribe"] == "<mailto:leave@example.org>"
    assert msg["List-Unsubscribe-Post"] is None


def test_a_line_break_in_the_title_cannot_inject_a_header(tmp_path, server) -> None:
    handler, port = server
    config = write_config(tmp_path, port)
    write_edition(tmp_path / "outbox", title="News\r\nBcc: victim@example.com")
    assert send(config) == 0
    msg = handler.delivered[0][1]
    assert msg["Bcc"] is None and handler.delivered[0][0] == ["reader@example.net"]


@pytest.mark.parametrize("title", ["a" * 54, "Brief " * 9, "Zprávy dne " * 5, "日本のニュース" * 8])
def test_every_subject_length_reaches_the_reader_whole(tmp_path, server, title) -> None:
    """Python's own header folder can leave an empty encoded word (=?utf-8?q??=) at some lengths."""
    handler, port = server
    write_edition(tmp_path / "outbox", title=title)
    assert send(write_config(tmp_path, port)) == 0
    head = (tmp_path / "state" / "mail" / DATE.isoformat() / "briefing.eml").read_bytes().split(b"\r\n\r\n")[0]
    assert b"?q??=" not in head.lower() and b"?b??=" not in head.lower()
    assert all(len(line) <= 78 for line in head.split(b"\r\n"))
    assert handler.delivered[0][1]["Subject"] == f"{' '.join(title.split())} — Thursday 2 May 2024"


def test_sending_twice_does_nothing_and_says_so_unless_forced(setup, capsys) -> None:
    handler, config, root = setup
    assert send(config) == 0
    assert send(config) == 0
    assert "already sent" in capsys.readouterr().out
    assert len(handler.delivered) == 1
    assert send(config, "--force") == 0
    assert len(handler.delivered) == 2
    first, second = handler.message_ids()
    assert first != second  # a deliberate resend is a new message
    assert (root / "state" / "mail" / DATE.isoformat() / "briefing-2.eml").is_file()


def test_a_missing_edition_gives_one_clear_line(setup, capsys) -> None:
    handler, config, _ = setup
    assert send(config, date=dt.date(2024, 5, 3)) == 2
    err = capsys.readouterr().err.strip()
    assert err == "error: no edition for 2024-05-03 in outbox/: run 'briefing build --date 2024-05-03' first".replace(
        "outbox/", f"{config.parent / 'outbox'}/"
    )
    assert handler.delivered == []


@pytest.mark.parametrize(
    ("mode", "says"),
    [
        ("refuse-data", "refused the message (554 5.7.1 message rejected as spam)"),
        ("refuse-rcpt", "refused the recipients (reader@example.net: 550 5.1.1 no such user here)"),
        ("drop", "closed the connection before accepting the message"),
    ],
)
def test_a_refused_or_dropped_send_is_kept_and_the_next_send_delivers_it_once(setup, capsys, mode, says) -> None:
    handler, config, root = setup
    handler.mode = mode
    assert send(config) == 5
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and says in err[0] and "kept" in err[0]
    kept = kept_id(root)
    handler.mode = "accept"
    assert send(config) == 0
    assert send(config) == 0  # and not again
    assert handler.message_ids() == [kept]  # the retry reuses the Message-ID so duplicates are detectable


def test_a_server_that_does_not_answer_in_time_is_a_delivery_error(tmp_path, server, capsys) -> None:
    handler, port = server
    config = write_config(tmp_path, port, timeout=0.5)
    write_edition(tmp_path / "outbox")
    handler.mode = "slow"
    assert send(config) == 5
    assert "did not answer within 0.5 s" in capsys.readouterr().err


def test_a_server_that_is_down_then_back_gets_the_message_once(tmp_path, capsys) -> None:
    port = free_port()
    config = write_config(tmp_path, port)
    write_edition(tmp_path / "outbox")
    assert send(config) == 5
    assert "refused the connection" in capsys.readouterr().err
    with smtp_server(port) as (handler, _):
        assert send(config) == 0
        assert send(config) == 0
        assert len(handler.delivered) == 1


def test_a_partly_refused_send_reaches_only_the_missing_recipient_next_time(tmp_path, server) -> None:
    handler, port = server
    config = write_config(tmp_path, port)
    config.write_text(config.read_text().replace('to = ["reader@example.net"]', 'to = ["a@example.net", "b@example.net"]'))
    write_edition(tmp_path / "outbox")
    handler.refuse_rcpt = {"b@example.net"}
    assert send(config) == 5
    handler.refuse_rcpt = set()
    assert send(config) == 0
    assert [rcpts for rcpts, _ in handler.delivered] == [["a@example.net"], ["b@example.net"]]
    assert len(set(handler.message_ids())) == 1


def test_a_kept_message_of_an_earlier_day_goes_out_with_the_next_send(setup) -> None:
    handler, config, root = setup
    handler.mode = "refuse-data"
    assert send(config) == 5
    handler.mode = "accept"
    write_edition(root / "outbox", dt.date(2024, 5, 3))
    assert send(config, date=dt.date(2024, 5, 3)) == 0
    subjects = sorted(str(msg["Subject"]) for _, msg in handler.delivered)
    assert subjects == ["Morning Briefing — Friday 3 May 2024", "Morning Briefing — Thursday 2 May 2024"]


def test_a_rebuilt_edition_replaces_the_kept_body_but_keeps_its_message_id(setup) -> None:
    handler, config, root = setup
    handler.mode = "refuse-data"
    assert send(config) == 5
    write_edition(root / "outbox", marker="late correction")
    handler.mode = "accept"
    assert send(config) == 0
    (_, msg), = handler.delivered
    assert "late correction" in msg.get_body(("plain",)).get_content()
    kept = kept_id(root)
    assert msg["Message-ID"] == kept


def test_the_password_comes_from_the_environment_and_is_written_nowhere(tmp_path, monkeypatch, capsys, caplog) -> None:
    secret = "s3cret-Pa55word"
    with smtp_server(auth=("digest", secret)) as (handler, port):
        config = write_config(tmp_path, port, username="digest", password_env="BRIEFING_TEST_SMTP_PASSWORD")
        write_edition(tmp_path / "outbox")
        monkeypatch.delenv("BRIEFING_TEST_SMTP_PASSWORD", raising=False)
        assert send(config) == 2
        assert "$BRIEFING_TEST_SMTP_PASSWORD, which is not set" in capsys.readouterr().err
        monkeypatch.setenv("BRIEFING_TEST_SMTP_PASSWORD", secret)
        with caplog.at_level(logging.DEBUG):
            assert main(["--debug", "send", "--config", str(config), "--date", DATE.isoformat()]) == 0
        assert handler.logins == [("digest", secret)] and len(handler.delivered) == 1
        out = capsys.readouterr()
    forms = [secret, base64.b64encode(secret.encode()).decode(), base64.b64encode(f"\0digest\0{secret}".encode()).decode()]
    written = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    for form in forms:
        assert form.encode() not in written
        assert form not in out.out + out.err + caplog.text


def test_a_wrong_password_is_a_delivery_error_that_keeps_the_message(tmp_path, monkeypatch, capsys) -> None:
    with smtp_server(auth=("digest", "right")) as (handler, port):
        config = write_config(tmp_path, port, username="digest", password_env="BRIEFING_TEST_SMTP_PASSWORD")
        write_edition(tmp_path / "outbox")
        monkeypatch.setenv("BRIEFING_TEST_SMTP_PASSWORD", "bad-pass-7Q")  # not a word the kept path can hold
        assert send(config) == 5
        err = capsys.readouterr().err
        assert "did not accept the login" in err and "bad-pass-7Q" not in err
        monkeypatch.setenv("BRIEFING_TEST_SMTP_PASSWORD", "right")
        assert send(config) == 0
        assert len(handler.delivered) == 1


def test_a_plain_text_login_to_a_remote_host_is_refused_before_connecting(tmp_path, monkeypatch, capsys) -> None:
    config = write_config(tmp_path, 2525, username="digest", password_env="BRIEFING_TEST_SMTP_PASSWORD")
    config.write_text(config.read_text().replace('host = "127.0.0.1"', 'host = "mail.example.org"'))
    write_edition(tmp_path / "outbox")
    monkeypatch.setenv("BRIEFING_TEST_SMTP_PASSWORD", "x")
    assert send(config) == 2
    assert "unencrypted" in capsys.readouterr().err


def _send_process(config: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", "send", "--config", str(config), "--date", DATE.isoformat()],
        cwd=config.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def test_a_send_killed_mid_transfer_loses_nothing_and_delivers_once(setup) -> None:
    handler, config, root = setup
    handler.mode = "block"
    proc = _send_process(config)
    try:
        assert handler.entered.wait(20), proc.communicate(timeout=5)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
    handler.release.set()
    assert handler.delivered == []
    kept = kept_id(root)
    handler.mode = "accept"
    assert send(config) == 0
    assert send(config) == 0
    assert handler.message_ids() == [kept]


def test_a_kill_between_acceptance_and_record_repeats_the_same_message_id(setup) -> None:
    """The documented at-least-once window: the duplicate carries the same Message-ID."""
    handler, config, root = setup
    state = root / "state" / "state.sqlite"
    blocker: list[sqlite3.Connection] = []

    async def accept_then_lock_the_state(server, session, envelope):
        # Hold the state database's write lock so the sender cannot record the acceptance.
        db = sqlite3.connect(state, isolation_level=None, check_same_thread=False)
        db.execute("BEGIN IMMEDIATE")
        blocker.append(db)
        handler.delivered.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        handler.entered.set()
        return "250 2.0.0 accepted"

    handler.handle_DATA = accept_then_lock_the_state
    proc = _send_process(config)
    try:
        assert handler.entered.wait(20), proc.communicate(timeout=5)
        try:
            proc.wait(timeout=1.0)  # it must still be waiting to record
            pytest.fail("the sender finished while the state was locked")
        except subprocess.TimeoutExpired:
            pass
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
        for db in blocker:
            db.execute("ROLLBACK")
            db.close()
    del handler.handle_DATA  # back to the class's accepting handler
    assert send(config) == 0
    ids = handler.message_ids()
    assert len(ids) == 2 and ids[0] == ids[1]
    assert send(config) == 0 and len(handler.message_ids()) == 2


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_encrypted_login_and_send_verify_the_server(tmp_path, monkeypatch, capsys, security) -> None:
    from smtpd_helpers import CA_FILE

    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "s3cret-over-tls")
    with smtp_server(auth=("briefing", "s3cret-over-tls"), tls=security) as (handler, port):
        config = write_config(tmp_path, port, security=security, username="briefing",
                              password_env="BRIEFING_SMTP_PASSWORD")
        write_edition(tmp_path / "outbox")
        # Not trusted yet: the certificate is self-signed, so the send fails and the message is kept.
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-ca.pem"))
        assert send(config) == 5
        assert "certificate" in capsys.readouterr().err.lower()
        assert handler.delivered == [] and handler.logins == []
        # Trusted: the kept message goes out once, over an encrypted connection.
        monkeypatch.setenv("SSL_CERT_FILE", str(CA_FILE))
        assert send(config) == 0
    assert handler.logins == [("briefing", "s3cret-over-tls")]
    assert len(handler.delivered) == 1
