"""The daily schedule: timing rules as plain functions, then the real APScheduler loop and signals."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import zoneinfo
from pathlib import Path

import pytest

from briefing.config import ScheduleSettings, load_config
from briefing.deliver.scheduler import catch_up_date, next_run, serve
from briefing.deliver.sendlog import SendLog
from briefing.state import State

ROOT = Path(__file__).resolve().parent.parent
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
SEVEN = ScheduleSettings(time=dt.time(7, 0), grace_hours=6)


def at(day: str, hhmm: str, tz: zoneinfo.ZoneInfo = BERLIN) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time.fromisoformat(hhmm), tzinfo=tz)


def never_sent(_: dt.date) -> bool:
    return False


@pytest.mark.parametrize(("start", "utc_hour"), [("2024-03-30", 5), ("2024-10-26", 6)])
def test_the_daily_run_stays_at_local_seven_across_dst(start: str, utc_hour: int) -> None:
    fire = next_run(at(start, "08:00"), SEVEN, BERLIN)
    assert fire.astimezone(BERLIN).time() == dt.time(7, 0)
    assert fire.astimezone(BERLIN).date() == dt.date.fromisoformat(start) + dt.timedelta(days=1)
    assert fire.astimezone(dt.UTC).hour == utc_hour


def test_next_run_is_today_when_started_before_the_time() -> None:
    assert next_run(at("2024-05-02", "06:59"), SEVEN, BERLIN) == at("2024-05-02", "07:00")


def test_started_late_and_not_sent_catches_up_today() -> None:
    assert catch_up_date(at("2024-05-02", "09:30"), SEVEN, BERLIN, never_sent) == dt.date(2024, 5, 2)


def test_started_late_but_already_sent_does_nothing() -> None:
    assert catch_up_date(at("2024-05-02", "09:30"), SEVEN, BERLIN, lambda d: d == dt.date(2024, 5, 2)) is None


def test_no_catch_up_beyond_the_grace_or_before_the_time() -> None:
    assert catch_up_date(at("2024-05-02", "13:01"), SEVEN, BERLIN, never_sent) is None
    assert catch_up_date(at("2024-05-02", "06:00"), SEVEN, BERLIN, never_sent) is None  # yesterday's is stale
    assert catch_up_date(at("2024-05-02", "09:00"), ScheduleSettings(time=dt.time(7), grace_hours=0),
                         BERLIN, never_sent) is None


def test_a_late_evening_run_is_caught_up_after_midnight_for_its_own_date() -> None:
    evening = ScheduleSettings(time=dt.time(22, 0), grace_hours=6)
    assert catch_up_date(at("2024-05-03", "01:00"), evening, BERLIN, never_sent) == dt.date(2024, 5, 2)


def test_the_grace_counts_real_hours_on_the_night_clocks_go_back() -> None:
    # 00:30 CEST to 06:15 CET on 2024-10-27 is 6 h 45 min, though the wall clock says 5 h 45 min.
    night = ScheduleSettings(time=dt.time(0, 30), grace_hours=6)
    assert catch_up_date(at("2024-10-27", "06:15"), night, BERLIN, never_sent) is None
    assert catch_up_date(at("2024-10-27", "05:15"), night, BERLIN, never_sent) == dt.date(2024, 10, 27)


def write_config(folder: Path, hhmm: str, grace: float) -> Path:
    path = folder / "briefing.toml"
    path.write_text(f"""
[briefing]
timezone = "UTC"
outbox = "outbox"
state = "state/state.sqlite"

[schedule]
time = "{hhmm}"
grace_hours = {grace}
""", encoding="utf-8")
    return path


def serve_in_thread(config, clock=None):
    """Run serve() until the job runs once (or 20 s pass); returns the dates the job got and the lines said."""
    stop, ran, said = threading.Event(), [], []

    def job(date: dt.date) -> None:
        ran.append(date)
        stop.set()

    def say(line: str) -> None:
        said.append(line)

    thread = threading.Thread(target=serve, kwargs={"config": config, "job": job, "stop": stop, "clock": clock,
                                                    "say": say})
    thread.start()
    return thread, stop, ran, said


def test_serve_catches_up_at_once_when_the_edition_is_due(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "07:00", 6))
    late = lambda: at("2024-05-02", "09:00", dt.UTC)  # noqa: E731 - a fixed clock
    thread, stop, ran, said = serve_in_thread(config, clock=late)
    stop.wait(20)
    stop.set()
    thread.join(20)
    assert ran == [dt.date(2024, 5, 2)]
    assert any(line.startswith("catching up: the edition of 2024-05-02") for line in said)
    assert said[-1] == "stopped"


def test_serve_does_not_catch_up_an_edition_already_sent(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "07:00", 6))
    with State(config.state) as state:  # a real send record, as 'briefing send' leaves it
        sendlog = SendLog(state)
        sendlog.keep(message_id="<m@x>", date=dt.date(2024, 5, 2), eml=tmp_path / "x.eml", digest="d")
        sendlog.record("<m@x>", ["reader@example.net"], complete=True)
    thread, stop, ran, said = serve_in_thread(config, clock=lambda: at("2024-05-02", "09:00", dt.UTC))
    stop.set()
    thread.join(20)
    assert ran == [] and not any("catching up" in line for line in said)


def test_the_daily_trigger_fires_the_job_with_the_local_date(tmp_path: Path) -> None:
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)).replace(microsecond=0)
    config = load_config(write_config(tmp_path, soon.strftime("%H:%M:%S"), 0))
    thread, stop, ran, said = serve_in_thread(config)
    stop.wait(20)
    stop.set()
    thread.join(20)
    assert ran == [soon.date()]
    assert "next run " + soon.strftime("%Y-%m-%d %H:%M") in said[0]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_schedule_command_stops_cleanly_on_a_signal(tmp_path: Path, sig: signal.Signals) -> None:
    config = write_config(tmp_path, "07:00", 0)
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing", "schedule", "--config", str(config)],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = proc.stdout.readline()
        assert first.startswith("scheduled daily at 07:00 UTC"), proc.stderr.read()
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert out.rstrip().endswith("stopped")


def test_run_builds_and_sends_once_and_the_next_day_leaves_out_what_readers_have(seeded: Path, capsys) -> None:
    from smtpd_helpers import smtp_server
    from smtpd_helpers import write_config as write_mail_config

    from briefing.cli.main import main

    with smtp_server() as (handler, port):
        config = str(write_mail_config(seeded, port))
        assert main(["run", "--config", config, "--date", "2024-05-02"]) == 0
        assert main(["run", "--config", config, "--date", "2024-05-02"]) == 0
        out = capsys.readouterr().out
        assert out.count("Built 2024-05-02") == 1 and "already sent" in out  # not rebuilt once sent
        assert main(["run", "--config", config, "--date", "2024-05-03"]) == 0
        assert "2024-05-03 has no events" in capsys.readouterr().out
        assert [str(msg["Subject"]) for _, msg in handler.delivered] == ["Morning Briefing — Thursday 2 May 2024"]
        assert "Colossus" in handler.delivered[0][1].get_body(("plain",)).get_content()
        assert main(["build", "--config", config, "--date", "2024-05-03", "--all"]) == 0
        assert main(["send", "--config", config, "--date", "2024-05-03"]) == 0
        assert len(handler.delivered) == 2  # --all brings the event back
