"""Command-line interface: a thin layer that turns our exceptions into one-line messages.

Exit codes: 0 success; 1 unexpected error; 2 bad configuration or input; 3 --strict and there
were warnings; 4 fetching failed; 5 the mail server did not accept the edition; 6 state database;
7 the outbox cannot be written (disk full): the previous edition is left as it was.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import re
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
        "4 fetch failed, 5 mail not accepted (kept for the next send), 6 state database, "
        "7 outbox not writable (disk full; the previous edition is kept).",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_build(sub, common)
    _add_feeds(sub, common)
    _add_cluster(sub, common)
    _add_send(sub, common)
    _add_run(sub, common)
    _add_schedule(sub, common)
    _add_check_config(sub, common)
    _add_preview(sub, common)
    return parser


def _add_preview(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("preview", parents=[common], help="serve an edition's HTML, text and Markdown on localhost")
    p.add_argument("--date", type=parse_date, help="edition date YYYY-MM-DD (default: the newest edition in the outbox)")
    p.add_argument("--outbox", type=Path, help="where editions are (default outbox/)")
    p.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000; 0 picks a free one)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser")
    p.set_defaults(handler=_run_preview)


def _run_preview(args: argparse.Namespace) -> int:
    import signal

    from briefing.render.preview import pick_edition, serve

    config = load(args)
    # SIGTERM stops the server like Ctrl-C does: a clean exit, the port freed.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    serve(pick_edition(config.outbox, args.date), port=args.port,
          open_browser=not args.no_browser, announce=lambda line: print(line, flush=True))
    print("stopped", flush=True)
    return 0


def _add_build(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("build", parents=[common], help="build the digest into outbox/<date>/")
    p.add_argument("--seeds", type=Path, help="folder of saved articles (.txt, .md, .html); default seeds/")
    p.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS/Atom feed (repeatable)")
    p.add_argument("--date", type=parse_date, help="edition date YYYY-MM-DD (default: today in the configured timezone)")
    p.add_argument("--outbox", type=Path, help="where editions are written (default outbox/)")
    p.add_argument("--strict", action="store_true",
                   help="exit 3 when there were warnings (the edition is still written, to be read, not sent)")
    p.add_argument("--all", action="store_true", help="include events already carried by earlier editions")
    p.add_argument("--since", type=parse_since, metavar="WHEN",
                   help="use feed entries published after WHEN: a time (2026-05-10T06:00, in the configured "
                   "timezone unless it says) or hours back (48h: from now, or with --date from the end of that "
                   "day); default: the configured window, 36h")
    p.set_defaults(handler=_run_build)


def _add_feeds(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("feeds", help="import and list the feeds a build reads")
    actions = p.add_subparsers(title="actions", metavar="ACTION")
    imp = actions.add_parser("import", parents=[common],
                             help="add the feeds of an OPML file (kept in the state database)")
    imp.add_argument("file", type=Path, metavar="FILE.opml", help="a subscription list exported by a feed reader")
    imp.set_defaults(handler=_run_feeds_import)
    ls = actions.add_parser("list", parents=[common], help="every feed a build reads, with how its last fetch went")
    ls.set_defaults(handler=_run_feeds_list)
    p.set_defaults(handler=lambda _args: p.print_help() or 2)


def parse_since(value: str) -> dt.datetime | dt.timedelta:
    """Parse --since as hours back ("48h", "2d") or an ISO date/time (naive means the configured timezone)."""
    span = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([hd])\s*", value.lower())
    if span:
        return dt.timedelta(hours=float(span[1]) * (24 if span[2] == "d" else 1))
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is neither hours like 48h nor a time like 2026-05-10T06:00") from None


def _run_feeds_import(args: argparse.Namespace) -> int:
    from briefing.feeds.opml import read_opml
    from briefing.feeds.run import import_feeds
    from briefing.state import State

    config = load(args)
    feeds = read_opml(args.file)
    with State(config.state) as state:
        done = import_feeds(state, feeds)
    # A feed moved to another folder in the reader changes its section: say so, or "0 new" reads as "nothing".
    moves = ", ".join(f"{spec.name or spec.url} from {old or 'no section'} to {spec.section}"
                      for spec, old in done.moved[:3])
    more = f" and {len(done.moved) - 3} more" if len(done.moved) > 3 else ""
    moved = f"; {len(done.moved)} moved to another section: {moves}{more}" if done.moved else ""
    print(f"imported {done.added} new feed(s) of {len(feeds)} listed in {args.file}{moved} (kept in {config.state})")
    return 0


def _run_feeds_list(args: argparse.Namespace) -> int:
    from briefing.feeds.run import feed_report
    from briefing.state import State

    config = load(args)
    with State(config.state) as state:
        listing = feed_report(state, config.feeds)
    if not listing:
        print("no feeds: add feeds = [...] to briefing.toml, or run 'briefing feeds import FILE.opml'")
    for item in listing:
        health = item.health
        status = f"{health.status}, {health.entries} used, checked {item.checked_at}" if health else "not fetched yet"
        note = f" - {health.message}" if health and health.message else ""
        where = f"{item.origin}, section {item.spec.section}" if item.spec.section else item.origin
        print(f"{item.name}  {item.spec.url}  [{where}]  {status}{note}")
    return 0


def _add_cluster(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("cluster", parents=[common], help="label JSON-lines articles with their event (dedupe only)")
    p.add_argument("file", nargs="?", default="-", metavar="FILE",
                   help="JSON lines {id, title, text, date?, url?, source?}; '-' or nothing reads stdin")
    p.set_defaults(handler=_run_cluster)


def _run_cluster(args: argparse.Namespace) -> int:
    from briefing.cli import cluster as cluster_cli  # loads the deduplicator: only `cluster` pays for it

    return cluster_cli.run(args)


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
    from briefing.build import BuildOptions, build, edition_end
    from briefing.config import FeedSpec

    config = load(args)
    if args.feed:
        config = config.with_overrides(feeds=config.feeds + tuple(FeedSpec(url=u) for u in args.feed))
    since = None
    if args.since is not None:
        from briefing.feeds.run import window_start

        # "48h" with --date counts back from the end of that day: from now, a past edition would get nothing.
        now = edition_end(config, args.date) if args.date else dt.datetime.now(config.tz)
        since = window_start(args.since, now=now, hours=config.window_hours, tz=config.tz)
    options = BuildOptions(date=args.date or config.today(), include_seen=args.all, since=since,
                           progress=_progress_bar if sys.stderr.isatty() else None)
    result = build(config, options)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(result.summary())
    if result.edition.feed_health:
        from briefing.feeds.run import health_summary

        print(health_summary(result.edition.feed_health))
    if args.strict and result.warnings:
        # The edition stays written, so the warnings can be read beside it; exit 3 stops a script
        # ("briefing build --strict && briefing send") before it sends or publishes it.
        from briefing.text import plural

        raise StrictModeError(f"{plural(len(result.warnings), 'warning')} under --strict: the edition in "
                              f"{result.edition_dir}/ was written but is not meant to be sent")
    return 0


def _progress_bar(done: int, total: int) -> None:
    """A one-line bar on stderr while feeds are fetched; cleared when the last one is in."""
    if done >= total:
        sys.stderr.write("\r" + " " * 60 + "\r")
    else:
        filled = int(24 * done / max(total, 1))
        sys.stderr.write(f"\rfetching [{'#' * filled}{'.' * (24 - filled)}] {done}/{total}")
    sys.stderr.flush()


def _add_send(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("send", parents=[common], help="email the built edition (once; kept and retried on failure)")
    _edition_arguments(p, force="send again even if this edition was already sent")
    p.set_defaults(handler=_run_send)


def _edition_arguments(p: argparse.ArgumentParser, *, force: str) -> None:
    """--date, --outbox and --force, which send and run share."""
    p.add_argument("--date", type=parse_date, help="edition date YYYY-MM-DD (default: today)")
    p.add_argument("--outbox", type=Path, help="where editions are (default outbox/)")
    p.add_argument("--force", action="store_true", help=force)


def _run_send(args: argparse.Namespace) -> int:
    from briefing.deliver.send import send

    config = load(args)
    return _report(send(config, args.date or config.today(), force=args.force))


def _report(report) -> int:  # report: briefing.deliver.send.SendReport
    for outcome in report.outcomes:
        print(outcome.line())
    for error in report.errors[:-1]:
        print(f"error: {error}", file=sys.stderr)
    if report.errors:
        raise report.errors[-1]
    return 0


def _add_run(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("run", parents=[common], help="build and send once (for cron)")
    _edition_arguments(p, force="rebuild and send even if already sent")
    p.set_defaults(handler=_run_run)


def _run_run(args: argparse.Namespace) -> int:
    from briefing.deliver.scheduler import run_once

    config = load(args)
    result = run_once(config, args.date or config.today(), force=args.force)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.built:
        print(result.built)
    return _report(result.report)


def _add_schedule(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("schedule", parents=[common], help="stay in the foreground; build and send every day")
    p.set_defaults(handler=_run_schedule)


def _run_schedule(args: argparse.Namespace) -> int:
    from briefing.deliver.scheduler import serve

    serve(load(args), say=lambda line: print(line, flush=True))
    return 0


def _add_check_config(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check-config", parents=[common], help="validate the settings and the environment")
    p.add_argument("--connect", action="store_true", help="also connect and log in to the SMTP server")
    p.set_defaults(handler=_run_check_config)


def _run_check_config(args: argparse.Namespace) -> int:
    from briefing.cli.checkconfig import check_config

    findings = check_config(args.config, connect_smtp=args.connect)
    for finding in findings:
        print(finding.line(), file=sys.stderr if finding.level == "error" else sys.stdout)
    return 2 if any(f.level == "error" for f in findings) else 0


def _setup_logging(*, debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s" if debug else "%(message)s",
        stream=sys.stderr,
    )
    if not debug:
        # Libraries' own lines ("parsed tree length: 0", "discarding data") mean nothing to a reader
        # beside ours, and every problem they describe already costs one of our warnings.
        for handler in logging.getLogger().handlers:
            handler.addFilter(_only_briefing)


def _only_briefing(record: logging.LogRecord) -> bool:
    return record.name == "briefing" or record.name.startswith("briefing.")


__all__ = ["main", "make_parser", "parse_date", "load", "ConfigError"]
