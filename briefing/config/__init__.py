"""Configuration: briefing.toml read against one schema that names every bad key."""

from briefing.config.schema import DEFAULT_CONFIG, load_config, parse_config, read_config, read_toml
from briefing.config.settings import Config, EmailSettings, FeedSpec, ScheduleSettings, SmtpSettings

__all__ = ["DEFAULT_CONFIG", "Config", "EmailSettings", "FeedSpec", "ScheduleSettings", "SmtpSettings",
           "load_config", "parse_config", "read_config", "read_toml"]
