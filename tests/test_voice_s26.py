"""Voice fixes of the twenty-second session (2026-12-02) after the desk36 verdicts: a named
body's view names the observers before it; a "hieß es" in a paragraph about a body the text has
quoted continues its statement. Sentences written for these tests."""

from __future__ import annotations

from .conftest import finding_ids


def _vague(text: str) -> bool:
    return any(i.startswith("vague_attribution") for i in finding_ids(text))


def test_a_named_bodys_view_in_the_next_sentence_names_the_observers() -> None:
    """"Marktbeobachter hatten damit gerechnet. Nach Einschätzung von Analysten des Bremer
    Instituts für … dürfte …": the observers are named at once. Figures from an office ("Nach
    Angaben des Bundesamts …") do not name them."""
    named = ("Die Molkerei senkt den Preis. Marktbeobachter hatten mit dem Schritt gerechnet. "
             "Nach Einschätzung von Analysten des Bremer Instituts für Marktforschung dürfte der "
             "Preis weiter fallen.")
    unnamed = ("Die Molkerei senkt den Preis. Marktbeobachter hatten mit dem Schritt gerechnet. "
               "Nach Angaben des Statistischen Bundesamts sank der Preis um vier Prozent.")
    assert not _vague(named)
    assert _vague(unnamed)


def test_hiess_es_in_a_paragraph_about_the_quoted_company_continues_its_statement() -> None:
    """The company was quoted with "mitteilte"; a later paragraph opens with "Das Unternehmen …"
    and closes its reported words with "hieß es": the company's statement, no hidden source.
    Without the earlier attribution the "hieß es" hides its source."""
    paragraph = ("\n\nDas Unternehmen versorgt die ganze Region mit Strom und Gas. Es beschäftigt "
                 "800 Menschen. Der Stromtarif bleibe unverändert, hieß es.")
    assert not _vague("Die Stadtwerke erhöhen den Gaspreis, wie das Unternehmen am Montag "
                      "mitteilte. Betroffen sind 40.000 Kunden." + paragraph)
    assert _vague("Die Stadtwerke erhöhen den Gaspreis. Betroffen sind 40.000 Kunden." + paragraph)


_INTERVIEW = (
    "„Die Hütte ist kein Hotel“\n\n"
    "Anton Berger, 52, bewirtschaftet seit zwölf Jahren eine Alpenvereinshütte im Karwendel. "
    "Ein Gespräch über volle Lager und leere Wasserspeicher.\n\n"
    "Herr Berger, wie viele Gäste übernachten an einem Sommerwochenende bei Ihnen?\n\n"
    "Bis zu achtzig. Das Lager ist dann restlos voll, manche schlafen im Gastraum.\n\n"
    "Und das Wasser?\n\n"
    "Wird knapp. Die Quelle liefert im August kaum noch etwas, das ist leider die Regel.\n\n"
    "Woran liegt das?\n\n"
    "Die Winter sind schneearm, die Sommer extrem trocken. Da hilft kein Sparappell.\n\n"
    "Was müsste geschehen?\n\n"
    "Ein zweiter Speicher. Der kostet allerdings enorm viel Geld.\n")


def test_an_interview_announced_in_its_lead_has_answers_without_first_person() -> None:
    """"Ein Gespräch über …" in the lead, the first question put to "Herr Berger": the short
    questions that follow are the interviewer's and the paragraphs after them are the
    interviewee's answers, though they never say "ich" or "wir". The same paragraphs without the
    announcement and the address stay the author's."""
    assert not any(i.startswith(("stance.leider", "intensifier.", "rule.rhetorical"))
                   for i in finding_ids(_INTERVIEW))
    plain = (_INTERVIEW.replace("Ein Gespräch über volle Lager und leere Wasserspeicher.",
                                "Die Saison war lang.")
             .replace("Herr Berger, wie viele Gäste übernachten an einem Sommerwochenende bei "
                      "Ihnen?", "Wie viele Gäste übernachten an einem Sommerwochenende dort?"))
    assert any(i.startswith(("stance.leider", "intensifier.")) for i in finding_ids(plain))


def test_critics_named_after_their_reported_words_are_named() -> None:
    """"Kritiker werfen der Stadt vor, … Der Bedarf sei seit Jahren bekannt gewesen. Stadtrat
    Jürgen Pohl sagte, …": the indirect speech goes on with the critics' words, then one of
    them is named (a role before a first name). Without the named one they stay unnamed."""
    base = ("Kritiker werfen der Verwaltung vor, zu spät geplant zu haben. Der Bedarf sei seit "
            "Jahren bekannt gewesen. ")
    assert not _vague(base + "Stadtrat Jürgen Pohl sagte, man hätte längst handeln können.")
    assert _vague(base + "Die Verwaltung wies das zurück.")
    assert not _vague("Kritiker werfen der Verwaltung vor, zu spät geplant zu haben. Stadträtin "
                      "Petra Hinz sagte, man habe die Warnungen überhört.")
