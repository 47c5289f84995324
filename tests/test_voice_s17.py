"""Voice, sense and rule fixes from rounds 20 and 21's wrong findings (desk14, desk15, judged
blind): each test holds the false alarm and the true finding next to it, on German text written
here."""

from __future__ import annotations

from analyzer import analyze
from analyzer.results import Finding

from .conftest import _uncalibrated, rhetorical_questions

INTERVIEW = """„Die Stadt braucht mehr Bäume“

Der Stadtplaner Jonas Kehrwald berät Kommunen beim Umbau ihrer Innenstädte. Zu Recht gilt er als einer der wenigen, die zuhören. Ein Gespräch über Hitze, Parkplätze und Widerstand.

Herr Kehrwald, im Sommer wurden in der Innenstadt 38 Grad gemessen. Ist das noch normal?

Kehrwald: Nein. Die Innenstädte heizen sich immer stärker auf, und das ist gefährlich.

Was muss sich ändern?

Kehrwald: Wir brauchen mehr Bäume, weniger Asphalt und Wasser in der Stadt.

Viele Händler fürchten um ihre Parkplätze.

Kehrwald: Zu Recht, denn ohne Kunden geht es nicht. Aber die Erfahrung zeigt, dass Fußgängerzonen den Umsatz oft steigern.
"""


def _by_id(text: str, fid: str) -> list[Finding]:
    return [f for s in analyze(text, classifier=None, min_weight=0).sentences for f in s.findings if f.id == fid]


def test_interview_answer_after_a_question_put_as_a_statement() -> None:
    # the interviewee's "Zu Recht" answers a statement, not a "?" — still the interviewee's;
    # the author's own "Zu Recht" in the introduction stays the author's
    voices = [f.voice for f in _by_id(INTERVIEW, "stance.zu_recht")]
    assert voices == ["author", "quote"]
    assert [f.voice for f in _by_id(INTERVIEW, "certainty.die_erfahrung_lehrt")] == ["quote"]


def test_degree_word_before_a_participle_of_building_reports_how_much() -> None:
    assert not [f for f in _by_id("Die Brücke aus dem Jahr 1968 muss komplett erneuert werden.",
                                  "intensifier.komplett") if f.voice == "author"]
    assert not _by_id("Das Hallenbad wird komplett saniert und im Herbst geöffnet.",
                      "intensifier.komplett")
    # on a judgement the degree word stays a finding
    assert [f.voice for f in _by_id("Die Planung der Stadt ist komplett gescheitert.",
                                    "intensifier.komplett")] == ["author"]


def test_unnamed_experts_named_at_once_as_a_physician() -> None:
    named = ('Unabhängige Fachleute reagierten zurückhaltend auf die Studie. "Die Effekte sind '
             'klein", sagte der Kinderarzt Jonas Pfeiffer von der Uniklinik, der nicht beteiligt '
             'war.')
    assert not [f for s in analyze(named, classifier=None, min_weight=0).sentences for f in s.findings
                if f.category == "vague_attribution"]
    unnamed = ("Unabhängige Fachleute reagierten zurückhaltend auf die Studie. Die Klinik will "
               "nun weitere Patienten aufnehmen.")
    found = [f.text for s in analyze(unnamed, classifier=None, min_weight=0).sentences for f in s.findings
             if f.category == "vague_attribution"]
    assert len(found) == 1 and found[0].startswith("Unabhängige Fachleute")


def test_quoted_word_a_named_person_talked_about_is_theirs() -> None:
    talked = ("Sein Trainer Uwe Kasparek hatte nach dem Rennen öffentlich über die „Einstellung“ "
              "seines Schützlings gelästert.")
    ids = [f.id for s in _uncalibrated().analyze(talked).sentences for f in s.findings]
    assert not [i for i in ids if i.startswith("rule.scare_quote")]
    assert "speech_verb.laesterte" in ids  # the author's choice of verb stays a finding
    # the author's own quote marks around a term, no talking verb: still a scare quote
    own = "Seit der „Reform“ von Bürgermeister Hans Vogt warten die Bürger länger."
    assert [f.id for s in _uncalibrated().analyze(own).sentences for f in s.findings
            if f.id.startswith("rule.scare_quote")]


def test_unnamed_group_before_an_article_of_the_next_phrase_is_still_unnamed() -> None:
    # the guard against a genitive ("Experten der Universität") must not take "die" for "der"
    loose = "Es war nach Angaben von Beobachtern die längste Sitzung seit Jahren."
    assert [f.id for s in analyze(loose, classifier=None, min_weight=0).sentences for f in s.findings] == [
        "vague_attribution.nach_ansicht_von_experten"]
    named = "Nach Angaben von Experten der Universität ist das Risiko gering."
    assert not [f for s in analyze(named, classifier=None, min_weight=0).sentences for f in s.findings
                if f.category == "vague_attribution"]


def test_anonymous_sourcing_formulas() -> None:
    def vague(text: str) -> list[str]:
        return [f.text for s in analyze(text, classifier=None, min_weight=0).sentences for f in s.findings
                if f.category == "vague_attribution" and f.voice == "author"]

    assert vague("Die Gespräche seien gescheitert, sagte ein ranghoher Diplomat.") == [
        "sagte ein ranghoher Diplomat"]
    assert vague("Ein hoher Beamter wurde am Montag in seinem Büro festgenommen.") == []
    assert vague("Der Zeitplan sei nicht zu halten, heißt es in ihrem Umfeld.") == [
        "heißt es in ihrem Umfeld"]
    assert vague("In ihrem Umfeld gab es mehrere Erkrankungen.") == []
    assert vague("Ein Manager, der nicht genannt werden will, nennt das Projekt gescheitert.")
    assert vague("Der Name des Verdächtigen wurde nicht genannt.") == []


def test_subject_with_relative_clause_before_the_verb_of_saying_is_no_speech() -> None:
    text = "Ein Diplomat, der anonym bleiben wollte, sagte, die Gespräche seien vorbei."
    assert [f.voice for s in analyze(text, classifier=None, min_weight=0).sentences for f in s.findings
            if f.category == "vague_attribution"] == ["author"]
    # a closing attribution after a sentence with its own relative clause stays one
    said = "Das Projekt, das alle wollten, ist leider gescheitert, sagte ein Sprecher."
    assert [f.voice for s in analyze(said, classifier=None, min_weight=0).sentences for f in s.findings
            if f.id == "stance.leider"] == ["quote"]


def test_we_in_a_message_sent_to_someone_is_the_senders() -> None:
    sent = ("Das ist ein verheerendes Signal an alle Pendler, die dem Land vertraut haben: Auf uns "
            "könnt ihr nicht zählen.")
    assert not _by_id(sent, "appeal.uns")
    own = "Auf uns alle kommen höhere Kosten zu."
    assert [f.voice for s in analyze(own, classifier=None, min_weight=0).sentences for f in s.findings
            if f.category == "appeal"] == ["author"]


def _questions(text: str) -> list[str]:
    return [t for t, _ in rhetorical_questions(text)]  # the rules' decision, before the floor


def test_questions_answered_at_once_or_open_races_are_no_rhetoric() -> None:
    assert _questions("Im Saal warteten 200 Gäste. Und der Bräutigam? Völlig aufgelöst! Er "
                      "weinte.") == []
    assert _questions("Die Saison ist vorbei. Und dann? Der Trainer will in Ruhe planen.") == []
    assert _questions("Die Förderung läuft aus. Was ist also zu tun? Die Stadt sollte die "
                      "Gebühren senken.") == []
    assert _questions("Lindau – Wer wird neue Landrätin im Kreis? Zwei Kandidatinnen treten an.") \
        == []
    # a question the author leaves to the reader, and a jab answer, stay rhetorical
    assert _questions("Wer soll das eigentlich noch bezahlen? Die Mieter jedenfalls nicht.")
    assert _questions("Die Gebühren steigen. Und die Stadt? Die schaut weg.")


def test_quoted_ratings_and_a_law_introduced_as_so_called_are_names() -> None:
    def scare(text: str) -> list[str]:
        return [f.text for s in analyze(text, classifier=None, min_weight=0).sentences for f in s.findings
                if f.category == "scare_quote"]

    assert scare('Die Analystin stufte die Aktie von "Kaufen" auf "Halten" herab.') == []
    assert scare("Das sogenannte „Pflegekräfte-Entlastungsgesetz“ soll Dienstpläne regeln.") == []
    # the author's distance from a word stays a scare quote
    assert scare("Die sogenannte „Reform“ ist in Wahrheit ein Sparpaket.") == ["„Reform“"]


def _author_ids(text: str) -> list[str]:
    return [f.id for s in analyze(text, classifier=None, min_weight=0).sentences for f in s.findings
            if f.voice == "author"]


def test_views_of_people_named_with_fuer_or_halten_are_theirs() -> None:
    assert "labeling.querulant" not in _author_ids(
        "Für die Nachbarn war der alte Müller ein Querulant, der mit niemandem sprach.")
    assert "stance.schlicht" not in _author_ids("Ihr Bruder hält ihn schlicht für einen Feigling.")
    # an impact on a town is the author's statement; the author's own "schlicht" stays
    assert "loaded_language.desaster" in _author_ids(
        "Für die Stadt ist der Neubau ein finanzielles Desaster.")
    assert "stance.schlicht" in _author_ids("Die Stadt verweigert schlicht jede Auskunft.")


def test_drawn_balance_conditions_of_proof_and_generic_conditionals() -> None:
    assert _author_ids("Die Festwirtin zog am Sonntag eine durchweg positive Bilanz.") == []
    assert "puffery.s15d_durchwegs_positiv" in _author_ids("Die Saison verlief durchweg positiv.")
    assert _author_ids("Befreit sind nur Betriebe, die nachweislich Ökostrom beziehen.") == []
    assert "certainty.zweifelsfrei" in _author_ids(
        "Die Firma hat nachweislich gegen Auflagen verstoßen.")
    assert _author_ids("Wer zu lange zögert, bekommt keinen Platz mehr.") == []
    assert "loaded_language.s11_zu_lange_gezoegert" in _author_ids(
        "Die Landesregierung hat viel zu lange gezögert.")
