"""What a report says, independent of its format: the HTML and PDF renderers both lay out
this one structure, so the two never disagree. Built from the result alone (its typed view,
`core/results/view.py`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from matplotlib.figure import Figure

from assessor import __version__, charts
from assessor.charts.tables import ChartTable, chart_table
from assessor.core.i18n import (
    N_,
    _,
    current_language,
    format_datetime,
    format_percent,
    format_short,
    ngettext,
)
from assessor.core.packs.provider_logo import Logo, provider_logo
from assessor.core.results.view import ResultView, number
from assessor.core.scoring.calibration import calibration_sentence

CAVEAT = N_("This report is for exploration and conversation, not for screening or hiring "
          "decisions.")
CAVEAT_DETAIL = N_("The scores come from a self-assessment and a short knowledge check. They "
                 "are a starting point for talking about interests and next steps, not a "
                 "measure of anyone's worth or fitness for a job.")


@dataclass(frozen=True)
class Chart:
    """A chart of the report, drawn on demand."""

    key: str
    heading: str
    build: Callable[[], Figure]
    # The chart's data as text (alt text and a data table); None when there is none.
    text: Callable[[], ChartTable | None] = lambda: None


@dataclass(frozen=True)
class Table:
    """A table of the report, with column shares and which columns are numbers."""

    columns: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    widths: tuple[float, ...]  # shares of the text width
    numeric: tuple[int, ...] = ()  # columns aligned right


@dataclass(frozen=True)
class Step:
    """One numbered step of the report's path section."""

    number: int
    title: str
    description: str
    effort_hours: float
    level: str
    raised_level: bool
    refs: list[str]
    resources: list[tuple[str, str | None]]  # (title, url)


@dataclass(frozen=True)
class PathSection:
    """The report's path to one cluster."""

    cluster_label: str
    reachable: bool
    total_hours: float
    short: list[str]
    steps: list[Step]


@dataclass(frozen=True)
class Provider:
    """The training provider whose pack the questionnaire came from (plain text)."""

    name: str
    contact: str | None
    website: str | None
    logo: Logo | None = None  # from the installed pack the questionnaire came from


def _provider(result: ResultView) -> Provider | None:
    found = result.provider
    if found is None or not isinstance(found.get("name"), str):
        return None

    def optional(key: str) -> str | None:
        value = found.get(key)
        return value if isinstance(value, str) and value.strip() else None

    return Provider(found["name"], optional("contact"), optional("website"),
                    provider_logo(result.data))


@dataclass(frozen=True)
class Report:
    """Everything a single-result report shows, built once for HTML and PDF."""

    title: str
    questionnaire_title: str
    questionnaire_version: str
    questionnaire_sha256: str
    career_model: str | None
    respondent: str | None
    completed_at: str
    generated_at: str
    generator: str
    complete: bool
    missing: list[str]
    level: str | None
    level_description: str
    next_level: str | None
    best_cluster: str | None
    best_fit: float | None
    chosen_cluster: str | None
    has_career_model: bool
    charts: list[Chart]
    scores: Table
    clusters: Table | None
    path: PathSection | None
    answers: Table
    calibration: Table | None = None
    caveat: str = CAVEAT
    caveat_detail: str = CAVEAT_DETAIL
    facts: list[tuple[str, str]] = field(default_factory=list)
    provider: Provider | None = None
    language: str = "en"


def path_summary(path: PathSection) -> str:
    """The one sentence under a path's heading, as a whole sentence per plural form."""
    return ngettext("{n} step, about {hours} hours of effort in all. Each step is the "
                    "cheapest next move for the gap it closes.",
                    "{n} steps, about {hours} hours of effort in all. Each step is the "
                    "cheapest next move for the gap it closes.",
                    len(path.steps)).format(hours=format_short(path.total_hours))


MAX_MISSING_LISTED = 5


def missing_summary(report: Report) -> str:
    """What an incomplete result lacks, in the questions' own words: a few are named, a
    long list is counted (a client reads "47 questions", not 47 item ids)."""
    count = len(report.missing)
    listed = report.missing[:MAX_MISSING_LISTED if count <= MAX_MISSING_LISTED else 3]
    shown = "; ".join(f"“{text}”" for text in listed)
    if count <= MAX_MISSING_LISTED:
        return ngettext("{n} required question was not answered: {questions}. The scores "
                        "cover the rest.",
                        "{n} required questions were not answered: {questions}. The scores "
                        "cover the rest.", count).format(questions=shown)
    return ngettext("{n} required question was not answered, among them {questions}. The "
                    "scores cover the rest; the answers at the end show which were given.",
                    "{n} required questions were not answered, among them {questions}. The "
                    "scores cover the rest; the answers at the end show which were given.",
                    count).format(questions=shown)


def out_of_reach(path: PathSection) -> str:
    if path.short:
        return _("Even after every step this role stays out of reach: still short in "
                 "{dimensions}.").format(dimensions=", ".join(path.short))
    return _("Even after every step this role stays out of reach: some targets stay short.")


def step_effort(step: Step) -> str:
    hours = format_short(step.effort_hours)
    if step.raised_level:
        return _("{hours} hours · level after this step: {level} (a new level)").format(
            hours=hours, level=step.level)
    return _("{hours} hours · level after this step: {level}").format(hours=hours,
                                                                       level=step.level)


def about_facts(report: Report) -> list[tuple[str, str]]:
    """The "About this report" lines: (label, value)."""
    facts = [(_("Questionnaire:"), _("{title}, version {version}").format(
                 title=report.questionnaire_title, version=report.questionnaire_version)),
             (_("Questionnaire SHA-256:"), report.questionnaire_sha256)]
    if report.career_model:
        facts.append((_("Career model:"), report.career_model))
    facts += [(_("Completed:"), report.completed_at),
              (_("Report generated:"), _("{date} by {generator}").format(
                  date=report.generated_at, generator=report.generator))]
    return facts


# Reports show text from a file someone else wrote: a 4 MiB respondent name without a
# space took 92 s to lay out as a PDF. What a reader can use is far shorter, so longer text
# is cut (saying how much was left out) and long unbroken runs wrap anywhere (pdf_layout).
MAX_SHOWN_CHARACTERS = 5_000
MAX_NAME_CHARACTERS = 200


def shorten(text: str, limit: int = MAX_SHOWN_CHARACTERS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters not shown)"


def _text(value: Any, default: str = "", limit: int = MAX_SHOWN_CHARACTERS) -> str:
    return shorten(default if value is None else str(value), limit)


def _percent(value: Any) -> str:
    found = number(value)
    return "–" if found is None else format_percent(found)


def format_answer(value: Any) -> str:
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return shorten(", ".join(format_answer(v) for v in value)) if value \
            else _("(none of these)")
    if isinstance(value, (int, float)):
        return format_short(value)
    if isinstance(value, dict):
        return shorten(", ".join(f"{k}: {format_answer(v)}" for k, v in value.items()))
    return _text(value)


def format_date(value: Any) -> str:
    text = _text(value)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return format_datetime(moment)


def _score_table(result: ResultView) -> Table:
    rows = []
    for dim, label in result.dimensions:
        score = result.score(dim)
        coverage = score.coverage
        rows.append((label, _percent(score.percent), _percent(score.self_rated),
                     _percent(score.knowledge),
                     "–" if coverage is None else format_percent(coverage * 100)))
    return Table((_("Dimension"), _("Score"), _("Self-rating"), _("Knowledge check"),
                  _("Answered")), rows,
                 # "AUTOEVALUACIÓN" (Spanish, in capitals) needs the wider third column.
                 (0.34, 0.15, 0.19, 0.18, 0.14), numeric=(1, 2, 3, 4))


def _calibration_table(result: ResultView) -> Table:
    """Each dimension's self-rating against its own knowledge checks, read in words."""
    rows = []
    for dim, label in result.dimensions:
        rated = result.score(dim).self_rated
        known = result.score(dim).knowledge
        rows.append((label, _percent(rated), _percent(known),
                     calibration_sentence(label, rated, known)))
    return Table((_("Dimension"), _("Self-rating"), _("Knowledge check"), _("Reading")), rows,
                 # Wide enough for "AUTOEVALUACIÓN" and "CONOCIMIENTOS" (Spanish, capitals).
                 (0.19, 0.19, 0.18, 0.44), numeric=(1, 2))


def _cluster_table(result: ResultView) -> Table | None:
    fits = result.fits
    if not fits:
        return None
    labels = result.dimension_labels()
    rows = []
    for fit in fits:
        # A gap of nothing is no gap; a sliver is named rather than printed as "+0".
        gap_text = "; ".join(
            _("{dimension} +{points}").format(dimension=labels.get(str(dim), str(dim)),
                                              points=f"{points:.0f}") if points >= 0.5 else
            _("{dimension} under 1 point").format(dimension=labels.get(str(dim), str(dim)))
            for dim, points in fit.gaps.items() if points > 0
        ) or _("none")
        rows.append((_text(fit.label), _percent(fit.fit),
                     _("Ready") if fit.ready else _("Not yet"),
                     gap_text))
    return Table((_("Role cluster"), _("Fit"), _("Readiness"),
                  _("Gaps to the target (points)")), rows,
                 (0.34, 0.1, 0.14, 0.42), numeric=(1,))


def _path_section(result: ResultView, cluster_id: str) -> PathSection | None:
    plan = result.path(cluster_id)
    if plan is None:
        return None
    levels = result.level_labels()
    labels = result.dimension_labels()
    steps = []
    previous = result.placement_id
    for position, step in enumerate(plan.steps, start=1):
        milestone_id = _text(step.milestone)
        details = result.milestone(milestone_id)
        level_id = step.level
        resources = [
            (_text(r.get("title"), _("Resource")), r.get("url") if isinstance(r.get("url"), str)
             else None)
            for r in (details.resources if details else ())
        ]
        steps.append(Step(
            number=position,
            title=_text(step.title or (details.title if details else None), milestone_id),
            description=_text(details.description if details else None),
            effort_hours=step.effort_hours,
            level=levels.get(_text(level_id), _text(level_id, "–")),
            raised_level=level_id is not None and level_id != previous,
            refs=[_text(r) for r in (details.refs if details else ())],
            resources=resources,
        ))
        previous = level_id
    return PathSection(
        cluster_label=result.cluster(cluster_id).label,
        reachable=plan.reachable,
        total_hours=sum(step.effort_hours for step in steps),
        short=[labels.get(d, d) for d in plan.short],
        steps=steps,
    )


def _as_labels(value: Any, choices: Any) -> Any:
    """An answer in the words the person chose it by (option and scale labels)."""
    if not isinstance(choices, Mapping):
        return value
    if isinstance(value, list):
        return [_as_labels(entry, choices) for entry in value]
    if isinstance(value, bool):
        return value
    key = f"{value:g}" if isinstance(value, (int, float)) else value
    label = choices.get(key) if isinstance(key, str) else None
    return label if isinstance(label, str) else value


def _missing_question(result: ResultView, item_id: str) -> str:
    item = result.items.get(item_id)
    return _text(item.text if item is not None else None, _text(item_id))


def _answer_table(result: ResultView) -> Table:
    items = result.items
    answers = result.answers
    order = [item_id for item_id in items if item_id in answers]
    order += [item_id for item_id in answers if item_id not in items]
    left_out = result.withheld_answers
    rows = []
    for item_id in order:
        item = items.get(item_id)
        question = _text(item.text, item_id) if item is not None else item_id
        choices = item.choices if item is not None else None
        rows.append((question, _("(left out when shared)") if item_id in left_out
                     else format_answer(_as_labels(answers[item_id], choices))))
    return Table((_("Question"), _("Your answer")), rows, (0.68, 0.32))


def _next_level(result: ResultView) -> tuple[str | None, str]:
    ladder = result.ladder
    current = result.placement_id
    ids = [level.id for level in ladder]
    if current not in ids:
        return None, ""
    index = ids.index(current)
    description = ladder[index].description
    if index + 1 < len(ladder):
        following = ladder[index + 1]
        if following.description:
            return _("{level}: {description}").format(
                level=following.label, description=following.description), description
        return following.label, description
    return None, description


def build_report(
    result: ResultView | Mapping[str, Any], cluster_id: str | None = None, *,
    dark: bool = False
) -> Report:
    """Everything a report shows. `cluster_id` picks the role for the profile chart and the
    path (default: the best fit); an unknown id raises ValueError."""
    result = ResultView.of(result)
    questionnaire = result.questionnaire
    model = result.career_model
    chosen = cluster_id if cluster_id is not None else result.best_cluster_id
    if chosen is not None:
        result.cluster(chosen)  # refuse an unknown cluster before drawing anything
    fits = result.fits
    best = fits[0] if fits else None
    has_model = bool(result.ladder) or bool(fits)
    next_level, level_description = _next_level(result)

    report_charts = []
    if has_model:
        report_charts.append(Chart("ladder", _("Your level"),
                                   lambda: charts.ladder_figure(result, dark=dark),
                                   lambda: chart_table("ladder_figure", result)))
        report_charts.append(Chart("plane", _("The role map"),
                                   lambda: charts.plane_figure(result, dark=dark),
                                   lambda: chart_table("plane_figure", result)))
    report_charts.append(Chart("dimensions", _("Your profile"),
                               lambda: charts.dimensions_figure(result, chosen, dark=dark),
                               lambda: chart_table("dimensions_figure", result, chosen)))
    report_charts.append(Chart("calibration", _("Self-rating and knowledge"),
                               lambda: charts.calibration_figure(result, dark=dark),
                               lambda: chart_table("calibration_figure", result)))
    if chosen is not None and result.path(chosen) is not None:
        report_charts.append(Chart("path", _("Your path"),
                                   lambda: charts.path_figure(result, chosen, dark=dark),
                                   lambda: chart_table("path_figure", result, chosen)))

    return Report(
        title=_("AI cybersecurity skills report"),
        questionnaire_title=_text(questionnaire.title, _("Questionnaire")),
        questionnaire_version=_text(questionnaire.version, "?"),
        questionnaire_sha256=_text(questionnaire.sha256, "?"),
        career_model=(f"{_text(model.id)} {_text(model.version)}"
                      if model is not None else None),
        respondent=_text(result.respondent, limit=MAX_NAME_CHARACTERS) or None,
        completed_at=format_date(result.completed_at),
        generated_at=format_datetime(datetime.now().astimezone()),
        generator=f"assessor {__version__}",
        complete=result.complete,
        missing=[_missing_question(result, m) for m in result.missing],
        level=result.placement_label,
        level_description=level_description,
        next_level=next_level,
        best_cluster=_text(best.label) if best else None,
        best_fit=best.fit if best else None,
        chosen_cluster=result.cluster(chosen).label if chosen is not None else None,
        has_career_model=has_model,
        charts=report_charts,
        scores=_score_table(result),
        clusters=_cluster_table(result),
        path=_path_section(result, chosen) if chosen is not None else None,
        answers=_answer_table(result),
        calibration=_calibration_table(result),
        provider=_provider(result),
        caveat=_(CAVEAT),
        caveat_detail=_(CAVEAT_DETAIL),
        language=current_language(),
    )
