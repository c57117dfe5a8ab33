"""briefing.toml: defaults without a file, paths relative to the file, each bad key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import Config, FeedSpec, load_config
from briefing.errors import ConfigError


def test_no_file_gives_working_defaults(project: Path) -> None:
    config = load_config()
    assert config == Config()
    assert config.seeds == Path("seeds") and config.outbox == Path("outbox") and config.timezone == "UTC"


def test_settings_and_feeds_are_read_with_paths_relative_to_the_file(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "briefing.toml"
    path.parent.mkdir()
    path.write_text(
        '[briefing]\ntitle = "Morning"\ntimezone = "Europe/Berlin"\nseeds = "articles"\noutbox = "/srv/out"\n'
        'feeds = ["https://a.example/rss", { name = "Wire", url = "https://wire.example/atom" }]\n'
    )
    config = load_config(path)
    assert config.title == "Morning" and config.timezone == "Europe/Berlin"
    assert config.seeds == path.parent / "articles" and config.seeds_explicit
    assert config.outbox == Path("/srv/out")
    assert config.feeds == (FeedSpec(url="https://a.example/rss"), FeedSpec(url="https://wire.example/atom", name="Wire"))


@pytest.mark.parametrize(
    ("toml", "names"),
    [
        ('[briefing]\ntitel = "x"\n', "briefing.titel"),
        ('[briefing]\ntimezone = "Mars/Olympus"\n', "briefing.timezone"),
        ('[briefing]\nwindow_hours = -1\n', "briefing.window_hours"),
        ('[briefing]\nwindow_hours = inf\n', "briefing.window_hours"),
        ('[briefing]\nwindow_hours = nan\n', "briefing.window_hours"),
        ('[smtp]\nhost = "mail.example"\ntimeout = inf\n', "smtp.timeout"),
        ('[email]\nfrom = "a@example.org"\nto = ["b@example.org\\u0000c@example.org"]\n', "email.to"),
        ('[email]\nfrom = "a@example.org"\nto = ["b@example.org\\u2028Bcc: c@example.org"]\n', "email.to"),
        ('[email]\nfrom = "a@example.org\\u0085"\nto = ["b@example.org"]\n', "email.from"),
        ('[briefing]\nfeeds = [42]\n', "briefing.feeds[0]"),
        ('feeds = ["https://a.example/rss", {url = "https://b.example", colour = "red"}]\n', "feeds[1]"),
        ('[smtp]\nhost = "mail.example"\npassword = "hunter2"\n', "smtp.password"),
        ('[smtp]\nhost = "mail.example"\nport = 99999\n', "smtp.port"),
        ('[email]\nfrom = "nobody"\nto = ["a@example.org"]\n', "email.from"),
        ('[schedule]\ntime = "7 o\'clock"\n', "schedule.time"),
        ("[briefing\n", "not valid TOML"),
    ],
)
def test_bad_settings_name_the_key(tmp_path: Path, toml: str, names: str) -> None:
    path = tmp_path / "briefing.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert names in message and str(path) in message
    assert "hunter2" not in message


def test_a_missing_config_file_that_was_named_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "missing.toml")
