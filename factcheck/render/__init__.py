"""Renderers: turn file results into text for people (full) or machines (json, ...)."""
