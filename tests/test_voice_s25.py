"""Voice fixes of the twenty-first session (2026-12-02). Texts written for these tests."""

from __future__ import annotations

from .conftest import finding_texts

_author = finding_texts


def _quoted(text: str) -> set[str]:
    return finding_texts(text, "quote")


def test_statement_question_and_unlabelled_answer_in_an_interview() -> None:
    """Once labelled answers make the text an interview, a question put as a statement
    ("Kritiker werfen Ihnen vor, …") may be followed by an answer without the label: the
    paragraph in the first person after it is the interviewee's, the statement the outlet's.
   """
    text = (
        "Ein Gespräch mit Landrätin Petra Vogel über den neuen Busplan.\n\n"
        "Frau Vogel, der neue Busplan gilt seit Montag. Sind Sie zufrieden?\n\n"
        "Vogel: Im Großen und Ganzen ja. Die ersten Tage liefen ruhig.\n\n"
        "Warum fahren die Busse am Abend seltener?\n\n"
        "Vogel: Weil abends kaum jemand einsteigt. Das zeigen unsere Zählungen.\n\n"
        "Kritiker werfen Ihnen vor, die Dörfer abzuhängen.\n\n"
        "Das ist natürlich völliger Unsinn. Wir haben die Rufbusse sogar ausgebaut.\n\n"
        "Wann kommt die nächste Änderung?\n\n"
        "Vogel: Frühestens im Herbst.")
    author = _author(text)
    assert "völliger Unsinn" not in author and "natürlich" not in author
    assert "Unsinn" in _quoted(text)
    assert "Kritiker werfen" in author


def test_first_person_statement_after_an_answer_stays_an_answer_run() -> None:
    """Unlabelled paragraphs in the first person after a labelled answer are the answer going
    on over a paragraph break, not the author's (nor the outlet's) words."""
    text = (
        "Ein Gespräch mit dem Trainer Jan Roth über die Saison.\n\n"
        "Herr Roth, wie lief die Hinrunde?\n\n"
        "Roth: Durchwachsen. Wir haben zu viele Punkte liegen lassen.\n\n"
        "Was muss sich ändern?\n\n"
        "Roth: Die Abwehr. Da waren wir oft zu offen.\n\n"
        "Ich habe mit jedem Spieler gesprochen, das war ehrlich gesagt bitter nötig.\n\n"
        "Wir wollen jetzt endlich konstanter werden.")
    author = _author(text)
    assert "bitter nötig" not in author



def test_source_named_as_an_apposition_in_the_next_sentence() -> None:
    """"Experten empfehlen … Die Sprecherin des Verbands, Anna Reiter, erklärt: …": the next
    sentence names who gives the advice, between commas; the experts hide no one."""
    text = ("Experten empfehlen Hausbesitzern, vor dem Kauf einer Wärmepumpe zu rechnen. Die "
            "Sprecherin der Verbraucherzentrale, Anna Reiter, erklärt: „Ein Energieberater "
            "lohnt sich fast immer.“")
    assert not any(t.startswith("Experten") for t in _author(text))
    unnamed = ("Experten empfehlen Hausbesitzern, vor dem Kauf einer Wärmepumpe zu rechnen. "
               "Die Preise sind zuletzt gesunken.")
    assert any(t.startswith("Experten") for t in _author(unnamed))


def test_representatives_named_in_the_next_sentence() -> None:
    """"Elternvertreter zeigten sich enttäuscht. Die Vorsitzende des Elternbeirats, Jana
    Wolff, sagte, …": the representatives are named at once."""
    text = ("Elternvertreter zeigten sich enttäuscht. Die Vorsitzende des Elternbeirats, Jana "
            "Wolff, sagte, man habe mehr erwartet.")
    assert not any("Elternvertreter" in t for t in _author(text))


def test_expert_named_after_a_two_sentence_quote() -> None:
    """The analyst's title after the name ("…, sagte Jonas Berg, Analyst der …") names the
    analysts of the sentence before the quote, also when the quote runs over two sentences."""
    text = ("Analysten verweisen auf die schwache Nachfrage aus China. „Die Lager sind voll. Das "
            "wird dauern“, sagte Jonas Berg, Analyst der Landesbank.")
    assert not any(t.startswith("Analysten") for t in _author(text))


def test_nobody_talking_is_no_vague_source() -> None:
    """"kaum jemand spricht" with nothing said describes a silent room; "kaum jemand spricht
    noch von …" hides whose view it is."""
    room = "Im Kreißsaal ist es still, kaum jemand spricht, alle warten auf den Arzt."
    assert not any("kaum jemand" in t for t in _author(room))
    view = "Kaum jemand spricht noch von einer raschen Einigung."
    assert any("Kaum jemand" in t for t in _author(view))


def test_vague_source_in_the_subjunctive_inside_reported_speech_is_the_speakers() -> None:
    """"Der Verband sagte, …: Ältere Messungen hätten …": the attribution's own verb is in the
    Konjunktiv, it is part of what the association said; "…, hieß es aus Kreisen" (indicative)
    stays the author's attribution."""
    text = ("Der Verband erklärte, ein Umstieg auf Plastikflaschen sei keine Lösung: Ältere "
            "Studien hätten darin noch mehr Partikel gefunden.")
    assert not any("Studien" in t for t in _author(text))
    trailing = "Die Sanierung werde teurer als geplant, hieß es aus Kreisen der Verwaltung."
    assert any("Kreisen" in t for t in _author(trailing))


def test_hedge_in_a_named_partys_expectation_is_theirs() -> None:
    """"Das Wetteramt rechnet damit, dass … möglicherweise …", "Die Reederei erwartet, dass …
    möglicherweise …": the hedge belongs to the forecast the sentence attributes; the author's
    own expectation ("Wir erwarten …") and a means ("lockt damit, dass …") stay the author's."""
    forecast = ("Das Wetteramt rechnet damit, dass der Sturm möglicherweise schon am Abend die "
                "Küste erreicht.")
    assert "möglicherweise" not in _author(forecast)
    assert "möglicherweise" in _quoted(forecast)
    company = "Die Reederei erwartet, dass die Fähre möglicherweise zwei Tage ausfällt."
    assert "möglicherweise" not in _author(company)
    means = "Der Hafen wirbt damit, dass die Fähre möglicherweise bald öfter fährt."
    assert "möglicherweise" in _author(means)


def test_plainly_named_in_quote_marks_is_no_verdict() -> None:
    """"Im Rathaus nennt man das Projekt schlicht die „Offensive“": "schlicht" says how plainly
    it is named, not the author's curt verdict; "Das ist schlicht falsch" stays one."""
    named = "Im Rathaus nennt man das Sparpaket intern schlicht die „Offensive“."
    assert "schlicht" not in _author(named)
    verdict = "Die Begründung der Stadt ist schlicht falsch."
    assert any("schlicht" in t for t in _author(verdict))


def test_statement_question_after_the_labels_stop() -> None:
    """An interview labelled „Frage:“ / name whose labels stop: a short paragraph that reports
    someone's words ("Kritiker sagen, …") and gets a first-person answer is the interviewer's
    again (the outlet's voice), not part of the last answer."""
    text = (
        "Ein Gespräch mit der Schwimmtrainerin Lea Sommer über leere Bäder.\n\n"
        "Frage: Frau Sommer, wie viele Kinder können bei Ihnen nicht schwimmen?\n\n"
        "Sommer: Fast die Hälfte der Drittklässler. Das ist erschreckend.\n\n"
        "Frage: Woran liegt das?\n\n"
        "Sommer: An fehlenden Wasserzeiten. Die Bäder sind voll.\n\n"
        "Was müsste passieren?\n\n"
        "Mehr Personal und längere Öffnungszeiten. Wir bräuchten auch Lehrschwimmbecken.\n\n"
        "Kritiker sagen, die Kommunen hätten dafür schlicht kein Geld.\n\n"
        "Das höre ich oft. Aber ich sage: Ertrinken ist teurer.")
    assert "Kritiker sagen" in _author(text)
    assert not any("Ertrinken" in t for t in _author(text))
