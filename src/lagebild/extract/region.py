"""The article's run of blocks: the densest stretch of prose on the page.

Each block gets a weight (prose counts its length; headline-shaped lines,
link lists and furniture cost a little; a footer cue is a wall), and the
body is the run with the largest total, found in one pass (Kadane's
maximum-sum subarray). A navigation menu of forty short links therefore
never joins the article, while a crosshead between two paragraphs does.
Example weights: ``[-40, -40, 180, 320, -40, 410, -40, -inf, 150]`` → the
run from index 2 to 5.
"""

from __future__ import annotations

WALL = float("-inf")
# An earlier run this close to the best one wins: the article comes before reader comments.
_EARLIER_RUN_SHARE = 0.6


def densest_run(weights: list[float]) -> tuple[int, int] | None:
    """``(first, last)`` index of the chosen run, or None when no block has a positive weight."""
    runs: list[tuple[float, int, int]] = []  # best run of each stretch between walls
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if weight == WALL:
            if best:
                runs.append(best)
            best, total, start = None, 0.0, i + 1
            continue
        if total <= 0:
            total, start = 0.0, i
        total += weight
        if weight > 0 and (best is None or total > best[0]):
            best = (total, start, i)
    if best:
        runs.append(best)
    if not runs:
        return None
    top = max(score for score, _, _ in runs)
    score, first, last = next(run for run in runs if run[0] >= _EARLIER_RUN_SHARE * top)
    return first, last
