"""Assessor: offline self-assessment and career pathing for AI cybersecurity roles."""

__version__ = "0.1.0"
