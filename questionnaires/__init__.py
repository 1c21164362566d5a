"""Questionnaires shipped with Assessor (read with importlib.resources)."""
