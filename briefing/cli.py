"""Command-line interface: a thin layer that turns our exceptions into one-line messages.

Exit codes: 0 success; 1 unexpected error; 2 bad configuration or input; 3 --strict and there
were warnings; 4 fetching failed; 5 the mail server did not accept the edition; 6 state database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing import __version__
from briefing.errors import BriefingError, ConfigError, StrictModeError

log = logging.getLogger("briefing")

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `briefing` command and return its exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    _setup_logging(debug=args.debug)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args))
    except BriefingError as exc:
        if args.debug:
            log.exception("failed")
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, traceback only with --debug
        if args.debug:
            raise
        print(f"error: unexpected {type(exc).__name__}: {exc} (run again with --debug for details)", file=sys.stderr)
        return 1


def make_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, help="settings file (default: ./briefing.toml if present)")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks and debug logs")
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a day of overlapping news into one digest a busy reader can trust.",
        epilog="Exit codes: 0 ok, 1 unexpected error, 2 bad config or input, 3 warnings under --strict, "
        "4 fetch failed, 5 mail not accepted (kept for the next send), 6 state database.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_build(sub, common)
    _add_preview(sub, common)
    return parser


def _add_build(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("build", parents=[common], help="build the digest into outbox/<date>/")
    p.add_argument("--seeds", type=Path, help="folder of saved articles (.txt, .md, .html); default seeds/")
    p.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS/Atom feed (repeatable)")
    p.add_argument("--date", type=parse_date, help="edition date YYYY-MM-DD (default: today in the configured timezone)")
    p.add_argument("--outbox", type=Path, help="where editions are written (default outbox/)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 3)")
    p.add_argument("--all", action="store_true", help="include events already carried by earlier editions")
    p.set_defaults(handler=_run_build)


def _add_preview(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("preview", parents=[common], help="serve an edition's HTML, text and Markdown on 127.0.0.1")
    p.add_argument("--date", type=parse_date, help="edition date YYYY-MM-DD (default: the newest edition in the outbox)")
    p.add_argument("--port", type=int, default=8025, help="port on 127.0.0.1 (default 8025; 0 picks a free one)")
    p.add_argument("--outbox", type=Path, help="where editions are (default outbox/)")
    p.add_argument("--no-browser", action="store_true", help="only print the URL, do not open a browser")
    p.set_defaults(handler=_run_preview)


def _run_preview(args: argparse.Namespace) -> int:
    from briefing.preview import pick_edition, serve

    folder = pick_edition(load(args).outbox, args.date)
    serve(folder, port=args.port, open_browser=not args.no_browser, announce=lambda line: print(line, flush=True))
    print("stopped", flush=True)
    return 0


def parse_date(value: str) -> dt.date:
    """Parse --date as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date in the form YYYY-MM-DD") from None


def load(args: argparse.Namespace):  # -> Config; imported lazily to keep --help fast
    """The configuration named by --config (or found), with command-line overrides applied."""
    from briefing.config import load_config

    config = load_config(args.config)
    seeds = getattr(args, "seeds", None)
    return config.with_overrides(
        seeds=seeds, seeds_explicit=True if seeds else None, outbox=getattr(args, "outbox", None)
    )


def _run_build(args: argparse.Namespace) -> int:
    from briefing.build import BuildOptions, build
    from briefing.config import FeedSpec

    config = load(args)
    if args.feed:
        config = config.with_overrides(feeds=config.feeds + tuple(FeedSpec(url=u) for u in args.feed))
    result = build(config, BuildOptions(date=args.date or config.today(), include_seen=args.all))
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(result.summary())
    if args.strict and result.warnings:
        raise StrictModeError(f"{len(result.warnings)} warning(s) under --strict")
    return 0


def _setup_logging(*, debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s" if debug else "%(message)s",
        stream=sys.stderr,
    )


__all__ = ["main", "make_parser", "parse_date", "load", "ConfigError"]
