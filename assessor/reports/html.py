"""The HTML report: one self-contained file (inline SVG charts, inline CSS), every text
escaped, a Content-Security-Policy that forbids loading anything."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from html import escape
from typing import Any

from assessor.charts.tables import ChartTable
from assessor.core.i18n import _, format_percent
from assessor.core.plaintext import is_web_address
from assessor.reports.content import (
    Report,
    Table,
    about_facts,
    build_report,
    missing_summary,
    out_of_reach,
    path_summary,
    step_effort,
)
from assessor.reports.svg import figure_svg

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
:root { --ink:#1F2933; --muted:#5B6270; --rule:#E5E7EB; --accent:#D55E00; --blue:#0072B2;
        --soft:#F4F7FA; }
* { box-sizing: border-box; }
body { margin:0; background:#EEF1F4; color:var(--ink);
       font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 860px; margin: 24px auto; background:#fff; padding: 48px 56px;
       box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header.cover { border-top: 6px solid var(--blue); padding-top: 20px; }
.kicker { color: var(--muted); text-transform: uppercase; letter-spacing: .08em;
          font-size: 12px; margin: 0; }
h1 { font-size: 30px; margin: 4px 0 4px; line-height: 1.2; }
h2 { font-size: 21px; margin: 40px 0 10px; padding-bottom: 6px;
     border-bottom: 1px solid var(--rule); }
h3 { font-size: 16px; margin: 18px 0 4px; }
.meta { color: var(--muted); margin: 0 0 24px; }
.provider { margin: -12px 0 24px; padding-left: 10px; border-left: 3px solid var(--blue); }
.provider-logo { display: block; max-width: 160px; max-height: 64px; margin-bottom: 6px; }
.cards { display: flex; gap: 16px; flex-wrap: wrap; margin: 20px 0; }
.card { flex: 1 1 220px; background: var(--soft); border-radius: 6px; padding: 14px 18px; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase;
               letter-spacing: .06em; }
.card .value { font-size: 24px; font-weight: bold; }
/* A darker vermilion than the charts' accent: white text on it keeps 4.5:1. */
.card.level { background: #B34700; color: #fff; }
.card.level .label { color: #fff; }
.caveat { border-left: 4px solid var(--accent); background: #FDF3EC; padding: 10px 16px;
          margin: 20px 0; }
figure { margin: 18px 0 8px; }
figure svg { width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; margin: 10px 0 4px; font-size: 14px; }
th { text-align: left; color: var(--muted); font-weight: 600; font-size: 12px;
     text-transform: uppercase; letter-spacing: .04em; border-bottom: 2px solid var(--rule);
     padding: 6px 8px; }
td { padding: 7px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ol.steps { padding-left: 0; list-style: none; }
ol.steps li { border-left: 3px solid var(--blue); padding: 4px 0 10px 16px; margin: 0 0 10px; }
ol.steps li.raised { border-left-color: var(--accent); }
.effort { color: var(--muted); font-size: 13px; }
.small { color: var(--muted); font-size: 13px; }
code { font-size: 12px; word-break: break-all; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--rule);
         color: var(--muted); font-size: 12px; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; padding: 0; }
               h2 { break-after: avoid; } figure, tr, li { break-inside: avoid; } }
"""


def table_html(table: Table) -> str:
    def cell(tag: str, index: int, text: str) -> str:
        css = ' class="num"' if index in table.numeric else ""
        scope = ' scope="col"' if tag == "th" else ""
        return f"<{tag}{css}{scope}>{escape(text)}</{tag}>"

    head = "".join(cell("th", i, c) for i, c in enumerate(table.columns))
    body = "".join(
        "<tr>" + "".join(cell("td", i, value) for i, value in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _link(title: str, url: str | None) -> str:
    if not url:
        return escape(title)
    if not is_web_address(url):
        # A result's display block is the file's word, not the questionnaire's: a
        # javascript:, file: or data: address there is printed, never made clickable.
        return f"{escape(title)} <span class=\"small\">({escape(url)})</span>"
    # A link loads nothing until clicked; the address is also printed for paper copies.
    return (f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">'
            f"{escape(title)}</a> <span class=\"small\">({escape(url)})</span>")


def _path(report: Report) -> str:
    path = report.path
    if path is None:
        return ""
    heading = _("Your path to {role}").format(role=path.cluster_label)
    parts = [f"<h2>{escape(heading)}</h2>"]
    if not path.steps:
        none = (_("You already meet every target for this role.") if path.reachable
                else _("No milestone in this questionnaire closes the remaining gaps."))
        parts.append(f"<p>{escape(none)}</p>")
    else:
        parts.append(f"<p>{escape(path_summary(path))}</p>")
    if not path.reachable:
        parts.append(f'<p class="caveat">{escape(out_of_reach(path))}</p>')
    items = []
    for step in path.steps:
        lines = [f"<h3>{step.number}. {escape(step.title)}</h3>",
                 f'<div class="effort">{escape(step_effort(step))}</div>']
        if step.description:
            lines.append(f"<p>{escape(step.description)}</p>")
        if step.resources:
            links = "; ".join(_link(t, u) for t, u in step.resources)
            lines.append(f"<div>{escape(_('Resources:'))} {links}</div>")
        if step.refs:
            lines.append(f'<div class="small">{escape(_("References:"))} '
                         f'{escape("; ".join(step.refs))}</div>')
        css = ' class="raised"' if step.raised_level else ""
        items.append(f"<li{css}>{''.join(lines)}</li>")
    if items:
        parts.append(f'<ol class="steps">{"".join(items)}</ol>')
    return "".join(parts)


def _provider_block(report: Report) -> str:
    provider = report.provider
    if provider is None:
        return ""
    lines = [f"<strong>{escape(_('Prepared with {provider}').format(provider=provider.name))}"
             "</strong>"]
    lines += [escape(line) for line in (provider.contact or "").splitlines() if line.strip()]
    if provider.website:
        lines.append(escape(provider.website))  # text, not a link: the report loads nothing
    logo = ""
    if provider.logo is not None:
        # Embedded (the policy allows data: images only); an <img> never runs an SVG's code.
        kind = "image/svg+xml" if provider.logo.format == "svg" else "image/png"
        encoded = base64.b64encode(provider.logo.data).decode("ascii")
        logo = (f'<img class="provider-logo" alt="{escape(provider.name)} logo" '
                f'src="data:{kind};base64,{encoded}">')
    return f'<p class="provider">{logo}{"<br>".join(lines)}</p>'


def _cover(report: Report) -> str:
    who = (_("Prepared for {name} · completed {date}").format(name=report.respondent,
                                                              date=report.completed_at)
           if report.respondent else
           _("Prepared for you · completed {date}").format(date=report.completed_at))
    cards = []
    if report.has_career_model:
        cards.append(f'<div class="card level"><div class="label">{escape(_("Your level"))}'
                     f'</div><div class="value">{escape(report.level or _("Not placed"))}'
                     "</div></div>")
    if report.best_cluster:
        fit = (_("{percent} fit").format(percent=format_percent(report.best_fit))
               if report.best_fit is not None else "")
        cards.append(f'<div class="card"><div class="label">{escape(_("Best-fitting role"))}'
                     "</div>"
                     f'<div class="value">{escape(report.best_cluster)}</div>'
                     f"<div>{escape(fit)}</div></div>")
    parts = [
        '<header class="cover">',
        f'<p class="kicker">{escape(report.questionnaire_title)}</p>',
        f"<h1>{escape(report.title)}</h1>",
        f'<p class="meta">{escape(who)}</p>',
        _provider_block(report),
        "</header>",
        f'<div class="cards">{"".join(cards)}</div>' if cards else "",
    ]
    if report.next_level:
        parts.append(f"<p><strong>{escape(_('Next rung:'))}</strong> "
                     f"{escape(report.next_level)}</p>")
    if not report.complete:
        incomplete = missing_summary(report)
        parts.append(f'<p class="caveat">{escape(incomplete)}</p>')
    parts.append(f'<div class="caveat"><strong>{escape(report.caveat)}</strong> '
                 f"{escape(report.caveat_detail)}</div>")
    return "".join(parts)


def figure_html(key: str, heading: str, svg: str, text: ChartTable | None) -> str:
    """A chart with its text equivalent (WCAG 1.1.1): the picture's alternative text holds
    its data, and the same data follows as a table anyone can open."""
    described = text.description() if text is not None else heading
    picture = f'<div role="img" aria-label="{escape(heading)}: {escape(described)}">{svg}</div>'
    if text is None or not text.rows:
        return f"<figure>{picture}</figure>"
    table = table_html(Table(columns=text.headers, rows=text.rows,
                         widths=tuple(1.0 / len(text.headers) for _ in text.headers)))
    summary = _("{heading}: the data as a table").format(heading=heading)
    return (f'<figure id="chart-{escape(key)}">{picture}<details><summary>'
            f"{escape(summary)}</summary>{table}</details></figure>")


def render_html(result: Mapping[str, Any], cluster_id: str | None = None) -> str:
    report = build_report(result, cluster_id)
    figures = {chart.key: (chart.heading, figure_svg(chart.build(), chart.key), chart.text())
               for chart in report.charts}

    def figure(key: str) -> str:
        if key not in figures:
            return ""
        heading, svg, text = figures[key]
        return figure_html(key, heading, svg, text)

    body = [_cover(report), figure("ladder")]
    if report.has_career_model:
        body += [f"<h2>{escape(_('Where you stand among the roles'))}</h2>", figure("plane")]
        if report.clusters:
            body += [f"<h3>{escape(_('Role clusters'))}</h3>", table_html(report.clusters)]
    body += [f"<h2>{escape(_('Your profile'))}</h2>", figure("dimensions"),
             table_html(report.scores),
             f"<h2>{escape(_('Self-rating and knowledge'))}</h2>", figure("calibration")]
    if report.calibration is not None:
        body.append(table_html(report.calibration))
    body += [_path(report), figure("path")]
    body += [f"<h2>{escape(_('Appendix: your answers'))}</h2>", table_html(report.answers)]
    about = [f"{label} {value}" for label, value in about_facts(report)] + [report.caveat]
    footer = "<footer>" + "<br>".join(escape(line) for line in about) + "</footer>"
    return (
        f"<!DOCTYPE html>\n<html lang=\"{escape(report.language)}\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(report.title)} – {escape(report.questionnaire_title)}</title>"
        f"<style>{STYLE}</style></head><body><main>{''.join(body)}{footer}</main>"
        "</body></html>\n"
    )
