"""Format and loading: what a questionnaire, career-model or answer file may say (SPEC 2),
reading it safely (size, YAML/JSON, hostile text and numbers) into the typed model, and the
authoring lint. Owns `model.py`, the typed questionnaire and career model everyone uses."""
