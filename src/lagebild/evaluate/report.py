"""A plain-text table of an evaluation report, for the terminal.

Example output line: ``entities  de  actors   0.812  0.640  0.716   57   13   32``.
"""

from __future__ import annotations

from typing import Any

_HEADER = f"{'kind':<9} {'lang':<4} {'layer':<9} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"


def format_report(report: dict[str, Any], *, max_errors: int = 20) -> str:
    """Scores per kind, language and layer, then the first ``max_errors`` errors of each kind."""
    lines = [f"gold: {report.get('gold_dir', '?')}", _HEADER, "-" * len(_HEADER)]
    details: list[str] = []
    for kind, result in report.get("kinds", {}).items():
        rows = [("all", result.get("overall", {}))]
        rows += sorted(result.get("by_language", {}).items())
        for lang, layers in rows:
            for layer, c in layers.items():
                lines.append(f"{kind:<9} {lang:<4} {layer:<9} {c['precision']:>6.3f} {c['recall']:>6.3f} "
                             f"{c['f1']:>6.3f} {c['tp']:>5} {c['fp']:>5} {c['fn']:>5}")
        for mention_type, c in result.get("mentions_by_type", {}).items():
            lines.append(f"{kind:<9} {'all':<4} {mention_type:<9} {c['precision']:>6.3f} {c['recall']:>6.3f} "
                         f"{c['f1']:>6.3f} {c['tp']:>5} {c['fp']:>5} {c['fn']:>5}")
        for breakdown in ("by_root", "by_mode"):  # events: per gold CAMEO root and per mode
            for name, c in result.get(breakdown, {}).items():
                label = f"root {name}" if breakdown == "by_root" else name
                lines.append(f"{kind:<9} {label:<14} {c['precision']:>6.3f} {c['recall']:>6.3f} "
                             f"{c['f1']:>6.3f} {c['tp']:>5} {c['fp']:>5} {c['fn']:>5}")
        for what, r in result.get("accuracy", {}).items():
            share = "n/a" if r["accuracy"] is None else f"{r['accuracy']:.3f}"
            lines.append(f"{kind}: {what} accuracy {share} ({r['right']}/{r['total']} of matched)")
        counts = ", ".join(f"{n} {lang}" for lang, n in result.get("items_by_language", {}).items())
        lines.append(f"{kind}: {result.get('items', 0)} items ({counts})")
        if result.get("language_mismatch"):
            lines.append(f"{kind}: language detected differently for {len(result['language_mismatch'])} "
                         f"item(s): {', '.join(result['language_mismatch'][:10])}")
        for failure in result.get("failed", []):
            lines.append(f"{kind}: item {failure['item']} failed, its gold counts as missed: {failure['error']}")
        errors = result.get("errors", [])
        if errors:
            summary = ", ".join(f"{n} {what}" for what, n in result.get("error_counts", {}).items())
            details.append(f"{kind}: {len(errors)} errors ({summary}); first {min(max_errors, len(errors))}:")
            for e in errors[:max_errors]:
                details.append(f"  {e['item']:<22} {e['layer']:<8} {e['error']:<13} {e['text']!r:<24} "
                               f"gold={e['gold']} system={e['system']}")
    for kind, reason in report.get("skipped", {}).items():
        lines.append(f"{kind}: skipped ({reason})")
    return "\n".join(lines + ([""] + details if details else []))
