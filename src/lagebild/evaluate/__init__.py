"""Evaluation against hand-written gold: entity mentions and links, events, quotes.

    >>> from lagebild.evaluate import run_evaluation, format_report
    >>> print(format_report(run_evaluation("tests/gold")))
"""

from .entities import evaluate_entities
from .events import evaluate_events
from .gold import GoldFormatError, GoldItem, GoldMention, load_gold_dir, load_gold_file
from .quotes import evaluate_quotes
from .report import format_report
from .runner import SCORERS, run_evaluation

__all__ = ["SCORERS", "GoldFormatError", "GoldItem", "GoldMention", "evaluate_entities", "evaluate_events",
           "evaluate_quotes", "format_report", "load_gold_dir", "load_gold_file", "run_evaluation"]
