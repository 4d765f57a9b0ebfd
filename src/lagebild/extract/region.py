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
# An earlier run this close to the best one wins: the article comes before reader comments,
# forum threads and teasers of other articles.
_EARLIER_RUN_SHARE = 0.8
# Prose (characters) that makes a run an article, after which a footer cue closes the page.
_ARTICLE = 300.0


def densest_run(weights: list[float]) -> tuple[int, int] | None:
    """``(first, last)`` index of the chosen run, or None when no block has a positive weight."""
    runs: list[tuple[float, int, int]] = []  # the best run of each stretch, in page order
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for i, weight in enumerate(weights):
        if weight == WALL and max([score for score, _, _ in runs] + [best[0] if best else 0.0]) >= _ARTICLE:
            break  # a footer cue after a real article: comments and teasers below it are not the article
        if weight == WALL or total <= 0:
            # A wall, or a stretch whose furniture has eaten up its prose, closes the current run.
            if best:
                runs.append(best)
            best, total = None, 0.0
            if weight == WALL:
                continue
            start = i
        total += weight
        if weight > 0 and (best is None or total > best[0]):
            best = (total, start, i)
    if best:
        runs.append(best)
    if not runs:
        return None
    top = max(score for score, _, _ in runs)
    _, first, last = next(run for run in runs if run[0] >= _EARLIER_RUN_SHARE * top)
    return first, last
