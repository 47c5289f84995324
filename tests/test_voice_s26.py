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
