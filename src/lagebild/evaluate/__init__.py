"""Evaluation against hand-written gold: entity mentions and links now, events and quotes later.

    >>> from lagebild.evaluate import run_evaluation, format_report
    >>> print(format_report(run_evaluation("tests/gold")))
"""

from .entities import evaluate_entities
from .gold import GoldFormatError, GoldItem, GoldMention, load_gold_dir, load_gold_file
from .report import format_report
from .runner import SCORERS, run_evaluation

__all__ = ["SCORERS", "GoldFormatError", "GoldItem", "GoldMention", "evaluate_entities", "format_report",
           "load_gold_dir", "load_gold_file", "run_evaluation"]
