"""Linking: known-name mentions, actors and places (stage function :func:`link_mentions`)."""

from .mentions import link_mentions

__all__ = ["link_mentions"]
