"""Sources the text names after all (issue 9, session 11, after round 10): a vague attribution
whose medium, expert or institution the text names next to it hides nobody, and a hedge that
rests on the source cited next is that source's caution. Each kind both ways, on German text
written here."""

from __future__ import annotations

import pytest

from .conftest import sentence_findings


def _vague(text: str) -> list[str]:
    return [f.voice for f in sentence_findings(text) if f.category == "vague_attribution"]


def _hedges(text: str, word: str) -> list[str]:
    return [f.voice for f in sentence_findings(text)
            if f.category == "speculation" and word in text[f.start:f.end]]


@pytest.mark.parametrize("text", [
    # the agency that reported it, named at the start of the next sentence
    "In Serbien ermittelt die Polizei Medienberichten zufolge gegen einen Bürgermeister. Der "
    "Nachrichtenagentur Tanjug zufolge geht es um Bestechung bei einem Straßenbau.",
    # the critics' paper, named in a leading "Wie … anmerkte,"
    "Der Trainer musste sich zuletzt mit kritischen Stimmen befassen. Wie die Zeitung Kurier "
    "anmerkte, habe seine Mannschaft in engen Spielen versagt.",
    # the observers' view, given by a named political scientist right after
    "Beobachter rechnen mit langen Verhandlungen. „Das wird Monate dauern“, sagte der Politologe "
    "Milan Kovač von der Universität Zagreb.",
    # a named paper's own sourcing in the same sentence
    "Bei dem Angriff seien zwölf Menschen verletzt worden, berichtet die Zeitung Jutarnji List "
    "unter Berufung auf Polizeiquellen.",
    # the ministry is the source
    "Wie im Finanzministerium zu erfahren war, wird es keine Reform geben.",
])
def test_a_vague_source_the_text_names_is_no_vague_attribution(text: str) -> None:
    assert _vague(text) == []


@pytest.mark.parametrize("text", [
    # the next sentence names another source for another claim (the army, no medium)
    "Medienberichten zufolge griffen Rebellen danach die Kaserne an. Dem Militär zufolge wurden "
    "zwei Soldaten verletzt.",
    # the next sentence names nobody
    "Der Trainer musste sich zuletzt mit kritischen Stimmen befassen. Seine Mannschaft verlor "
    "zweimal in Folge.",
    # a mayor is no political scientist
    "Beobachter rechnen mit langen Verhandlungen. „Das wird Monate dauern“, sagte "
    "Bürgermeisterin Ana Horvat.",
    # "hieß es" names no paper
    "Bei dem Angriff seien zwölf Menschen verletzt worden, hieß es unter Berufung auf "
    "Polizeiquellen.",
    # no body named at all
    "Wie zu erfahren war, wird es keine Reform geben.",
    # people inside a party, unnamed
    "Wie aus der Partei zu erfahren war, wird es keine Reform geben.",
])
def test_a_vague_source_the_text_leaves_unnamed_stays(text: str) -> None:
    assert _vague(text) == ["author"]


_TEASER = ("Hotelbetten allein machen keinen Gewinn, sagen Experten. Die Branche zählt nur "
           "Gäste.\n\nInnsbruck – Jeden Sommer meldet das Land neue Rekorde bei den "
           "Übernachtungen. {body}")


def test_a_teaser_whose_experts_the_body_quotes_by_name_hides_nobody() -> None:
    body = ("Entscheidend ist, was die Gäste ausgeben, sagt Wirtschaftsforscherin Maria Lechner. "
            "Viele Betriebe verkaufen ihre Zimmer zu billig, sagt Hotelier Thomas Gruber.")
    assert _vague(_TEASER.format(body=body)) == []


def test_a_teaser_whose_experts_the_body_never_names_stays() -> None:
    body = ("Die Zahl der Gäste stieg um drei Prozent. Die Preise blieben gleich. "
            "Im Winter kamen weniger Besucher.")
    assert _vague(_TEASER.format(body=body)) == ["author"]


def test_a_hedge_on_the_estimates_of_polled_experts_is_theirs() -> None:
    text = ("Das neue Stadion dürfte deutlich teurer werden. Mit dem Budget kommt niemand aus. "
            "Die Schätzungen der von der APA befragten Experten reichen bis 90 Millionen Euro.")
    assert _hedges(text, "dürfte") == ["quote"]


def test_a_hedge_without_estimates_next_to_it_stays_the_authors() -> None:
    text = ("Das neue Stadion dürfte deutlich teurer werden. Mit dem Budget kommt niemand aus. "
            "Die Bauarbeiten beginnen im Herbst.")
    assert _hedges(text, "dürfte") == ["author"]


def test_an_evidential_hedge_on_the_owner_who_speaks_next_is_his_account() -> None:
    text = ("Auch die Schiebetüren machen offenbar Probleme. Betroffen ist etwa der Unternehmer "
            "Stefan Berger. Er erklärt gegenüber dem Kurier, dass die Türen oft klemmen.")
    assert _hedges(text, "offenbar") == ["quote"]


def test_an_evidential_hedge_without_a_speaker_next_stays_the_authors() -> None:
    text = ("Auch die Schiebetüren machen offenbar Probleme. Betroffen ist etwa der Unternehmer "
            "Stefan Berger. Die Türen wurden im Mai eingebaut.")
    assert _hedges(text, "offenbar") == ["author"]


# --- speech and suspicions without quote marks -------------------------------------------------

def _voices(text: str, word: str) -> list[str]:
    return [f.voice for f in sentence_findings(text) if word in text[f.start:f.end]]


def test_words_closed_by_soll_gesagt_haben_are_the_speakers() -> None:
    text = ("Im Lager gibt es eine regelrechte Werkstatt für Waffen, soll einer der Festgenommenen "
            "im Verhör gesagt haben.")
    assert _voices(text, "regelrechte") == ["quote"]


def test_words_closed_by_soll_without_a_verb_of_saying_stay_the_authors() -> None:
    text = ("Im Lager gibt es eine regelrechte Werkstatt für Waffen, soll einer der Festgenommenen "
            "im Verhör verschwiegen haben.")
    assert _voices(text, "regelrechte") == ["author"]


def test_the_content_of_a_charge_is_the_charges() -> None:
    text = "Im Raum steht der Vorwurf, dass der Bürgermeister die Stadtkasse skrupellos geplündert hat."
    assert _voices(text, "skrupellos") == ["quote"]


def test_the_authors_own_statement_without_a_charge_stays_the_authors() -> None:
    text = "Der Bürgermeister hat die Stadtkasse skrupellos geplündert, das steht nun fest."
    assert _voices(text, "skrupellos") == ["author"]


def test_what_figures_suggest_is_not_the_authors_praise() -> None:
    text = "Die hohen Verkaufszahlen suggerieren, der Firma gehe es wunderbar."
    assert _voices(text, "wunderbar") == ["quote"]


def test_praise_without_suggesting_stays_the_authors() -> None:
    text = "Die Verkaufszahlen sind hoch, der Firma geht es wunderbar."
    assert _voices(text, "wunderbar") == ["author"]


@pytest.mark.parametrize("text, voice", [
    # the certainty is the named person's, and so is what the colon introduces
    ("Klar ist für die Kammerpräsidentin jedenfalls: Es darf nicht sein, dass Kranke monatelang "
     "warten.", "quote"),
    # the newsroom's own certainty stays the author's
    ("Klar ist für uns jedenfalls: Es darf nicht sein, dass Kranke monatelang warten.", "author"),
    # no one holds it
    ("Klar ist jedenfalls: Es darf nicht sein, dass Kranke monatelang warten.", "author"),
])
def test_klar_ist_fuer_a_named_person_introduces_their_view(text: str, voice: str) -> None:
    assert _voices(text, "darf nicht sein") == [voice]


_ADVICE = "Für die Kinder ist das sehr belastend, sagt die Psychologin Anna Reiter.{sep}Man sollte " \
          "ihnen das Gefühl geben, dass sie sicher sind."


def test_generic_advice_right_after_a_named_speaker_goes_on_with_their_words() -> None:
    assert _voices(_ADVICE.format(sep=" "), "Man sollte") == []  # the speaker's: no appeal


@pytest.mark.parametrize("text", [
    # a new paragraph: the author speaks again
    _ADVICE.format(sep="\n\n"),
    # no speaker named before it
    "Der Verein sucht einen Nachfolger. Man sollte ihnen das Gefühl geben, dass sie sicher sind.",
])
def test_generic_advice_without_a_speaker_right_before_stays_an_appeal(text: str) -> None:
    assert _voices(text, "Man sollte") == ["author"]


@pytest.mark.parametrize("text, voice", [
    # the curator's words, closed by "weiß" and her name
    ("Einmal das Fenster öffnen, und die Feuchtigkeit verändert sich dramatisch, weiß Kuratorin "
     "Lena Hofer.", "quote"),
    # "wie jeder weiß" names nobody
    ("Einmal das Fenster öffnen, und die Feuchtigkeit verändert sich dramatisch, wie jeder weiß.",
     "author"),
])
def test_weiss_with_a_named_person_closes_their_words(text: str, voice: str) -> None:
    assert _voices(text, "dramatisch") == [voice]


@pytest.mark.parametrize("text, voice", [
    # the protocol's wording, cited as such
    ("Die Kontrolle begann, nachdem – wie es im Einsatzprotokoll heißt – ein Asylant mit einer "
     "Schubkarre gesehen worden war.", "quote"),
    # the same word without the cited document is the author's
    ("Die Kontrolle begann, nachdem ein Asylant mit einer Schubkarre gesehen worden war.",
     "author"),
])
def test_the_wording_of_a_cited_document_is_the_documents(text: str, voice: str) -> None:
    assert _voices(text, "Asylant") == [voice]


@pytest.mark.parametrize("text, voice", [
    # the examples a named party gives, in the inverted order
    ("Als Beispiele nennt er Kletterhallen oder Hotels für Forscher – eben innovative Angebote, "
     "die junge Leute anziehen würden.", "quote"),
    # the author's own examples
    ("Als Beispiele nenne ich Kletterhallen oder Hotels für Forscher – eben innovative Angebote, "
     "die junge Leute anziehen würden.", "author"),
])
def test_examples_a_named_party_gives_first_are_theirs(text: str, voice: str) -> None:
    assert _voices(text, "innovative") == [voice]
