"""Someone else's words (issue 9, session 11, last round): the clause a ", wonach"
account governs, a classification "als … eingestuft", the aim a third person holds ("seine
Hoffnung, …"), the words "mit den Worten …" and a colon after a compound speech noun. Each kind
both ways, on German text written here."""

from __future__ import annotations

import pytest

from .conftest import sentence_findings


def _voices(text: str, word: str) -> list[str]:
    return [f.voice for f in sentence_findings(text) if word in text[f.start:f.end]]


@pytest.mark.parametrize(("text", "word", "voice"), [
    # "demnach" alone stays the author's inference unless a study or report was named before
    # (voice._per_source_before; tests/test_round8_causes.py): an accusation is not enough
    ("Die Ermittler werfen dem Verein Betrug vor. Besonders dreist ging der Kassier demnach bei "
     "den Spendenquittungen vor.", "dreist", "author"),
    # the reports' content after ", wonach"
    ("Es gibt Berichte, wonach der Bürgermeister die dreiste Vergabe selbst angeordnet habe.",
     "dreiste", "quote"),
    ("Es gibt Berichte über den Bürgermeister. Die dreiste Vergabe ordnete er selbst an.",
     "dreiste", "author"),
])
def test_account_clause(text: str, word: str, voice: str) -> None:
    assert _voices(text, word) == [voice]


@pytest.mark.parametrize(("text", "voice"), [
    ("Der Verfassungsschutz beobachtet die als Hetzer eingestuften Betreiber des Blogs.",
     "quote"),
    ("Der Verfassungsschutz beobachtet die Hetzer, die den Blog betreiben.", "author"),
])
def test_classification_by_an_authority(text: str, voice: str) -> None:
    assert _voices(text, "Hetzer") == [voice]


@pytest.mark.parametrize(("text", "voice"), [
    ("Die Kuratorin verbindet mit der Schau ihre Hoffnung, ein Publikum jenseits der "
     "dummen Parolen zu erreichen.", "quote"),
    ("Die Kuratorin will mit der Schau ein Publikum erreichen. Die dummen Parolen der "
     "Gegner stören sie nicht.", "author"),
])
def test_aim_a_third_person_holds(text: str, voice: str) -> None:
    assert _voices(text, "dummen") == [voice]


def _appeals(text: str) -> list[str]:
    return [f.voice for f in sentence_findings(text) if f.category == "appeal"]


def test_colon_after_a_speech_compound_is_the_speakers() -> None:
    # the speech's words are no appeal of the author's (quoted appeals are not shown)
    assert _appeals("Ihre Festrede war kurz und klar: Ich hoffe, wir können unsere Schule "
                    "gemeinsam besser machen.") == []


def test_a_colon_after_other_nouns_leaves_the_author_speaking() -> None:
    assert _appeals("Die Feier war kurz und klar. Ich hoffe, wir können unsere Schule "
                    "gemeinsam besser machen.") == ["author", "author"]


_CHAIN = ("Die Bäuerin erzählt von ihrer Flucht. Ihr Bruder habe als Lehrer gearbeitet. {middle} "
          "{after}")


def _loaded(text: str) -> list[str]:
    return [f.voice for f in sentence_findings(text) if "unerträglich" in text[f.start:f.end].lower()]


def test_a_konjunktiv_ii_sentence_inside_an_account_is_the_speakers() -> None:
    text = _CHAIN.format(
        middle="Im Winter wurde die Lage unerträglich, weil die Milizen alles geraubt hätten.",
        after="Sie habe dann ihr Haus verlassen.")
    assert _loaded(text) in ([], ["quote"])


def test_a_konjunktiv_ii_sentence_after_which_the_account_ends_stays_the_authors() -> None:
    text = _CHAIN.format(
        middle="Im Winter wurde die Lage unerträglich, weil die Milizen alles geraubt hätten.",
        after="Das Dorf liegt heute verlassen da.")
    assert _loaded(text) == ["author"]


def test_a_sentence_naming_its_own_saying_keeps_the_authors_main_clause() -> None:
    # the Konjunktiv II belongs to the complaint the sentence names; the judgement is the author's
    text = _CHAIN.format(
        middle="Unerträglich ist auch die Beschwerde eines Nachbarn, die Milizen würden alles rauben.",
        after="Sie habe dann ihr Haus verlassen.")
    assert _loaded(text) == ["author"]
