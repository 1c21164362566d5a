"""Qt-free matplotlib figure builders shared by the GUI and the reports.

Every builder takes a SPEC 3 result dict (with its `display` context), returns a
`matplotlib.figure.Figure` (never pyplot) and accepts `dark=` to match the GUI palette.
"""

# First: matplotlib's classes are defined without their generated docstrings (see there).
# Then: Agg reads its fonts from memory (see there).
from assessor.charts import lean_matplotlib, memory_fonts  # noqa: F401
from assessor.charts.career import plane_figure
from assessor.charts.ladder import ladder_figure
from assessor.charts.profile import calibration_figure, dimensions_figure
from assessor.charts.progress import path_figure, trend_figure
from assessor.charts.theme import Theme, theme

__all__ = [
    "Theme", "calibration_figure", "dimensions_figure", "ladder_figure", "path_figure",
    "plane_figure", "theme", "trend_figure",
]
