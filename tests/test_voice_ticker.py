"""Whose words: live tickers, inserted attributions, reported speech chains (issue 9).

Each case pairs someone else's words with the author's own evaluative words next to them, so a
rule that silences everything fails. Every sentence is written for these tests (tabloid, agency,
ticker and interview styles).
"""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.text import segment
from analyzer.voice import inserted_attribution, reported_predicates, ticker_stamp


def voices(text: str, phrase: str, category: str | None = None) -> list[str]:
    """Voice of every finding on ``phrase`` (in text order), optionally of one category."""
    result = analyze(text, classifier=None, min_weight=0)
    return [f.voice for f in result.findings
            if phrase in text[f.start:f.end] and (category is None or f.category == category)]


# --- live tickers ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # "X sagte:" after a time stamp: the speech runs to the end of the entry; the next entry
    # is the newsroom's again
    ("21.14 Uhr: Der Innenminister sagte: Wir werden diese völlig absurde Forderung nicht "
     "erfüllen. Die Lage bleibt angespannt.\n\n"
     "21.30 Uhr: Die Polizei hat die völlig absurde Sperre aufgehoben.", "absurd",
     ["quote", "author"]),
    ("21.14 Uhr: Der Innenminister sagte: Das ist schlimm. Wir haben alles versucht. "
     "Die Opposition ist schuld an diesem Chaos.\n\n"
     "21.30 Uhr: Das Chaos am Bahnhof hält an.", "Chaos", ["quote", "author"]),
    # a speaker label right after the stamp, with a title or role
    ("18.05 Uhr: Kanzler Scholz: Diese Entscheidung ist ein fataler Fehler.\n\n"
     "18.20 Uhr: Die Entscheidung ist ein fataler Fehler.", "fatal", ["quote", "author"]),
    ("14:02 Uhr – Bürgermeisterin Weber: Die Feuerwehr hat völlig versagt.\n\n"
     "14:10 Uhr – Die Feuerwehr hat völlig versagt.", "völlig", ["quote", "author"]),
    ("Update, 18.05 Uhr: Trainer Huber: Die Abwehr war eine einzige Katastrophe.\n\n"
     "Die Abwehr war eine einzige Katastrophe.", "Katastrophe", ["quote", "author"]),
    ("+++ 12.30 Uhr +++ Der Trainer sagte: Die Leistung war katastrophal. Wir müssen uns "
     "steigern.\n\n+++ 12.45 Uhr +++ Die Leistung war katastrophal.", "katastrophal",
     ["quote", "author"]),
    ("Liveticker\n\n9.02 Uhr: Der Sprecher der Polizei sagte: Die Randalierer haben völlig "
     "sinnlos Autos angezündet.\n\n9.10 Uhr: Die Randalierer haben völlig sinnlos Autos "
     "angezündet.", "sinnlos", ["quote", "author"]),
    ("10.45 Uhr: Merkel: Wir schaffen das. Das ist eine unglaubliche Herausforderung.\n\n"
     "11.00 Uhr: Die Herausforderung ist unglaublich.", "unglaublich", ["quote", "author"]),
    # an institution or topic before the colon is no speaker
    ("18.05 Uhr: Bundestag: Die Abstimmung ist ein einziges Chaos.", "Chaos", ["author"]),
    # a sentence that attributes anew ends the speaker's part of the entry
    ("21.14 Uhr: Der Minister sagte: Wir geben nicht nach. Die Opposition kritisierte das "
     "als völlig absurd, ihr Vorschlag ist aber ebenso absurd.", "absurd", ["quote", "author"]),
    # without a time stamp the speech does not run on past first-person sentences
    ("Der Minister sagte: Wir geben nicht nach. Die Lage am Bahnhof ist ein einziges Chaos.",
     "Chaos", ["author"]),
])
def test_ticker_entries(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "after"), [
    ("21.14 Uhr: Der Minister sagte: Gut.", "Der"),
    ("14:02 Uhr – Weber: Das ist schlimm.", "Weber"),
    ("+++ 12.30 Uhr +++ Der Trainer sagte: Gut.", "Der"),
    ("Update, 18.05 Uhr: Scholz: Das ist gut.", "Scholz"),
    ("21:14: Merkel: Wir schaffen das.", "Merkel"),
    ("09.30 Merkel sagte: Gut so.", None),  # no separator: not clearly a stamp
    ("Um 21.14 Uhr sagte der Minister: Gut.", None),
    ("Der Minister sagte um 21.14 Uhr: Gut.", None),
])
def test_ticker_stamp(text: str, after: str | None) -> None:
    toks = segment(text).sentences[0].tokens
    k = ticker_stamp(toks)
    assert (toks[k].text if k else None) == after


# --- inserted attributions ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # in the indicative: the sentence around the insertion is the speaker's
    ("Die Reform ist, wie der Kanzler betonte, ein historischer Meilenstein. "
     "Die Reform ist ein historischer Meilenstein.", "Meilenstein", ["quote", "author"]),
    ("Die Reform ist, wie der Kanzler sagte, ein gigantischer Erfolg. "
     "Die Reform ist ein gigantischer Erfolg.", "gigantisch", ["quote", "author"]),
    ("Das war, wie Müller betonte, ein gigantischer Erfolg, wie ihn die Stadt noch nie erlebt "
     "hat. Die Stadt hat einen gigantischen Erfolg erlebt.", "gigantisch", ["quote", "author"]),
    ("Die Reform ist, so der Kanzler, ein historischer Meilenstein. "
     "Die Reform ist ein historischer Meilenstein.", "Meilenstein", ["quote", "author"]),
    ("Der Auftritt war, sagte die Trainerin, eine einzige Katastrophe. "
     "Der Auftritt war eine einzige Katastrophe.", "Katastrophe", ["quote", "author"]),
    # in Konjunktiv I, as before
    ("Das sei, so Müller weiter, ein gigantischer Erfolg. Das ist ein gigantischer Erfolg.",
     "gigantisch", ["quote", "author"]),
    ("Die Reform sei, wie der Kanzler betonte, ein historischer Meilenstein. "
     "Die Reform ist ein historischer Meilenstein.", "Meilenstein", ["quote", "author"]),
    ("Er habe, sagte der Angeklagte, niemals gelogen. Er sei ein Opfer einer perfiden "
     "Kampagne. Es war eine perfide Kampagne.", "perfide", ["quote", "author"]),
    # no speaker in the insertion: the author's own sentence
    ("Wie wir berichteten, war das ein gigantischer Erfolg. Das war, wie erwartet, ein "
     "gigantischer Erfolg.", "gigantisch", ["author", "author"]),
    ("Das war, wie wir berichteten, ein gigantischer Erfolg.", "gigantisch", ["author"]),
    ("Es kam, so scheint es, zu einem gigantischen Eklat.", "gigantisch", ["author"]),
])
def test_inserted_attribution(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "inserted"), [
    ("Die Reform ist, wie der Kanzler betonte, ein Erfolg.", "wie der Kanzler betonte"),
    ("Die Lage ist, so die Polizei, unter Kontrolle.", "so die Polizei"),
    ("Der Plan ist, sagte sie, gescheitert.", "sagte sie"),
    ("Das war, wie erwartet, ein Erfolg.", None),
    ("Das war, glaube ich, ein Erfolg.", None),
    ("Die Lage ist ernst, sagte die Sprecherin.", None),  # closing, not inserted
])
def test_inserted_attribution_span(text: str, inserted: str | None) -> None:
    toks = segment(text).sentences[0].tokens
    found = inserted_attribution(toks)
    assert (text[toks[found[0] + 1].start:toks[found[1] - 1].end] if found else None) == inserted


# --- reported speech: verbs of saying inside it, fragments between it --------------------------

@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a verb of saying inside the reported clause is the speaker's word; the author's
    # attribution verb stays his
    ("Der Anwalt sagte, die Vorwürfe seien haltlos. Erst jetzt werde behauptet, sein Mandant "
     "habe betrogen. Der Staatsanwalt behauptet, der Mandant habe betrogen.", "behauptet",
     ["quote", "author"]),
    ("Der Minister behauptete, die Lage sei gut.", "behauptete", ["author"]),
    ("Der Oppositionsführer polterte, die Regierung sei ein Haufen Dilettanten.", "polterte",
     ["author"]),
    # a "Label: …" fragment between two sentences of indirect speech is the speaker's
    ("Der Minister sagte, die Lage sei dramatisch. Das Ziel: ein gigantischer Kurswechsel. "
     "Man werde nicht tatenlos zusehen. Der Minister hat einen gigantischen Kurswechsel "
     "versprochen.", "gigantisch", ["quote", "author"]),
    # ... but not after the reported speech has ended
    ("Der Minister sagte, die Lage sei dramatisch. Das Ergebnis: ein gigantischer Kurswechsel. "
     "Die Partei folgt ihm.", "gigantisch", ["author"]),
])
def test_reported_speech_chain(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "clauses"), [
    ("Er sagte, erst jetzt werde behauptet, dass er lüge.",
     ["erst jetzt werde behauptet", "dass er lüge"]),
    ("Die Lage sei gut, behauptete der Minister.", ["Die Lage sei gut"]),
    ("Der Minister behauptete das.", []),
])
def test_reported_predicates(text: str, clauses: list[str]) -> None:
    toks = segment(text).sentences[0].tokens
    assert [text[a:b] for a, b in reported_predicates(toks)] == clauses


# --- quotes in headlines, lists, dialogue, nesting and exports (regression) ---------------------

@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Minister: „Die Reform ist ein Meilenstein“\n\nBerlin – Die Reform ist ein Meilenstein.",
     "Meilenstein", ["quote", "author"]),
    ("Merz im Interview: „Die Ampel ist ein einziges Desaster.“\n\n"
     "Die Ampel ist ein einziges Desaster.", "Desaster", ["quote", "author"]),
    ("Die Reaktionen:\n\n- Grünen-Chefin Maier: „Ein katastrophaler Tag für das Klima.“\n"
     "- CDU-Fraktionschef Huber: „Ein guter Tag.“\n\nEs war ein katastrophaler Tag.",
     "katastrophal", ["quote", "author"]),
    ("Die wichtigsten Aussagen:\n\n• „Wir werden diese skandalöse Entscheidung anfechten.“\n"
     "• „Die Regierung hat versagt.“\n\nDie Entscheidung ist skandalös.", "skandal",
     ["quote", "author"]),
    ("„Er nannte das ‚einen völligen Irrsinn‘, und dabei blieb es“, sagte die Zeugin. "
     "Das war ein völliger Irrsinn.", "Irrsinn", ["quote", "author"]),
    ("Sie sagte mir: „Mein Mann hat mich ‚eine hysterische Zicke‘ genannt.“ "
     "Eine hysterische Zicke ist sie nicht.", "hysterisch", ["quote", "author"]),
    ('""Das ist ein absoluter Skandal"", sagte die Sprecherin. Es ist ein absoluter Skandal.',
     "Skandal", ["quote", "author"]),
    ('Er erzählte: ""Die Stadt hat uns eiskalt im Stich gelassen."" '
     "Die Stadt hat die Bürger eiskalt im Stich gelassen.", "eiskalt", ["quote", "author"]),
    ("„Ich war total am Ende“, erzählt die 54-Jährige. Sie lacht. „Und dann kam dieser "
     "unglaubliche Anruf.“ Es war ein unglaublicher Anruf.", "unglaublich", ["quote", "author"]),
    ("„Und dann?“, frage ich. „Dann wird es richtig dramatisch“, sagt sie. Es wurde dramatisch.",
     "dramatisch", ["quote", "author"]),
    ("Der Trainer (54) sauer: „Das war eine Frechheit vom Schiedsrichter!“ "
     "Es war eine Frechheit.", "Frechheit", ["quote", "author"]),
    ("„Die Bürger haben die Nase voll“, sagt der Bürgermeister. „Das ganze Verfahren ist eine "
     "Farce. Und die Behörden schauen tatenlos zu.“ Die Behörden schauen tatenlos zu.",
     "tatenlos", ["quote", "author"]),
    # the author's framing around a quote stays the author's
    ("Der Minister schwadronierte: „Wir haben alles richtig gemacht.“", "schwadronierte",
     ["author"]),
    ("Die Ministerin sagte am Montag: „Wir sind auf einem guten Weg.“ Der Weg ist jedoch "
     "mühsam, und die Ministerin verschweigt die dramatischen Probleme.", "dramatisch",
     ["author"]),
    ("Die Sprecherin sagte, die Firma habe nichts zu verbergen. Die Firma hat offenbar etwas "
     "zu verbergen.", "offenbar", ["author"]),
    # Konjunktiv II as reported speech after a verb of saying
    ("Die Gewerkschaft erklärte, die Arbeitgeber hätten die Beschäftigten schamlos betrogen. "
     "Die Arbeitgeber haben die Beschäftigten schamlos betrogen.", "schamlos",
     ["quote", "author"]),
    ("Der Sprecher erklärte, Kritiker würden die Lage schamlos ausnutzen. "
     "Kritiker nutzen die Lage schamlos aus.", "schamlos", ["quote", "author"]),
])
def test_quotes_in_news_formats(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


# --- views reported without a verb of saying; labels in lists and headlines --------------------

@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # what a named party is outraged or delighted about is described in its view
    ("Fassungslos über so viel arrogante Unwissenheit zeigten sich die Sprecherinnen der "
     "Grünen. Die Unwissenheit ist arrogant.", "arrogant", ["quote", "author"]),
    ("Die Grünen zeigten sich empört über die skandalöse Entscheidung. "
     "Die Entscheidung ist skandalös.", "skandal", ["quote", "author"]),
    ("Das Publikum war begeistert von der grandiosen Show. Die Show war grandios.", "grandios",
     ["quote", "author"]),
    ("Wir sind empört über die skandalöse Entscheidung.", "skandal", ["author"]),
    # "hält … für …" with a long object: everything after "für" is the holder's view
    ("Der Altkanzler hält die Koalition daher auch für einen historischen Fehler und ein "
     "Aussitzen für die bessere Lösung. Ein Aussitzen ist keine Lösung.", "Aussitzen",
     ["quote", "author"]),
    ("Ich halte das für einen historischen Skandal.", "Skandal", ["author"]),
    # a person's label opening a list item or a headline introduces the person's words
    ("Die Reaktionen:\n\n- Grünen-Chefin Maier: Ein katastrophaler Tag für das Klima.\n"
     "- CDU-Chef Huber: Ein guter Tag.\n\nEs war ein katastrophaler Tag.", "katastrophal",
     ["quote", "author"]),
    ("Finanzminister Huber: Der Haushalt ist eine einzige Katastrophe\n\n"
     "Wien – Der Haushalt ist eine einzige Katastrophe.", "Katastrophe", ["quote", "author"]),
    # a topic label is no speaker, nor is a list item without a label
    ("Ukraine-Krieg: Die Lage ist eine einzige Katastrophe\n\n"
     "Kiew – Die Lage ist eine einzige Katastrophe.", "Katastrophe", ["author", "author"]),
    ("- Die Stadt hat völlig versagt.\n- Der Bürgermeister schweigt.", "völlig", ["author"]),
    ("Die Lage: völlig chaotisch. Die Lage ist chaotisch.", "chaotisch", ["author", "author"]),
])
def test_views_and_labels(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a denied charge is the accusers' wording; the author's own charge stays his
    ("Die Partei streitet jede Verzögerungstaktik ab. Die Partei betreibt eine "
     "Verzögerungstaktik.", "Verzögerungstaktik", ["quote", "author"]),
    ("Die Ministerin weist den Vorwurf der Vetternwirtschaft zurück. Im Ministerium herrscht "
     "Vetternwirtschaft.", "Vetternwirtschaft", ["quote", "author"]),
    ("Der Kanzler streitet sich mit der Opposition über die katastrophale Lage.", "katastroph",
     ["author"]),
    # "als … quittieren" calls something by a name
    ("Der Vorschlag wurde im Rathaus als kleinkrämerische Kosmetik quittiert. "
     "Der Vorschlag ist kleinkrämerisch.", "kleinkrämerisch", ["quote", "author"]),
    # an interview teaser "Die Grünen-Chefin über …" names the topics in her words
    ("Die Grünen-Chefin über Versagen im Flüchtlingsthema und die Zukunft der Partei.\n\n"
     "STANDARD: Frau Müller, was lief schief?", "Versagen", ["quote"]),
    ("Streit über das Versagen der Regierung\n\nWien – Die Koalition streitet.", "Versagen",
     ["author"]),
])
def test_denials_and_teasers(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # the infinitive clause after a verb of demanding is the demand, in the demander's words
    ("Die Gewerkschaft fordert, die völlig überzogenen Boni zu streichen. "
     "Die Boni sind völlig überzogen.", "völlig", ["quote", "author"]),
    ("Der Verband rief dazu auf, die skandalöse Regel abzuschaffen. Die Regel ist skandalös.",
     "skandal", ["quote", "author"]),
    # ... not a purpose clause after a verb of saying
    ("Er kündigte an, um die skandalöse Regel zu kippen, notfalls zu klagen.", "skandal",
     ["author"]),
    # the "wie" clause after a verb of telling is the account
    ("Die Zeugin schilderte, wie der Täter eiskalt auf sie zukam. Der Täter ging eiskalt vor.",
     "eiskalt", ["quote", "author"]),
    ("Das Video zeigt, wie eiskalt der Täter vorging.", "eiskalt", ["author"]),
    # "nannte X einen Skandal" without "als"
    ("Er nannte die Entscheidung einen Skandal. Die Entscheidung ist ein Skandal.", "Skandal",
     ["quote", "author"]),
    # "hieß es," before a clause in the indicative
    ("Aus der Opposition hieß es, die Reform ist ein Desaster. Die Reform ist ein Desaster.",
     "Desaster", ["quote", "author"]),
    # a third party's conclusion before a colon; the author's own stays his
    ("Die Ministerin zog Bilanz. Ihr Fazit: Die Reform ist ein Desaster.\n\n"
     "Mein Fazit: Die Reform ist ein Desaster.", "Desaster", ["quote", "author"]),
    ("Fazit: Die Reform ist ein Desaster.", "Desaster", ["author"]),
    # … and a named adviser's advice or warning
    ("Die Verbraucherschützerin prüft die Verträge. Ihr Rat: die dreiste Erhöhung nicht "
     "hinnehmen.\n\nRat der Redaktion: die dreiste Erhöhung nicht hinnehmen.", "dreiste",
     ["quote", "author"]),
])
def test_demands_names_and_conclusions(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


# --- interviews without labels ------------------------------------------------------------------

_INTERVIEW = ("Die Ökonomin Anna Weber über die Rentenreform. Ein Gespräch über Geld und "
              "Gerechtigkeit.\n\n"
              "Frau Weber, ist die Reform gescheitert?\n\n"
              "Ich halte sie für ein totales Desaster. Die Regierung hat völlig versagt.\n\n"
              "Was hätten Sie anders gemacht?\n\n"
              "Ich hätte die Beiträge gesenkt. Das wäre ein gigantischer Fortschritt gewesen.\n\n"
              "Das Gespräch führte Max Huber, ein gigantischer Kenner der Materie.")
# an explainer with question subheads: the answers are the author's
_EXPLAINER = ("Was bedeutet die Reform für Mieter?\n\n"
              "Die Mieten steigen drastisch. Die Regierung hat völlig versagt.\n\n"
              "Was können Mieter tun?\n\n"
              "Sie können Widerspruch einlegen. Das ist ein gigantischer Aufwand.\n\n"
              "Wer hilft?\n\nDer Mieterverein.")


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    (_INTERVIEW, "völlig", ["quote"]),
    (_INTERVIEW, "gigantisch", ["quote", "author"]),  # the answer; the closing credit
    (_EXPLAINER, "völlig", ["author"]),
    (_EXPLAINER, "gigantisch", ["author"]),
])
def test_unlabelled_interview(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a named party's view or assumption introduces its "dass" clause
    ("Der Verband geht davon aus, dass die Preise dramatisch steigen. "
     "Die Preise steigen dramatisch.", "dramatisch", ["quote", "author"]),
    ("Viele Anwohner haben das Gefühl, dass die Stadt sie eiskalt im Stich lässt. "
     "Die Stadt lässt sie eiskalt im Stich.", "eiskalt", ["quote", "author"]),
    # the author's own view, or nobody's, stays the author's
    ("Ich gehe davon aus, dass die Preise dramatisch steigen.", "dramatisch", ["author"]),
    ("Es besteht die Sorge, dass die Preise dramatisch steigen.", "dramatisch", ["author"]),
    ("Wir haben den Eindruck, dass die Stadt völlig versagt hat.", "völlig", ["author"]),
])
def test_views_before_dass(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # wording reported with a verb and its preposition or closing particle
    ("Die Leserin schreibt von einer liebenswerten Kleinstadt. Es ist eine liebenswerte "
     "Kleinstadt.", "liebenswert", ["quote", "author"]),
    ("Die Anwohner klagen über unerträglichen Lärm. Der Lärm ist unerträglich.", "unerträglich",
     ["quote", "author"]),
    ("Der Trainer hob die grandiose Leistung seiner Elf hervor. Die Leistung war grandios.",
     "grandios", ["quote", "author"]),
    ("Die Kritiken strichen die geniale Besetzung heraus. Die Besetzung ist genial.", "genial",
     ["quote", "author"]),
    # a reputation: "gilt … als" with words between
    ("Der Film gilt mittlerweile unter Kennern als cineastischer Meilenstein. "
     "Der Film ist ein Meilenstein.", "Meilenstein", ["quote", "author"]),
    # the author's own, or another sense of the verb
    ("Ich schreibe von einer liebenswerten Kleinstadt.", "liebenswert", ["author"]),
    ("Wir klagen über unerträglichen Lärm.", "unerträglich", ["author"]),
    ("Der Kran hob die Last hervorragend an.", "hervorragend", ["author"]),
])
def test_reported_wording(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "phrase"), [
    # the author's framing around someone else's words stays the author's
    ("Die Reform ist, wie der Minister dreist behauptete, ein Meilenstein.", "dreist"),
    ("21.14 Uhr: Der Minister tönte vollmundig: Wir haben alles im Griff.", "vollmundig"),
    ("Die Grünen zeigten sich scheinheilig empört über die Entscheidung.", "scheinheilig"),
    ("Die dreisten Lobbyisten gehen davon aus, dass die Preise steigen.", "dreist"),
    ("Die Gewerkschaft fordert wieder einmal gebetsmühlenartig, die Boni zu streichen.",
     "gebetsmühlenartig"),
    ("Der Populist schwadronierte, die Regierung sei am Ende.", "schwadronierte"),
])
def test_framing_stays_the_authors(text: str, phrase: str) -> None:
    assert voices(text, phrase) == ["author"]


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # reported wording ends where the author answers it: after a dash, a semicolon or a comma
    # before "doch", "aber", "dabei", "obwohl" …
    ("Die Regierung hält die Reform für einen Meilenstein – dabei ist sie ein Desaster.",
     "Desaster", ["author"]),
    ("Die Regierung hält die Reform für einen Meilenstein, doch sie ist ein Desaster.",
     "Desaster", ["author"]),
    ("Der Kanzler sprach von einem Erfolg; in Wahrheit ist es ein Desaster.", "Desaster",
     ["author"]),
    ("Die Ministerin gilt als Hoffnungsträgerin, aber ihre Bilanz ist ein Desaster.", "Desaster",
     ["author"]),
    # ... but runs on through a list of attributes and an added "und dass …"
    ("Der Kanzler sprach von einem unvollkommenen, desaströsen Abkommen.", "desaströs",
     ["quote"]),
    ("Sie schreiben von einer netten Stadt, und dass sich alles völlig verändert hat.",
     "völlig", ["quote"]),
])
def test_where_reported_wording_ends(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # indirect speech ends where the author answers it in the indicative
    ("Der Minister sagte, die Reform sei gut – dabei ist sie ein Desaster.", "Desaster",
     ["author"]),
    ("Der Minister sagte, die Lage sei stabil, doch die Zahlen zeigen ein Desaster.", "Desaster",
     ["author"]),
    # ... and goes on while the subjunctive or the speaker's "wir" goes on
    ("Der Minister sagte, die Reform sei ein Desaster – man müsse sie stoppen.", "Desaster",
     ["quote"]),
    ("Der Minister sagte, die Lage sei stabil, doch man habe ein Desaster verhindert.",
     "Desaster", ["quote"]),
    ("Er sagte, die Reform sei ein Desaster; wir haben alles versucht.", "Desaster", ["quote"]),
    # an indicative subordinate clause inside the report stays the speaker's
    ("Die Firma sei pleite, weil die Manager völlig versagt haben, sagte der Anwalt.", "völlig",
     ["quote"]),
])
def test_where_indirect_speech_ends(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected
