"""Frise: a desktop timeline viewer for long, tangled stories, every claim sourced."""

__version__ = "0.1.0"
