"""Whose words and whose story (issue 9, session 11): a plot summary in a TV tip or a book
review tells what the story's figures claim, hide or are, also without an actor in brackets;
the critic's verdict next to it stays the author's. Each test holds both kinds, on German text
written here."""

from __future__ import annotations

import pytest

from analyzer.text import segment
from analyzer.voice import cast_names, plot_summary

from .conftest import sentence_findings


def voice_of(text: str, word: str) -> str:
    """The voice of the one finding whose span holds ``word``."""
    found = [f.voice for f in sentence_findings(text) if word in text[f.start:f.end]]
    assert len(found) == 1, (word, [(text[f.start:f.end], f.voice)
                                    for f in sentence_findings(text)])
    return found[0]

# a TV tip: broadcast slot, a Kommissarin introduced by her role, the actress after "gespielt von"
_TV_TIPP = (
    "Fernsehtipp: Mord am Deich\n\n"
    "Mittwoch, 20.15 Uhr, ZDF\n\n"
    "Im Watt vor Husum liegt eine tote Fischerin, und ihr Nachbar will sie angeblich seit Wochen "
    "nicht gesehen haben. So beginnt der dritte Fall für Kommissarin Frieda Lorensen, und man ahnt "
    "bald, dass im Hafen mehr Leute etwas verschweigen.\n\n"
    "Die Tote hatte Schulden bei einem Reeder aus Bremen. Er hat offenbar ihren Kutter für einen "
    "Spottpreis gekauft. Lorensen, gespielt von Marte Holm, stößt auf eine verschworene "
    "Gemeinschaft.\n\n"
    "Der Film nimmt sich viel Zeit, vielleicht zu viel. Das Drehbuch wirkt am Ende hastig.")

# a book review: the heroine named as "Heldin", the reviewer's verdict in its own paragraph
_BUCH = (
    "Der neue Roman von Greta Sand erzählt von einer Familie an der Ostsee.\n\n"
    "Die Heldin Ilse Marquardt kehrt nach dem Tod des Vaters auf den Hof zurück. Sie findet "
    "Briefe, die angeblich ihre Mutter geschrieben hat. Ihr Bruder will den Hof offenbar heimlich "
    "verkaufen.\n\n"
    "Sand erzählt das vielleicht etwas zu breit. Ein großartiges Buch ist es trotzdem.")

# the same kind of sentences in news: no work of fiction, no figure of a story
_NEWS = (
    "Im Watt vor Husum ist eine tote Fischerin gefunden worden. Ihr Nachbar will sie angeblich "
    "seit Wochen nicht gesehen haben. Er hat offenbar ihren Kutter gekauft. Die Polizei "
    "ermittelt.")


@pytest.mark.parametrize("text, word", [
    (_TV_TIPP, "angeblich"),
    (_TV_TIPP, "offenbar"),
    (_BUCH, "angeblich"),
    (_BUCH, "offenbar"),
])
def test_what_figures_claim_or_hide_is_the_story(text: str, word: str) -> None:
    assert voice_of(text, word) == "quote"


@pytest.mark.parametrize("text, word", [
    (_TV_TIPP, "vielleicht"),  # the critic's hedge on the pacing
    (_BUCH, "vielleicht"),  # the critic's hedge on the author's breadth
    (_BUCH, "großartiges"),  # the critic's verdict
    (_NEWS, "angeblich"),  # real events: the author's doubt
    (_NEWS, "offenbar"),  # real events: the author's inference
])
def test_the_critics_verdict_and_real_news_stay_the_authors(text: str, word: str) -> None:
    assert voice_of(text, word) == "author"


def test_the_viewer_foresees_the_plot() -> None:
    # "man ahnt bald, dass …" about the story is the viewer's anticipation, not speculation
    assert voice_of(_TV_TIPP, "man ahnt") == "quote"


def test_man_ahnt_in_news_stays_the_authors() -> None:
    text = ("Die Gemeinde hat den Haushalt beschlossen, und man ahnt bald, dass das Geld nicht "
            "reicht. Der Kämmerer schweigt.")
    assert voice_of(text, "man ahnt") == "author"


def test_cast_names_keep_characters_and_actors_apart() -> None:
    text = ("Der Krimi läuft im Ersten, Regie führte Tom Weiß. Kommissarin Frieda Lorensen "
            "ermittelt, gespielt von Marte Holm. Bernd Kluge spielt den alten Fischer Jan "
            "Ohlsen. Ihr Kollege Paul Sander (Timo Brandt) hilft. In der Figur des Hinnerk "
            "bündelt sich alles.")
    figures, actors = cast_names(segment(text).sentences)
    assert {"frieda", "lorensen", "jan", "ohlsen", "paul", "sander", "hinnerk"} <= figures
    assert {"marte", "holm", "bernd", "kluge", "timo", "brandt"} <= actors
    assert not figures & actors
    assert "kollege" not in figures and "fischer" not in figures


def test_a_real_office_is_no_figure_of_a_story() -> None:
    # "EU-Kommissar" is an office, not a Kommissarin of a crime film; nothing is plot here
    text = ("Der Film über das Urheberrecht hatte im Kino Premiere. Der EU-Kommissar Hans Berg "
            "lobte ihn. Er hat offenbar nur den Trailer gesehen.")
    assert plot_summary(text, segment(text).sentences) == []
    assert voice_of(text, "offenbar") == "author"


def test_the_critics_sentence_about_an_actress_in_a_plot_paragraph_stays_the_authors() -> None:
    text = ("Der Krimi im Ersten, die neue Folge: Kommissarin Frieda Lorensen ermittelt im Hafen. Sie findet "
            "angeblich verlorene Briefe. Eine Entdeckung ist Marte Holm als ihre Tochter, die "
            "den Betrieb übernehmen will.")
    assert voice_of(text, "angeblich") == "quote"
    assert voice_of(text, "Eine Entdeckung ist Marte Holm") == "author"


# --- a source named next to the vague one -------------------------------------------------------

def _vague(text: str) -> list[str]:
    return [f.voice for f in sentence_findings(text) if f.category == "vague_attribution"]


@pytest.mark.parametrize("text", [
    # the institute gives the forecast in the next sentence
    "Einen raschen Rückgang der Mieten erwarten Ökonomen nicht. Das Institut für Stadtforschung "
    "in Leipzig rechnet damit, dass die Mieten weiter steigen.",
    # the central bank, "geht davon aus"
    "Eine schnelle Erholung erwarten Experten nicht. Die Bundesbank geht davon aus, dass die "
    "Wirtschaft noch ein Jahr schwächelt.",
    # the economist by title and name two sentences on
    "Eine schnelle Erholung erwarten Experten nicht. Die Auftragsbücher sind dünn. „Das wird "
    "dauern“, sagte Konjunkturexpertin Petra Lindner.",
    # named in the same sentence
    "Experten zufolge ist der Schaden groß, nach Angaben des Versicherungsverbands liegt er bei "
    "zwei Milliarden Euro.",
])
def test_experts_named_next_to_the_vague_group_hide_no_one(text: str) -> None:
    assert _vague(text) == []


@pytest.mark.parametrize("text", [
    # the next sentence names no expert and no research body
    "Eine schnelle Erholung erwarten Experten nicht. Die Regierung plant neue Hilfen.",
    # a town council is no research body
    "Eine schnelle Erholung erwarten Experten nicht. Der Gemeinderat rechnet mit Mehrkosten.",
    # a politician named two sentences on is not the experts
    "Eine schnelle Erholung erwarten Experten nicht. Die Auftragsbücher sind dünn. „Das wird "
    "dauern“, sagte Bürgermeisterin Petra Lindner.",
])
def test_experts_left_unnamed_stay_a_vague_attribution(text: str) -> None:
    assert _vague(text) == ["author"]


def test_hiess_es_after_the_named_company_continues_its_statement() -> None:
    text = ("Der Zulieferer Brandt Metall hat Insolvenz angemeldet. Das teilte das Unternehmen am "
            "Montag mit. Betroffen sind 800 Beschäftigte. Die Produktion laufe weiter, hieß es.")
    assert _vague(text) == []
    bare = "Der Zulieferer hat Insolvenz angemeldet. Die Produktion laufe weiter, hieß es."
    assert _vague(bare) == ["author"]


@pytest.mark.parametrize("text, voice", [
    # the assurance itself, in an infinitive clause after the verb of assuring ("versprechen" is
    # no cue: a party that "verspricht „Klartext“" keeps its scare quote, tests/test_trust_cases.py)
    ("Die Stadt sicherte zu, die katastrophalen Zustände im Bad rasch zu beenden.", "quote"),
    ("Die Stadt sagte zu, die katastrophalen Zustände im Bad rasch zu beenden.", "quote"),
    # a promise with its object, then the author's own clause
    ("Die Stadt versprach Besserung, die katastrophalen Zustände bleiben aber.", "author"),
])
def test_an_announced_promise_is_the_speakers(text: str, voice: str) -> None:
    assert voice_of(text, "katastrophalen") == voice


# --- the story after the reviewer's colon; a figure played by its own name ----------------------

_BUEHNE = ("Die Premiere im Stadttheater: Ibsens Stück in einer neuen Inszenierung. Die "
           "Geschichte ist bekannt: Hedda langweilt sich, Tesman redet angeblich nur von Büchern. "
           "Jonas Reiter gibt den Tesman als freundlichen Pedanten. Die Regie bleibt leider "
           "mutlos.")


def test_the_story_after_the_reviewers_colon_is_the_story() -> None:
    # Tesman is a figure (Reiter "gibt den Tesman"); after "Die Geschichte ist bekannt:" the
    # plot is told
    assert voice_of(_BUEHNE, "angeblich") == "quote"
    assert voice_of(_BUEHNE, "leider") == "author"  # the critic on the staging


def test_a_colon_before_real_persons_stays_the_authors() -> None:
    text = ("Die Premiere im Stadttheater, eine neue Inszenierung. Jonas Reiter gibt den Tesman. "
            "Die Lage am Haus ist klar: Der Intendant redet angeblich nur von Geld.")
    assert voice_of(text, "angeblich") == "author"


def test_a_figure_played_by_its_own_name() -> None:
    figures, actors = cast_names(segment(_BUEHNE).sentences)
    assert "tesman" in figures and "reiter" in actors
    # a role given by a common noun is no name to look for ("spielt die Mutter")
    text = "Der neue Film im Kino, Regie führte Tom Weiß. Anna Roth spielt die Mutter."
    assert "mutter" not in cast_names(segment(text).sentences)[0]


def test_a_report_on_film_makers_has_no_plot() -> None:
    # film words, a real Kommissarin, no told story and no actor: the author's doubt stays
    text = ("Gegen den Filmproduzenten Karl Moser ermittelt die Staatsanwaltschaft. Die "
            "Kommissarin Jana Roth leitet den Fall, das Drehbuch seines Kinofilms wurde "
            "beschlagnahmt. Sie hat angeblich neue Zeugen. Die Mordserie in der Stadt ist ein "
            "anderer Fall.")
    assert plot_summary(text, segment(text).sentences) == []
    assert voice_of(text, "angeblich") == "author"


def test_a_bank_reporting_its_own_figures_does_not_name_the_experts() -> None:
    text = ("Vor einer Blase am Immobilienmarkt warnen Experten. Die Hausbank Nord teilte mit, "
            "ihr Gewinn sei gestiegen.")
    assert _vague(text) == ["author"]
