"""Speech whose quotation marks are lost (exported copy, agency feeds): whose words (issue 9).

Each case pairs a speaker's unmarked words with the author's own sentence using the same
signal word, so a rule that silences everything fails. All sentences are written for these
tests.
"""

from __future__ import annotations

import pytest

from analyzer import analyze
from analyzer.text import segment
from analyzer.voice import person_colon, trailing_attribution, unmarked_speech


def voices(text: str, phrase: str, category: str | None = None) -> list[str]:
    """Voice of every finding on ``phrase`` (in text order), optionally of one category."""
    result = analyze(text, classifier=None, min_weight=0)
    return [f.voice for f in result.findings
            if phrase in text[f.start:f.end] and (category is None or f.category == category)]


def in_speech(text: str, phrase: str) -> bool:
    """Whether ``phrase`` lies in a range of unmarked speech."""
    i = text.index(phrase)
    return any(s <= i < e for s, e in unmarked_speech(text, segment(text).sentences))


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # an inverted attribution with any verb after first-person words: "…, freute sich X"
    ("Ich bin total erleichtert, freute sich die Siegerin. Die Stimmung im Ziel war total "
     "ausgelassen.", "total", ["quote", "author"]),
    ("Jetzt haben wir ein Endspiel, und das ist leider ein Auswärtsspiel, war Trainer Berger "
     "zuversichtlich.\n\nDas nächste Spiel ist leider ein Auswärtsspiel.", "leider",
     ["quote", "author"]),
    ("Wir haben extrem viel Pech gehabt, gab Kapitän Moser die Richtung vor.\n\n"
     "Die Mannschaft hatte extrem viel Pech.", "extrem", ["quote", "author"]),
    # verbs of saying added to the cue list: "verdeutlichte", "pflichtete … bei", "deponierte"
    ("Die Folgen für das Klima sind enorm, verdeutlichte die Verkehrsexpertin Eva Brandl. "
     "Die Folgen für das Klima sind enorm.", "enorm", ["quote", "author"]),
    ("Das wäre ein massiver Eingriff in die Grundrechte, pflichtete ihm der Richter bei. "
     "Das Gesetz ist ein massiver Eingriff in die Grundrechte.", "massiv", ["quote", "author"]),
    # the speaker of reported speech goes on in the first person (the marks lost)
    # (appeal findings in someone else's words are dropped, not kept as quotes)
    ("Die Ministerin sagte, die Lage sei ernst. Wir müssen jetzt endlich handeln.",
     "müssen", []),
    ("Die Lage ist ernst. Wir müssen jetzt endlich handeln.", "müssen", ["author"]),
    ("Im Übrigen seien die Vorwürfe der Nachbarländer absurd. Wir sind leider machtlos.",
     "leider", ["quote"]),
    ("Die Vorwürfe der Nachbarländer sind haltlos. Wir sind leider machtlos.",
     "leider", ["author"]),
    ("Die Kanzlerin meinte, man müsse schnell handeln. Wir haben leider zu lange gewartet.",
     "leider", ["quote"]),
    # "Meinung", "meinte" are no first person: the author's sentence after a quote stays his
    ("Das Projekt ist gescheitert, sagte die Ministerin. Die Meinung im Rat ist leider geteilt.",
     "leider", ["author"]),
    # the newsroom's "wie wir berichteten" is no speaker going on
    ("Der Bürgermeister sagte, der Haushalt sei solide. Wie wir berichteten, ist die Lage "
     "aber äußerst angespannt.", "äußerst", ["author"]),
    # one plain sentence of the author's between the attribution and the speaker's "ich"
    ("Es ist eine große Erleichterung, sagte die Fahrerin. Der Druck war das ganze Wochenende "
     "da. Jetzt bin ich dem Titel extrem nahe.", "extrem", ["quote"]),
    ("Es ist eine große Erleichterung, sagte die Fahrerin. Der Druck war das ganze Wochenende "
     "extrem hoch.", "extrem", ["author"]),
    # the speaker's words resume after the attribution, after a dash or "und"
    ("Die Preise steigen weiter, meinte der Verbandspräsident – aber das trifft uns extrem "
     "hart.", "extrem", ["quote"]),
    ("Die Preise steigen weiter, meinte der Verbandspräsident – die Händler trifft das extrem "
     "hart.", "extrem", ["author"]),
    ("Die Zahl der Anträge sinkt, sagte sie, und wir tun leider zu wenig dafür.", "leider",
     ["quote"]),
    ("Die Zahl der Anträge sinkt, sagte sie. Die Behörden tun leider zu wenig dafür.", "leider",
     ["author"]),
    # a sentence opening with "Und" goes on with the attributed words before it
    ("Die Verhandlungen sind schwierig, sagte die Handelsministerin. Und sie sind extrem "
     "langwierig.", "extrem", ["quote"]),
    ("Die Verhandlungen sind schwierig, sagte die Handelsministerin. Die Gespräche sind extrem "
     "langwierig.", "extrem", ["author"]),
    ("Die Verhandlungen laufen seit Jahren. Und sie sind extrem langwierig.", "extrem",
     ["author"]),
    # a colon after a clause about a named person, first person after it or in the next sentence
    ("Der Trainer stritt ab, den Spieler beeinflusst zu haben: Wir haben nur über Taktik "
     "gesprochen, das Urteil ist leider endgültig.", "leider", ["quote"]),
    ("Nach dem Spiel ist die Bilanz bitter: Wir haben verloren, die Saison ist leider vorbei.",
     "leider", ["author"]),
    ("Kein Verständnis hat Umweltexperte Jan Hofer für den Biosprit: Das ist die dümmste Idee "
     "seit Jahren. Dafür haben wir nicht genug Wasser.", "dümmste", ["quote"]),
    ("Das Ministerium will Mais zu Treibstoff machen: Das ist die dümmste Idee seit Jahren.",
     "dümmste", ["author"]),
    ("Sprecherin Anna Roth zum Tagblatt: Uns liegt kein Vorschlag vor, das ist leider typisch.",
     "leider", ["quote"]),
    ("Der Vorschlag zum Tagblatt-Bericht: Es liegt kein Papier vor, das ist leider typisch.",
     "leider", ["author"]),
    # … or with the person's reported speech going on in the next sentence
    ("Empört zeigte sich Sozialsprecherin Eva Brandl: Bei dieser Rente kann man wohl nicht von "
     "Wohlstand sprechen. Armut sei die Folge.", "wohl", ["quote"]),
    ("Empört zeigte sich Sozialsprecherin Eva Brandl. Bei dieser Rente kann man wohl nicht von "
     "Wohlstand sprechen. Armut ist die Folge.", "wohl", ["author"]),
    ("Sozialsprecherin Eva Brandl hat nachgerechnet: Bei dieser Rente kann man wohl nicht von "
     "Wohlstand sprechen.", "wohl", ["author"]),
    # a colon after a "dass" clause: the verb of saying of the clause it depends on
    ("Er warnte in Genf davor, dass die Regeln umgangen werden: Willkürliche Ausweisungen sind "
     "illegal.", "illkürliche", ["quote"]),
    ("Es ist bekannt, dass die Regeln umgangen werden: Willkürliche Ausweisungen sind an der "
     "Tagesordnung.", "illkürliche", ["author"]),
])
def test_unmarked_speech_voice(text: str, phrase: str, expected: list[str]) -> None:
    assert voices(text, phrase) == expected


def test_letter_in_full_is_the_writers() -> None:
    """A letter reproduced after "im Wortlaut:" is the writer's up to where the report goes on."""
    text = ("Die Redaktion wies die Kritik zurück, hier ihre Antwort im Wortlaut: Sehr geehrter "
            "Herr Bürgermeister! Ihre Vorwürfe gegen unsere Reportage weisen wir zurück. Leider "
            "haben Sie unsere Recherche nicht gelesen. Der Bürgermeister blieb bei seiner Kritik. "
            "Die Stadt hat bisher keine Stellungnahme abgegeben. Das ist leider typisch.")
    assert voices(text, "eider") == ["quote", "author"]


def test_letter_needs_an_introduction() -> None:
    """An open letter the author writes himself stays his."""
    text = ("Sehr geehrter Herr Minister! Ihre Reform ist leider gescheitert. Sie haben die "
            "Schulen im Stich gelassen.")
    assert voices(text, "leider") == ["author"]


@pytest.mark.parametrize(("sentence", "attributed"), [
    ("Ich bin total happy, freute sich die Titelverteidigerin.", True),
    ("Jetzt haben wir ein Spiel, war Trainer Zeidler dennoch guten Mutes.", True),
    ("Wir können nicht an das Finale denken, gab Brocchi die Marschroute vor.", True),
    # the main clause after a fronted subordinate clause is no attribution
    ("Wenn wir gewinnen, freut sich der Trainer.", False),
    ("Wir wissen, wenn wir gewinnen, freut sich der Trainer.", False),
    ("Ich bin froh, dass wir gewonnen haben, freute sich die Siegerin.", True),
    # a subject-less continuation: "aber", an accusative object, no person after the verb
    ("Wir haben lange gewartet, hatten aber kein Glück.", False),
    ("Ich rief im Rathaus an, erreichte den Hausmeister.", False),
    ("Wir fuhren nach Hause, packten die Koffer.", False),
    # without first-person words only a reflexive verb of feeling before a person attributes
    ("Die Mannschaft spielte stark, freute sich der Trainer.", True),
    ("Das ist ein gutes Zeichen, freute sich Cheftrainer Max Berger.", True),
    ("Gewinnt die Mannschaft, freut sich der Trainer.", False),
    ("Die Mannschaft spielte stark, zeigte sich aber müde.", False),
    ("Die Mannschaft spielte stark, gewann der Gastgeber.", False),
])
def test_inverted_attribution(sentence: str, attributed: bool) -> None:
    toks = segment(sentence).sentences[0].tokens
    assert (trailing_attribution(toks) is not None) is attributed


@pytest.mark.parametrize(("sentence", "person"), [
    ("Der 96-Trainer stritt ab, ihn abgehalten zu haben: Wir haben nur geredet.", True),
    ("Kommunikationschef Max Berger zum Tagblatt: Uns liegt nichts vor.", True),
    ("Fassungslos zeigten sich Sozialsprecherin Eva Brandl und Jan Hofer: Man kann wohl nicht "
     "davon sprechen.", True),
    ("Er zuckt mit den Schultern: Wir können auch Gitter dazu sagen.", True),
    ("Die Botschafterin in Wien, Jane Miller, ist überzeugt: Wir bleiben Partner.", True),
    # no person before the colon, or the author's own
    ("Die Botschaft ist klar: Wir müssen handeln.", False),
    ("Deutsche Bank und Neue Regeln: Wir erklären die Lage.", False),
    ("Ich sage es so: Wir müssen handeln.", False),
])
def test_person_colon(sentence: str, person: bool) -> None:
    toks = segment(sentence).sentences[0].tokens
    assert (person_colon(toks) is not None) is person


def test_first_person_column_keeps_its_voice() -> None:
    """A columnist who writes "ich" is not taken for a speaker after someone's reported words."""
    text = ("Ich fahre seit zehn Jahren mit dem Rad zur Arbeit. Ich kenne jedes Schlagloch. "
            "Die Stadträtin sagte, das Netz sei gut ausgebaut. Ich halte das für extrem "
            "geschönt.")
    assert voices(text, "extrem") == ["author"]


def test_unmarked_ich_after_gap_is_speech() -> None:
    text = ("Das war ein schwerer Tag, sagte der Bergführer. Die Gruppe kam erst am Abend an. "
            "Ich bin sehr froh, dass alle gesund sind.")
    assert in_speech(text, "Ich bin sehr froh")
    assert not in_speech(text, "Die Gruppe kam")
