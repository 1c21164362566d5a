"""The application layer: what the app does for a person, without Qt.

Sessions (one person taking one questionnaire), the flows over the store (start, resume,
finish), the catalog of questionnaires at hand, readings of a result for display, the
`Prompts` protocol views ask through, and the one owner of "the current person". The GUI
(`assessor/ui/`) builds on it; the CLI may use it; it never imports Qt, reports or charts.
"""
