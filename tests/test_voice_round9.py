"""Someone else's words that the blind round 9 and desk3 found read as the author's (issue 9):
the figure an actor plays in a review, a reaction or grievance a report ascribes to a party, and
a claim reported in Konjunktiv I after a comma ("…, sei es wahrscheinlich, dass …"). Each test
holds the false alarm and the author's own finding next to it, on German text written here."""

from __future__ import annotations

import pytest

from analyzer.text import segment
from analyzer.voice import indirect_speech_start, shown_reactions, story_roles

from .conftest import sentence_findings as findings
from .conftest import voice_of_span as voice_of


def spans(fn, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[a:b] for s in segment(text).sentences for a, b in fn(s.tokens)]


# --- the figure an actor plays ---------------------------------------------------------------

_THEATER = ("Die Premiere am Landestheater: Regie führt Paul Wendt, die Inszenierung ist "
            "schlicht. Lena Vogt spielt eine naive Erbin, die ihr Vermögen verschenkt. Tom Kern "
            "gibt den Vater nicht als Despoten, sondern als müden, etwas hilflosen Mann. Vogt "
            "spielt die Erbin naiv, das ist ein grandioser Abend.")


def test_the_played_figure_is_the_story_and_the_verdict_stays() -> None:
    roles = spans(story_roles, _THEATER)
    assert "eine naive Erbin, die ihr Vermögen verschenkt" in roles
    assert any(r.startswith("den Vater nicht als Despoten, sondern als müden") for r in roles)
    # a verdict after the role, and the verdict on the evening, stay the reviewer's
    assert "die Erbin" in roles and not any("grandios" in r for r in roles)
    assert voice_of(_THEATER, "grandioser Abend") == "author"
    assert voice_of(_THEATER, "naive") == "quote"  # the figure: a naive heiress
    assert voice_of(_THEATER, "naiv") == "author"  # how she is played: the reviewer's verdict


@pytest.mark.parametrize("sentence", [
    "Das Ensemble gibt eine großartige Vorstellung.",  # the performance, not a figure
    "Vogt spielt grandios.",  # no article: the acting
])
def test_no_role_without_a_figure(sentence: str) -> None:
    assert spans(story_roles, sentence) == []


def test_played_role_only_in_a_review() -> None:
    text = ("Der Bürgermeister gibt den Kritikern eine unverschämte Antwort. Die Stadt spielt "
            "eine naive Rolle in dem Streit.")
    assert all(f.voice == "author" for f in findings(text)
               if text[f.start:f.end] in {"unverschämte", "naive"})


# --- reactions and grievances ascribed to a party --------------------------------------------

@pytest.mark.parametrize("text, reaction", [
    ("Die Analysten zeigten sich wenig überrascht.", "wenig überrascht"),
    ("Der Verband gab sich am Abend sichtlich erleichtert.", "sichtlich erleichtert"),
    ("Wenig überrascht zeigte sich der Betriebsrat.", "Wenig überrascht"),
    ("Anna teilt die Sorge, doch stört ihn die massive Präsenz der Polizei.",
     "doch stört ihn die massive Präsenz der Polizei"),
])
def test_their_reaction(text: str, reaction: str) -> None:
    assert reaction in spans(shown_reactions, text)


@pytest.mark.parametrize("text", [
    "Wir zeigten uns wenig überrascht.",  # the author's own reaction
    "Die Regierung zeigte sich völlig planlos.",  # conduct judged, no reaction
    "Mich stört die massive Präsenz der Polizei.",  # the author's grievance
    "Die massive Präsenz der Polizei stört den Ablauf.",  # no one's feeling
])
def test_not_their_reaction(text: str) -> None:
    assert spans(shown_reactions, text) == []


def test_reaction_finding_is_theirs_and_own_stays() -> None:
    # (until the thirty-third session with "wenig überrascht", which no entry reads as the
    # author's certainty any more: a person's surprise is their reaction, not a verdict)
    assert voice_of("Die Analysten zeigten sich fassungslos.", "fassungslos") == "quote"
    assert voice_of("Wir zeigten uns fassungslos.", "fassungslos") == "author"
    # the author's word for how they came across stays the author's
    assert voice_of("Die Grünen zeigten sich scheinheilig empört.", "scheinheilig") == "author"
    assert voice_of("Der Nachbar lacht, aber dennoch stört ihn die massive Präsenz der "
                    "Polizei.", "massive") == "quote"
    assert voice_of("Mich stört die massive Präsenz der Polizei.", "massive") == "author"


# --- "…, sei es wahrscheinlich, dass …": a claim reported in Konjunktiv I ----------------------

def test_sei_es_after_a_comma_reports() -> None:
    text = ("Weil die Mieter schon viel investiert hätten, sei es wahrscheinlich, dass sie "
            "bleiben.")
    assert indirect_speech_start(segment(text).sentences[0].tokens) == 0
    assert voice_of(text, "wahrscheinlich") == "quote"


@pytest.mark.parametrize("text", [
    "Die Reform kommt, sei es drum, und sie ist wahrscheinlich teuer.",
    "Er blieb zu Hause, sei es aus Trotz oder aus Angst, und das ist wahrscheinlich klug.",
])
def test_concessive_sei_es_stays_the_author_s(text: str) -> None:
    assert indirect_speech_start(segment(text).sentences[0].tokens) is None
    assert voice_of(text, "wahrscheinlich") == "author"


# --- attribution the engine did not link ------------------------------------------------------

def test_hiess_es_closing_a_statement_looks_past_one_fact() -> None:
    text = ("Das teilte die Reederei am Montag mit. Betroffen sind zwei Werften mit 800 "
            "Beschäftigten. Der Betrieb laufe weiter, hieß es.")
    assert not [f for f in findings(text) if f.category == "vague_attribution"]


@pytest.mark.parametrize("text", [
    # no source named before: the "hieß es" hides one
    ("Die Reederei baut Fähren. Betroffen sind zwei Werften mit 800 Beschäftigten. Der Betrieb "
     "laufe weiter, hieß es."),
    # the closing sentence is the author's indicative, not the statement's reported speech
    ("Das teilte die Reederei am Montag mit. Betroffen sind zwei Werften. Der Betrieb läuft "
     "weiter, hieß es."),
])
def test_hiess_es_without_a_linked_source_stays(text: str) -> None:
    assert voice_of(text, "hieß es") == "author"


def test_a_sourced_figure_s_change_is_the_source_s() -> None:
    sourced = "Die Zahl der Einbrüche ist nach Angaben der Polizei drastisch gestiegen."
    assert voice_of(sourced, "drastisch") == "quote"
    assert voice_of("Die Zahl der Einbrüche ist drastisch gestiegen.", "drastisch") == "author"
    # the source gives the fact, the author's description of it stays the author's
    other = ("Nach Angaben der Zeitung verlief das Treffen völlig chaotisch, die Mieten sind "
             "massiv gestiegen.")
    assert voice_of(other, "massiv") == "author"


def test_what_a_named_party_cites_as_an_example_is_theirs() -> None:
    theirs = ("Die Volksanwältin nannte als Beispiel ein Heim in Graz, wo teils inakzeptable "
              "hygienische Zustände herrschen.")
    assert voice_of(theirs, "inakzeptable") == "quote"
    for own in ("Ich nenne als Beispiel ein Heim in Graz, wo teils inakzeptable hygienische "
                "Zustände herrschen.",
                "Die Volksanwältin besuchte ein Heim in Graz, wo teils inakzeptable hygienische "
                "Zustände herrschen."):
        assert voice_of(own, "inakzeptable") == "author"


def test_an_announced_plan_interrupted_by_a_relative_clause() -> None:
    plan = ("Der Konzern hat angekündigt, das Ostgeschäft (CEE), das derzeit zur Tochter gehört, "
            "abzuziehen und die Filialen massiv zurückzufahren.")
    assert voice_of(plan, "massiv") == "quote"
    own = ("Der Konzern verkauft das Ostgeschäft (CEE), das derzeit zur Tochter gehört, und will "
           "die Filialen massiv zurückfahren.")
    assert voice_of(own, "massiv") == "author"
    after = ("Der Konzern hat angekündigt, das Ostgeschäft abzuziehen, und die Filialen werden "
             "massiv zurückgefahren.")
    assert voice_of(after, "massiv") == "author"


# --- the plot summary after a cast ------------------------------------------------------------

_PREVIEW = ("Der neue Krimi im Ersten. Mit ihrem Fall haben Vera Hahn (Maren Kroymann) und Jonas "
            "Roth (Tom Berg) keine Freude. Weil ihr Chef den Toten kennt, sollen sie einen "
            "vermeintlichen Unfall prüfen. Was sie finden, ist ein Sumpf aus Neid und "
            "übertriebener Loyalität. Die Figuren bleiben leider blass, und ich habe mich "
            "gelangweilt.")


def test_plot_after_a_cast_is_the_story() -> None:
    assert voice_of(_PREVIEW, "vermeintlichen") == "quote"
    assert voice_of(_PREVIEW, "übertriebener") == "quote"
    # right after the cast, a sentence about the work stays the reviewer's
    verdict = ("Der neue Krimi im Ersten. Mit ihrem Fall haben Vera Hahn (Maren Kroymann) und "
               "Jonas Roth (Tom Berg) keine Freude. Ihre Figuren bleiben leider blass.")
    assert voice_of(verdict, "Figuren bleiben leider blass") == "author"


def test_no_plot_without_a_cast_or_outside_a_review() -> None:
    no_cast = ("Der neue Krimi im Ersten. Regie führte Anna Berg. Weil ihr Chef den Toten kennt, "
               "sollen sie einen vermeintlichen Unfall prüfen.")
    assert voice_of(no_cast, "vermeintlichen") == "author"
    report = ("Im Landtag haben Vera Hahn (SPD) und Jonas Roth (CDU) keine Freude. Weil ihr Chef "
              "den Toten kennt, sollen sie einen vermeintlichen Unfall prüfen.")
    assert voice_of(report, "vermeintlichen") == "author"


def test_a_title_named_as_such_is_no_charge() -> None:
    assert voice_of("Gier ist der Titel dieser Folge am Sonntag.", "Gier") == "quote"
    assert voice_of("Gier ist der Antrieb dieser Bankerin.", "Gier") == "author"
