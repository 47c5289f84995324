"""Whose words: indirect speech of any regular verb, Konjunktiv II that continues reported
speech, hedges inside embedded questions, and wording reported after "warnen vor"/"sprechen von"
with the verb last. Each false alarm sits next to the true finding it must not take away."""

from __future__ import annotations

import pytest

from analyzer.pipeline import Analyzer
from analyzer.text import segment
from analyzer.voice import indirect_speech_start, open_questions, unmarked_speech


@pytest.fixture(scope="module")
def engine() -> Analyzer:
    return Analyzer(classifier=None)


def voice_of(engine: Analyzer, text: str, word: str) -> str:
    """The voice of the finding on ``word`` (the test fails when there is none)."""
    hits = [f.voice for f in engine.analyze(text).findings if f.text == word]
    assert hits, f"no finding on {word!r} in {text!r}"
    return hits[0]


@pytest.mark.parametrize(("text", "word", "voice"), [
    # Konjunktiv I of a verb the closed list does not hold ("berge", "beachte")
    ("Die Opposition kritisierte die Pläne. Das Sparpaket berge ein gewisses Maß an Zynismus.",
     "Zynismus", "quote"),
    ("Das Sparpaket birgt ein gewisses Maß an Zynismus.", "Zynismus", "author"),
    ("Der Entwurf beachte nicht, dass viele Nutzer vielleicht selbst verdienen wollen.",
     "vielleicht", "quote"),
    ("Der Entwurf beachtet nicht, dass viele Nutzer vielleicht selbst verdienen wollen.",
     "vielleicht", "author"),
    # first person with the subject after the verb ("riskiere ich" is no Konjunktiv I): the
    # author's own words (a hedge about the author herself is no speculation: test_senses_s10)
    ("Vielleicht riskiere ich damit meinen Ruf, doch der Plan ist ein Skandal.", "Skandal",
     "author"),
    # Konjunktiv II right after reported speech: the speaker goes on
    ("Die Ministerin sagte, die Reform sei dringend. Ohne sie wären die Gemeinden völlig "
     "überfordert.", "völlig", "quote"),
    ("Der Minister lobte den Plan. Ohne ihn wären die Gemeinden völlig überfordert.",
     "völlig", "author"),
    # direct speech before it is no sign: the conjecture is the author's
    ("Der Trainer sagte: Ich gewinne jedes Spiel. Ein weiteres Tor würde die Kritiker völlig "
     "verstummen lassen.", "völlig", "author"),
    # only the verb's clause: the author's comment after it stays the author's
    ("Die Ministerin sagte, die Reform sei dringend. Ohne sie wären die Gemeinden überfordert, "
     "was allerdings völlig übertrieben ist.", "völlig", "author"),
    # a hedge inside an embedded question is the open question, not the author's speculation
    ("Offen ist, ob die Polizei möglicherweise Fehler gemacht hat.", "möglicherweise", "quote"),
    ("Unklar bleibt, warum die Firma offenbar zu spät reagierte.", "offenbar", "quote"),
    ("Die Polizei hat möglicherweise Fehler gemacht.", "möglicherweise", "author"),
    # ... but the author asks: an insinuation
    ("Man fragt sich, ob die Polizei möglicherweise Fehler gemacht hat.", "möglicherweise",
     "author"),
    ("Ob da womöglich jemand nachgeholfen hat?", "womöglich", "author"),
    ("Ob da womöglich (wie so oft) jemand nachgeholfen hat?", "womöglich", "author"),
    # a "dass" clause a speaker states or criticises in the indicative is theirs ...
    ("Die Sprecherin kritisierte, dass die Regierung völlig versagt hat.", "völlig", "quote"),
    # ... not when the author says it, the clause is generic or explains how
    ("Man muss zugeben, dass die Regierung völlig versagt hat.", "völlig", "author"),
    ("Wer behauptet, dass alles gut geht, übersieht womöglich die Risiken.", "womöglich", "author"),
    ("Die Gemeinde spart Geld dadurch, dass sie völlig überteuerte Anzeigen streicht.", "völlig",
     "author"),
    # only to the end of the reported clause: the author's aside after it stays the author's
    ("Die Ministerin betonte, dass die Grenze sicher sein muss – eine Anspielung auf die "
     "fragwürdige Lage dort.", "fragwürdige", "author"),
    # the wording after "warnen vor" with the verb last is the warner's
    ("Umweltschützer hatten vor verhängnisvollen Folgen für die Fische gewarnt.",
     "verhängnisvollen", "quote"),
    ("Die Folgen für die Fische waren verhängnisvoll.", "verhängnisvoll", "author"),
    # the indicative clause after a verb of saying is the speaker's ...
    ("Der Oppositionschef sagte der APA, die Regierung hat mit ihrem Kurs ein Desaster angerichtet.",
     "Desaster", "quote"),
    ("Die Ministerin erklärte am Montag in Wien, die Reform ist ein Desaster.", "Desaster", "quote"),
    ("Sie betonte, das Projekt war von Anfang an ein Chaos.", "Chaos", "quote"),
    # ... not when the verb has its object, the clause is relative or the author speaks
    ("Die Regierung erklärte den Notstand, die Lage ist dramatisch.", "dramatisch", "author"),
    # a relative clause about the speaker, then the author
    ("Das sagte der Trainer, der sichtlich zufrieden wirkte. Das Spiel war ein Desaster.",
     "Desaster", "author"),
    # the author's own comment after a verb of saying with "ich"
    ("Ich sage es offen, die Reform ist ein Desaster.", "Desaster", "author"),
    # a hedge in a clause that names its source is the source's estimate …
    ("Die Sanierung dürfte sich laut dem Gutachter auf zwei Millionen Euro belaufen.", "dürfte",
     "quote"),
    ("Dem Polizeibericht zufolge war der Fahrer vermutlich übermüdet.", "vermutlich", "quote"),
    ("Nach Angaben der Feuerwehr war das Feuer offenbar im Keller ausgebrochen.", "offenbar",
     "quote"),
    # … the author's own hedge next to it is not
    ("Die Sanierung dürfte teurer werden, als die Stadt plant.", "dürfte", "author"),
    # a named person's opinion with "finden", a reputation with "gilt als"
    ("Die Bürgermeisterin findet den Streit im Gemeinderat besorgniserregend.",
     "besorgniserregend", "quote"),
    ("Der Roman gilt heute als Meilenstein der Nachkriegsliteratur.", "Meilenstein", "quote"),
    ("Die Stadt fand keine Lösung für das Chaos.", "Chaos", "author"),
    ("Ich finde den Streit besorgniserregend.", "besorgniserregend", "author"),
    # a named view: the evaluative word is the source's judgement
    ("Nach Ansicht der Archäologen handelt es sich um einen beispiellosen Fund.", "beispiellosen",
     "quote"),
    ("Es handelt sich um einen beispiellosen Fund.", "beispiellosen", "author"),
    # an inserted attribution gives the whole sentence to its source
    ("Die Reform ist, so die Opposition, ein Desaster.", "Desaster", "quote"),
    ("Die Reform ist ein Desaster, so einfach ist das.", "Desaster", "author"),
])
def test_voice(engine: Analyzer, text: str, word: str, voice: str) -> None:
    assert voice_of(engine, text, word) == voice


@pytest.mark.parametrize("text", [
    "Die stille Nacht war kühl.",  # an adjective, not "stillen"
    "Nimm das Geld & verschwinde endlich aus der Stadt!",  # imperatives
    "Das sind nur fünf, wiederhole fünf, Prozent.",  # no third-person subject
    "Das ist, bitte, kein Fehler.",
    "Auch wenn ich verliere, wird meine Karriere schön.",  # the possessive, not "er meine"
    "Man stelle sich das einmal vor.",  # the author's jussive
])
def test_regular_konjunktiv_i_homographs(text: str) -> None:
    assert indirect_speech_start(segment(text).sentences[0].tokens) is None


@pytest.mark.parametrize("text", ["Man habe hunderte Anfragen beantwortet.",
                                  "Man entschuldige sich bei allen Betroffenen."])
def test_man_with_konjunktiv_i_is_reported_unless_a_jussive(text: str) -> None:
    assert indirect_speech_start(segment(text).sentences[0].tokens) == 0


def test_meine_as_a_verb_is_still_reported_speech() -> None:
    toks = segment("Der Kanzler sagte, er meine das ernst.").sentences[0].tokens
    assert toks[indirect_speech_start(toks) or 0].text == "er"


def test_konjunktiv_ii_continuation_needs_the_same_paragraph() -> None:
    text = "Die Ministerin sagte, die Reform sei dringend.\n\nOhne sie wären alle überfordert."
    sentences = segment(text).sentences
    assert not any(s >= sentences[1].start for s, _ in unmarked_speech(text, sentences))


def test_open_question_ranges() -> None:
    text = "Ob sie das Bild absichtlich wählte, um das zu zeigen, lässt der Minister offen."
    toks = segment(text).sentences[0].tokens
    assert [text[a:b] for a, b in open_questions(toks)] == [
        "Ob sie das Bild absichtlich wählte, um das zu zeigen"]
    # "ob" as a preposition opens no question
    toks = segment("Er war ob der Kritik wohl verärgert.").sentences[0].tokens
    assert open_questions(toks) == []


@pytest.mark.parametrize("text", ["Die Versprechen des Bürgermeisters sind heiße Luft.",
                                  "Nun beginnt die heiße Phase des Wahlkampfs.",
                                  "Das war eine weise Entscheidung des Stadtrats."])
def test_adjective_homographs_of_listed_forms_are_no_reported_speech(text: str) -> None:
    assert indirect_speech_start(segment(text).sentences[0].tokens) is None


@pytest.mark.parametrize(("text", "first"), [
    ("Die Sprecherin sagte, man weise die Vorwürfe zurück.", "man"),
    ("Der Zeuge sagte, er heiße Müller und wohne in Graz.", "er"),
])
def test_the_same_forms_as_verbs_stay_reported_speech(text: str, first: str) -> None:
    toks = segment(text).sentences[0].tokens
    start = indirect_speech_start(toks)
    assert start is not None and toks[start].text == first
