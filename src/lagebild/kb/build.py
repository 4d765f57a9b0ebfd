"""Offline build of the actor/place knowledge base: ``python -m lagebild.kb.build``.

Reads the installed packages (pycountry with its German gettext catalogue,
babel's CLDR territory names), the seed tables in ``shared/data/kb`` and
``shared/data/cameo``, and our own tables in ``kb/data/sources``; writes one
gzip'd JSON file, ``kb/data/kb.json.gz``, that :mod:`lagebild.kb.lookup` loads.
Needs the ``kb`` extra (``pip install -e .[kb]``); nothing runs at analysis time.

Example: ``python -m lagebild.kb.build --shared ../shared/data`` prints
``kb.json.gz: 23,985 actors, 38,133 places, 66,770 names, 2,088,936 bytes``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
from pathlib import Path

from .countries import add_countries
from .organisations import add_international, add_organisations
from .people import add_people
from .places import add_places
from .sources import HERE, KBBuilder

OUTPUT = HERE / "data" / "kb.json.gz"
FORMAT_VERSION = 1


def build(shared: Path, output: Path = OUTPUT) -> dict[str, int]:
    kb = KBBuilder()
    iso2_of = add_countries(kb, shared)
    add_organisations(kb, shared)
    add_people(kb, shared, iso2_of)
    add_international(kb, shared)
    add_places(kb, shared)
    data = {
        "version": FORMAT_VERSION,
        "actors": [[a.id, a.name, a.type, a.country, a.cameo, a.codes, a.roles] for a in kb.actors],
        "places": kb.places,
        "names": sorted([surface, kind, sorted(refs)] for (surface, kind), refs in kb.names.items()),
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    output.parent.mkdir(parents=True, exist_ok=True)
    # No file name or time in the gzip header: the same sources give the same bytes.
    with output.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9,
                                                 mtime=0) as fh:
        fh.write(payload)
    return {"actors": len(kb.actors), "places": len(kb.places), "names": len(data["names"]),
            "bytes": output.stat().st_size}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m lagebild.kb.build", description=__doc__.splitlines()[0])
    # src/lagebild/kb → the checkout is parents[2]; shared/ lies beside it.
    default_shared = Path(os.environ.get("LAGEBILD_SHARED", HERE.parents[3] / "shared")) / "data"
    parser.add_argument("--shared", type=Path, default=default_shared,
                        help="folder holding kb/ and cameo/ seed data (default: $LAGEBILD_SHARED/data or "
                             "../shared/data beside the checkout)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write kb.json.gz")
    args = parser.parse_args(argv)
    if not (args.shared / "kb").is_dir() or not (args.shared / "cameo").is_dir():
        parser.error(f"{args.shared} holds no kb/ and cameo/ seed data: pass --shared or set LAGEBILD_SHARED")
    figures = build(args.shared, args.output)
    print(f"{args.output.name}: {figures['actors']:,} actors, {figures['places']:,} places, "
          f"{figures['names']:,} names, {figures['bytes']:,} bytes")


if __name__ == "__main__":
    main()
