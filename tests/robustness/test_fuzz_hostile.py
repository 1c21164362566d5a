"""Fuzzing with the hostile input classes of issue 14: out-of-range numbers, lone
surrogates, control and bidi characters, special files and in-place store damage.

Each case must end in a located refusal (an AssessorError whose problems have a line
where the file has lines) or in a result that round-trips; anything else is a crash. The
slowest case of each class is kept, and with ASSESSOR_HOSTILE_TIMES set the figures are
written there for docs/reliability.md ("Hostile input classes and limits")."""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.core.cohort import import_results
from assessor.core.errors import AssessorError
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_document, parse_document
from assessor.core.format.model import Questionnaire
from assessor.core.integrity import integrity_hash
from assessor.core.results import build_result, parse_result, read_result_file, verify_against
from assessor.core.results.rescoring import check_rescored
from assessor.core.store import DATABASE_NAME, Store, StoreError
from assessor.reports.content import build_report
from tests.robustness.mutations import get, walk
from tests.robustness.profiles import fuzz_settings, record
from tests.robustness.strategies import (
    JSON_NONNUMBERS,
    SPECIAL_FILE_KINDS,
    answer_sets,
    hostile_number_literals,
    hostile_texts,
    json_string_literal,
    load,
    make_special_file,
    questionnaire_documents,
    store_damage,
    to_yaml,
    yaml_string_literal,
)
from tests.store_factory import fill_store

WORST: dict[str, float] = {}
PLACEHOLDER = "zz-hostile-placeholder"


@pytest.fixture(scope="module", autouse=True)
def _write_times() -> Iterator[None]:
    yield
    target = os.environ.get("ASSESSOR_HOSTILE_TIMES")
    if target and WORST:
        Path(target).write_text(json.dumps(WORST, indent=1, sort_keys=True))


def _timed(kind: str, run: Callable[[], str]) -> str:
    started = time.perf_counter()
    outcome = run()
    WORST[kind] = max(WORST.get(kind, 0.0), time.perf_counter() - started)
    record(f"hostile: {kind}", outcome)
    return outcome


def _located(error: AssessorError, name: str) -> None:
    for problem in error.problems:
        assert problem.file.startswith(name), problem
        assert problem.line is not None, problem
        assert "internal error" not in problem.message


def _use(questionnaire: Questionnaire, answers: dict[str, Any]) -> None:
    """What a loaded input goes on to: scoring, the result file, re-scoring, the report."""
    result = build_result(questionnaire, answers)
    again = parse_result(json.dumps(result).encode(), "r.json")
    verify_against(again, questionnaire, "r.json")
    build_report(again)


def _with_placeholder(document: Any, path: tuple[Any, ...]) -> str:
    parent = get(document, path[:-1])
    old = parent[path[-1]]
    parent[path[-1]] = PLACEHOLDER
    try:
        return to_yaml(document)
    finally:
        parent[path[-1]] = old


def _number_paths(document: Any) -> list[tuple[Any, ...]]:
    return [p for p in walk(document)
            if isinstance(get(document, p), (int, float)) and not isinstance(get(document, p), bool)]


def _text_paths(document: Any) -> list[tuple[Any, ...]]:
    return [p for p in walk(document) if isinstance(get(document, p), str)
            and p[-1] not in ("format", "id", "type", "scale", "scores", "correct")]


def _load_and_use(text: str, data: Any, loaded_outcome: str) -> str:
    """A questionnaire's text loaded through the real loader: a located refusal, or a
    questionnaire that scores and round-trips (`loaded_outcome` names that case)."""
    try:
        loaded = parse_document(text.encode(), None, name="fuzz.yaml", search_dirs=[])
    except AssessorError as error:
        _located(error, "fuzz.yaml")
        return "refused with a line"
    assert isinstance(loaded, Questionnaire)
    _use(loaded, answer_sets(data.draw, loaded))
    return loaded_outcome


@fuzz_settings()
@given(questionnaire_documents(), hostile_number_literals, st.data())
def test_hostile_numbers_in_a_questionnaire(document: Any, literal: str, data: Any) -> None:
    paths = _number_paths(document)
    if not paths:
        return
    text = _with_placeholder(document, data.draw(st.sampled_from(paths)))
    text = text.replace(PLACEHOLDER, literal, 1)

    _timed("big and out-of-range numbers: questionnaire", lambda: _load_and_use(
        text, data, "loaded (number in range where it stands), scored, round-tripped"))


@fuzz_settings()
@given(questionnaire_documents(), st.one_of(hostile_number_literals,
                                            st.sampled_from(JSON_NONNUMBERS)),
       st.sampled_from(["yaml", "json"]), st.data())
def test_hostile_numbers_in_an_answer_file(document: Any, literal: str, syntax: str,
                                           data: Any) -> None:
    questionnaire = load(document)
    answers = answer_sets(data.draw, questionnaire)
    target = data.draw(st.sampled_from([item.id for item in questionnaire.items]))
    answers[target] = PLACEHOLDER
    body = {"questionnaire": questionnaire.id, "answers": answers}
    text = to_yaml(body) if syntax == "yaml" else json.dumps(body, indent=1)
    text = re.sub(f"[\"']?{PLACEHOLDER}[\"']?", lambda _: literal, text, count=1)

    def run() -> str:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"answers.{syntax}"
            path.write_text(text, encoding="utf-8")
            try:
                loaded = load_answers(path, questionnaire)
            except AssessorError as error:
                _located(error, str(path))
                return "refused with a line"
        _use(questionnaire, loaded.answers)
        return "loaded, scored, round-tripped"

    _timed("big and out-of-range numbers: answer file", run)


_NUMBER_TOKEN = re.compile(r'(?<=[:\[,] )-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?=[,\n\]}])')
_STRING_VALUE = re.compile(r'(?<=": )"(?:[^"\\]|\\.)*"')


@pytest.fixture(scope="module")
def result_text() -> tuple[Questionnaire, str]:
    questionnaire = parse_document((Path(__file__).parents[1] / "data" / "sample.yaml")
                                   .read_bytes(), None, name="sample.yaml", search_dirs=[])
    assert isinstance(questionnaire, Questionnaire)
    result = build_result(questionnaire, {"q1": 4, "q2": 2, "q3": "a", "q4": "x"},
                          respondent="Sam")
    return questionnaire, json.dumps(result, indent=1)


@fuzz_settings()
@given(st.one_of(hostile_number_literals.map(lambda v: ("number", v)),
                 st.sampled_from(JSON_NONNUMBERS).map(lambda v: ("number", v)),
                 hostile_texts.map(lambda v: ("text", json_string_literal(v)))),
       st.booleans(), st.data())
def test_hostile_values_in_a_result_file(result_text: tuple[Questionnaire, str],
                                         change: tuple[str, str], reseal: bool,
                                         data: Any) -> None:
    questionnaire, text = result_text
    kind, literal = change
    pattern = _NUMBER_TOKEN if kind == "number" else _STRING_VALUE
    sites = list(pattern.finditer(text))
    site = data.draw(st.sampled_from(sites))
    changed = text[:site.start()] + literal + text[site.end():]
    if reseal:  # an attacker recomputes the hash where the value can be hashed at all
        try:
            value = json.loads(changed)
            value["integrity"]["sha256"] = integrity_hash(value)
            changed = json.dumps(value, indent=1, ensure_ascii=True)
        except (ValueError, UnicodeError, KeyError, TypeError):
            pass

    def run() -> str:
        try:
            parsed = parse_result(changed.encode("utf-8", "surrogatepass"), "r.json")
        except AssessorError as error:
            assert all("internal error" not in p.message for p in error.problems)
            return "refused"
        build_report(parsed)
        try:
            # What every import does (store and cohort): re-score, and rebuild the texts and
            # the display block (verify_against alone leaves the display to this).
            check_rescored(parsed, questionnaire, "r.json")
        except AssessorError:
            return "accepted by hash, refused by re-scoring"
        return "accepted (value allowed where it stands)"

    label = "big and out-of-range numbers" if kind == "number" else "surrogates, controls, bidi"
    _timed(f"{label}: result file", run)


@fuzz_settings()
@given(questionnaire_documents(), hostile_texts, st.data())
def test_hostile_text_in_a_questionnaire(document: Any, text_value: str, data: Any) -> None:
    paths = _text_paths(document)
    if not paths:
        return
    text = _with_placeholder(document, data.draw(st.sampled_from(paths)))
    text = re.sub(f"[\"']?{PLACEHOLDER}[\"']?", lambda _: yaml_string_literal(text_value),
                  text, count=1)

    _timed("surrogates, controls, bidi: questionnaire", lambda: _load_and_use(
        text, data, "loaded (bidi/DEL/C1 kept as plain text), scored, round-tripped"))


@fuzz_settings()
@given(questionnaire_documents(), hostile_texts, st.data())
def test_hostile_text_as_respondent_or_answer(document: Any, text_value: str,
                                              data: Any) -> None:
    questionnaire = load(document)
    answers = answer_sets(data.draw, questionnaire)
    text_items = [item.id for item in questionnaire.items if item.type == "text"]
    body: dict[str, Any] = {"questionnaire": questionnaire.id, "respondent": PLACEHOLDER,
                            "answers": answers}
    if text_items and data.draw(st.booleans()):
        body["respondent"] = "Sam"
        answers[data.draw(st.sampled_from(text_items))] = PLACEHOLDER
    raw = json.dumps(body, indent=1).replace(json.dumps(PLACEHOLDER),
                                             json_string_literal(text_value), 1)

    def run() -> str:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "answers.json"
            path.write_text(raw, encoding="utf-8")
            try:
                loaded = load_answers(path, questionnaire)
            except AssessorError as error:
                _located(error, str(path))
                return "refused with a line"
        result = build_result(questionnaire, loaded.answers, respondent=loaded.respondent)
        parse_result(json.dumps(result).encode(), "r.json")
        return "loaded (bidi/DEL/C1 kept as plain text), round-tripped"

    _timed("surrogates, controls, bidi: answer file", run)


def _no_hang(call: Callable[[], object], seconds: float = 10.0) -> BaseException | None:
    """Run `call` in a thread; fail if it does not return within `seconds` (a hang)."""
    caught: list[BaseException] = []

    def target() -> None:
        try:
            call()
        except BaseException as exc:
            caught.append(exc)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "hung"
    return caught[0] if caught else None


SAMPLE = Path(__file__).parents[1] / "data" / "sample.yaml"
READERS: dict[str, Callable[[Path], object]] = {
    "questionnaire (validate)": load_document,
    "answer file (score)": lambda path: load_answers(path, load_document(SAMPLE)),  # type: ignore[arg-type]
    "result file (report)": read_result_file,
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
@pytest.mark.parametrize("kind", SPECIAL_FILE_KINDS)
@pytest.mark.parametrize("reader", sorted(READERS))
def test_special_files_are_refused_before_reading(tmp_path: Path, kind: str,
                                                  reader: str) -> None:
    if kind.startswith("dev-") and not Path(f"/dev/{kind.split('-')[1]}").exists():
        pytest.skip("no such device")
    path = tmp_path / "input.yaml"
    closer = make_special_file(path, kind)
    try:
        def run() -> str:
            error = _no_hang(lambda: READERS[reader](path))
            assert isinstance(error, AssessorError), repr(error)
            assert error.lines() and error.lines()[0].startswith(str(path))
            return "refused"

        _timed(f"special files: {reader}", run)
        # And inside a cohort, the rest is still read.
        cohort = _no_hang(lambda: import_results([path]))
        assert cohort is None
    finally:
        if closer is not None:
            closer.close()


@pytest.fixture(scope="module")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("store")
    fill_store(folder, results=6)
    return (folder / DATABASE_NAME).read_bytes()


# Hypothesis warns when it builds the repr of a damaged store file (hundreds of KB) for its
# statistics; that warning says nothing about the store, so it is not turned into an error.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@fuzz_settings(share=0.5)
@given(store_damage)
def test_in_place_store_damage_never_crashes_the_store(base_store: bytes,
                                                       damage: list[tuple[float, int]]) -> None:
    data = bytearray(base_store)
    # Damage after the header page (a changed header is the "not a database" case).
    for share, byte in damage:
        data[100 + int(share * (len(data) - 100))] = byte

    def run() -> str:
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / DATABASE_NAME).write_bytes(bytes(data))
            try:
                store = Store.open(Path(folder))
            except StoreError:
                return "refused with a message"
            with store:
                try:
                    for profile in store.list_profiles():
                        store.list_notes(profile.id)
                        store.list_plans(profile.id)
                    store.list_results()
                    store.list_drafts()
                except StoreError:
                    return "opened, a listing refused with a message"
                if any("set aside" in n for n in store.notices):
                    return "opened, damaged rows set aside"
                if any("moved to" in n for n in store.notices):
                    return "moved aside, fresh store started"
                return "opened, all listings work"

    _timed("in-place store damage", run)
