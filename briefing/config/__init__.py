"""Configuration: briefing.toml read against one schema that names every bad key."""

from briefing.config.schema import (
    DEFAULT_CONFIG,
    Config,
    EmailSettings,
    FeedSpec,
    ScheduleSettings,
    SmtpSettings,
    load_config,
    parse_config,
)

__all__ = ["DEFAULT_CONFIG", "Config", "EmailSettings", "FeedSpec", "ScheduleSettings", "SmtpSettings",
           "load_config", "parse_config"]
