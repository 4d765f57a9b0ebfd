"""Command line: each command parses, builds settings, makes one library call and prints.

Exit codes: 0 all inputs fine, 1 at least one input failed (the rest were
still processed), 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace

from tqdm import tqdm

from . import analyze_many, load_settings, open_store
from .errors import LagebildError, PipelineConfigError
from .ingest import expand_paths
from .pipeline import Outcome

EPILOG = """examples:
  lagebild analyze article.txt --published 2019-04-26 --json
  lagebild analyze pages/ feed.jsonl --json > analysed.jsonl
  cat page.html | lagebild analyze - --json
  lagebild --db news.db ingest ../shared/data/german-news-html/html/
  lagebild --db news.db stats
  lagebild --db news.db show 3f9a0c1d2e4b5a69
  lagebild --db news.db events --country RUS --root 14 --format csv
  lagebild evaluate tests/gold
  lagebild kb build --shared ../shared/data
"""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        settings = load_settings(args.config)
        if args.db:
            settings = replace(settings, store=replace(settings.store, path=args.db))
        return args.func(args, settings)
    except (LagebildError, PipelineConfigError, OSError) as exc:
        print(f"lagebild: error: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lagebild", description="Turn news pages into a structured, searchable event database.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="SQLite database file (default: lagebild.db, or LAGEBILD_STORE_PATH)")
    parser.add_argument("--config", help="a lagebild.toml with settings")
    sub = parser.add_subparsers(title="commands")

    def inputs(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help="files (.txt, .html, .htm, .html.gz, .jsonl), directories (recursive), or - for stdin")
        p.add_argument("--published", metavar="YYYY-MM-DD", type=_iso_date,
                       help="publication date for inputs that carry none of their own")
        p.add_argument("--no-progress", action="store_true", help="never show the progress bar")

    p = sub.add_parser("analyze", help="analyse inputs and print the results",
                       epilog="example: lagebild analyze article.txt --published 2019-04-26 --json",
                       description="Analyse each input and print one line per article, or with --json one "
                                   "JSON object per article (JSON Lines, the analysis contract).")
    inputs(p)
    p.add_argument("--json", action="store_true", help="print JSON Lines (the analysis contract)")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("ingest", help="analyse inputs and store them in the database",
                       epilog="example: lagebild --db news.db ingest pages/",
                       description="Analyse each input and store it; an article already stored is not "
                                   "stored again; every input's status (ok / failed + reason) is recorded.")
    inputs(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("show", help="print one stored article as JSON",
                       epilog="example: lagebild show 3f9a0c1d2e4b5a69")
    p.add_argument("id", help="article id (as printed by ingest or analyze)")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("evaluate", help="score the pipeline against gold files",
                       epilog="example: lagebild evaluate tests/gold",
                       description="Run every gold file under GOLD_DIR (entities: mentions, actor and place "
                                   "links) through the pipeline and report precision, recall and F1 by language.")
    p.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of gold files (see tests/gold/entities/README.md)")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.set_defaults(func=cmd_evaluate)

    _add_events_parser(sub)

    p = sub.add_parser("kb", help="the knowledge base of actors and places",
                       epilog="example: lagebild kb build --shared ../shared/data")
    kb_sub = p.add_subparsers(title="kb commands", required=True)
    b = kb_sub.add_parser("build", help="rebuild the shipped knowledge base from its sources (needs the kb extra)",
                          description="Compile countries, organisations, office holders and places into "
                                      "kb.json.gz (see docs/kb.md); the same sources give the same bytes.")
    b.add_argument("--shared", required=True, help="folder holding the kb/ and cameo/ seed data (shared/data)")
    b.add_argument("--output", help="where to write kb.json.gz (default: the file shipped in the package)")
    b.set_defaults(func=cmd_kb_build)

    p = sub.add_parser("stats", help="counts of stored articles and input statuses",
                       epilog="example: lagebild --db news.db stats")
    p.set_defaults(func=cmd_stats)
    return parser


def _add_events_parser(sub) -> None:
    from .export import FORMATS
    from .store.events import MODES

    p = sub.add_parser("events", help="list or export stored events, with filters",
                       epilog="examples:\n  lagebild events --country RUS --root 14 --since 2019-04-01\n"
                              "  lagebild events --actor scholz --format csv > scholz.csv\n"
                              "  lagebild events --format gdelt > events.tsv",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Print the stored events that match every filter given, oldest first: a "
                                   "table, CSV with a header, JSON Lines, or GDELT 2.0 event-table TSV.")
    p.add_argument("--actor", metavar="X", help="actor id (wd:Q7747) or part of a name, as source or target")
    p.add_argument("--country", metavar="ISO3", help="source or target country, ISO alpha-3 (RUS)")
    p.add_argument("--root", metavar="CODE", type=_cameo_prefix,
                   help="CAMEO root (14) or code prefix (141)")
    p.add_argument("--mode", choices=MODES, help="only events in this mode")
    p.add_argument("--since", metavar="YYYY-MM-DD", type=_iso_date,
                   help="event date (else publication date) on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", type=_iso_date,
                   help="event date (else publication date) on or before this day")
    p.add_argument("--limit", metavar="N", type=_positive_int, help="at most N events")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.set_defaults(func=cmd_events)


def _cameo_prefix(value: str) -> str:
    if not (value.isdigit() and 2 <= len(value) <= 4):
        raise argparse.ArgumentTypeError(f"not a CAMEO root or code prefix (2-4 digits): {value!r}")
    return value


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return int(value)


def _iso_date(value: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _outcomes(args: argparse.Namespace, settings) -> Iterator[Outcome]:
    """Analyse the inputs, with a progress bar when several files are processed and stderr is a terminal."""
    files = expand_paths(args.paths)
    outcomes: Iterable[Outcome] = analyze_many(args.paths, published=args.published, settings=settings)
    show = len(files) > 1 and not args.no_progress and sys.stderr.isatty()
    yield from tqdm(outcomes, total=len(files), unit="doc", disable=not show, file=sys.stderr, leave=False)


def _report_error(error: LagebildError) -> None:
    """One stderr line per failed input; tqdm.write keeps it from tearing an active progress bar."""
    tqdm.write(f"lagebild: error: {error}", file=sys.stderr)


def cmd_analyze(args: argparse.Namespace, settings) -> int:
    failed = 0
    for outcome in _outcomes(args, settings):
        if not outcome.ok:
            failed += 1
            _report_error(outcome.error)
            continue
        article = outcome.article
        if args.json:
            print(json.dumps(article.to_dict(), ensure_ascii=False))
        else:
            print(f"{article.id}  {article.language}  {article.status:<8}  {len(article.sentences):>4} sent.  "
                  f"{(article.title or article.text[:60]).strip()!s:.70}  [{article.source}]")
    return 1 if failed else 0


def cmd_ingest(args: argparse.Namespace, settings) -> int:
    counts = {"new": 0, "duplicate": 0, "failed": 0}
    with open_store(settings.store.path) as store:
        for outcome in _outcomes(args, settings):
            if not outcome.ok:
                _report_error(outcome.error)
            counts[store.record(outcome)] += 1
    print(f"{counts['new']} new, {counts['duplicate']} already stored, {counts['failed']} failed "
          f"-> {settings.store.path}")
    return 1 if counts["failed"] else 0


def cmd_show(args: argparse.Namespace, settings) -> int:
    with open_store(settings.store.path) as store:
        article = store.get(args.id)
    if article is None:
        print(f"lagebild: error: no article with id {args.id!r} in {settings.store.path}", file=sys.stderr)
        return 1
    print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    return 0


def cmd_evaluate(args: argparse.Namespace, settings) -> int:
    from .evaluate import format_report, run_evaluation

    report = run_evaluation(args.gold_dir, settings=settings)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    return 0


def cmd_events(args: argparse.Namespace, settings) -> int:
    from .export import write_events
    from .store.events import events

    with open_store(settings.store.path) as store:
        rows = events(store, actor=args.actor, country=args.country, root=args.root, mode=args.mode,
                      since=args.since, until=args.until, limit=args.limit)
    if not write_events(rows, args.format, sys.stdout) and args.format == "table":
        print(f"lagebild: no stored event matches in {settings.store.path}", file=sys.stderr)
    return 0


def cmd_kb_build(args: argparse.Namespace, settings) -> int:
    from pathlib import Path

    from .kb.build import OUTPUT, build

    figures = build(Path(args.shared), Path(args.output) if args.output else OUTPUT)
    print(f"{figures['actors']:,} actors, {figures['places']:,} places, {figures['names']:,} names, "
          f"{figures['bytes']:,} bytes -> {args.output or OUTPUT}")
    return 0


def cmd_stats(args: argparse.Namespace, settings) -> int:
    with open_store(settings.store.path) as store:
        stats = store.stats()
    width = max(len(k) for k in stats)
    for key, value in stats.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
