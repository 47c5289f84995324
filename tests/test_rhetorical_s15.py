"""Questions answered at once (2026-12-01, fifth session): an interview's answer under the speaker's
name, someone named answering, a one-word answer to a yes/no question. The author's questions that
stay open, or that the author drives home, stay findings."""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.rules import rhetorical
from analyzer.text import segment


def flagged(text: str) -> list[str]:
    """The sentences the rule flags, as text."""
    return [text[s.start:s.end] for s in segment(text).sentences
            for _ in rhetorical(text, s, [])]


@pytest.mark.parametrize(("text", "expected"), [
    # answered at once
    ("Wer bezahlt den Neubau? Die Architektin Vera Lind, die das Projekt betreut, antwortet "
     "knapp: Das Land.", []),
    ("Gibt es schon einen Termin für die Eröffnung? Zu früh, winkt der Bürgermeister ab.", []),
    ("Die Halle passe nicht ins Ortsbild, sagt Gemeinderat Paul Brandner. Wo soll sie sonst "
     "stehen? Brandner: Das muss der Gemeinderat entscheiden.", []),
    # a stance word with a colon is no speaker's name
    ("Was ist ein solcher Plan wert, wenn er beim ersten Gegenwind verschwindet? Natürlich: Die "
     "Kassen sind leer.", ["Was ist ein solcher Plan wert, wenn er beim ersten Gegenwind "
                          "verschwindet?"]),
    ("Ist die neue Staffel also ein Reinfall? Wohl nicht ganz. Sie braucht nur Geduld.", []),
    ("Lohnt sich der Umbau? Nein, sagen die Gutachter der Stadt.", []),
    ("Bleibt die Brücke gesperrt? Ja. Die Prüfung dauert bis Juni.", []),
    # the author's questions stay findings
    ("Wer soll das noch glauben? Nein. Niemand in dieser Stadt.", ["Wer soll das noch glauben?"]),
    ("Wer soll das bezahlen? Der Minister antwortet darauf nicht.", ["Wer soll das bezahlen?"]),
    ("Wer soll das bezahlen? Die Regierung jedenfalls nicht.", ["Wer soll das bezahlen?"]),
])
def test_questions_answered_at_once(text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


def test_signpost_womit_wir_is_no_appeal() -> None:
    """"Womit wir bei … wären" routes the text; "Damit wir … vorankommen" is a purpose clause
    that speaks for the reader."""
    ids = [f.id for s in analyze("Womit wir bei den Kosten wären.", classifier=None, min_weight=0).sentences
           for f in s.findings]
    assert "appeal.wir" not in ids
    ids = [f.id for s in analyze("Damit wir beim Klimaschutz vorankommen, braucht es Mut.",
                                 classifier=None, min_weight=0).sentences for f in s.findings]
    assert "appeal.wir" in ids
