"""Voice and scope fixes from the blind round's wrong findings (round 7 and the desk texts):
each test holds the false alarm and the true finding next to it, on German text written here."""

from __future__ import annotations

from analyzer.results import Finding

from .conftest import sentence_findings as findings


def author(text: str, fid: str) -> list[Finding]:
    """Author-voice findings of ``fid`` (for a question, any of its variants by place)."""
    return [f for f in findings(text) if f.voice == "author" and (
        f.id == fid or (fid == "rule.rhetorical_question" and f.id.startswith(fid)))]


def test_dashed_insertion_does_not_end_indirect_speech() -> None:
    # the charge sheet's paraphrase goes on after the inserted "– … –"
    inside = ("Laut Anklage zog der Mann von Haus zu Haus. Er habe sich als Handwerker "
              "ausgegeben und den Mietern – fast alle über 80 Jahre alt – angebliche Wasserschäden "
              "im Keller gezeigt.")
    assert not author(inside, "doubt.angeblich")
    assert [f.voice for f in findings(inside) if f.id == "doubt.angeblich"] == ["quote"]
    # a single dash still opens the author's answer to the reported speech
    answer = ("Der Vermieter sagte, die Heizung sei repariert – dabei sind die angeblichen "
              "Reparaturen nie erfolgt.")
    assert author(answer, "doubt.angeblich")


def test_handover_question_answered_by_a_spokesperson() -> None:
    handover = ("Die Gebühren steigen um ein Drittel. Und was sagt die Stadtverwaltung? "
                "Ein Rathaussprecher verweist auf höhere Kosten für Personal.")
    assert not author(handover, "rule.rhetorical_question")
    # the author's own question stays one, also when a spokesperson speaks next
    own = ("Die Gebühren steigen um ein Drittel. Wer soll das noch bezahlen? "
           "Ein Rathaussprecher verweist auf höhere Kosten für Personal.")
    assert author(own, "rule.rhetorical_question")
    # a handover question that nobody answers is still the author's
    unanswered = ("Die Gebühren steigen um ein Drittel. Und was sagt die Stadtverwaltung? "
                  "Die Bürger warten seit Wochen vergeblich auf eine Erklärung.")
    assert author(unanswered, "rule.rhetorical_question")


def test_rejected_subjunctive_reason_is_negated() -> None:
    rejected = ("Der Gemeinderat sollte zustimmen. Nicht, weil das Stadion ein Prestigeprojekt "
                "wäre, sondern weil der Verein seit Jahren auf einen Platz wartet.")
    hit = [f for f in findings(rejected) if f.id == "loaded_language.reg_prestigeprojekt"]
    assert hit and all(f.negated for f in hit)
    plain = "Der Gemeinderat baut das Stadion, weil es ein Prestigeprojekt des Bürgermeisters ist."
    hit = [f for f in findings(plain) if f.id == "loaded_language.reg_prestigeprojekt"]
    assert hit and not any(f.negated for f in hit)


LISTING = ("Unsere Tipps für den Abend.\n\n"
           "20.15 TALKRunde der Woche: Wie viel Schule braucht das Land? Zu Gast sind zwei "
           "Lehrerinnen und ein Minister. Bis 21.30, ORF 2 21.40 MAGAZINThemen 1) Die Bahn im "
           "Winter. 2) Auf den Spuren einer Kultserie. Bis 22.30, ARD 22.35 SPIELFILMDer Fährmann "
           "(A 2019) Ein Fährmann verliert seine Fähre. Ein grandioser Film mit einem starken "
           "Hauptdarsteller.")


def test_listing_titles_are_the_programmes() -> None:
    assert not author(LISTING, "rule.rhetorical_question")
    # the listing editor's own teaser stays the author's praise
    assert author(LISTING, "puffery.phaenomenal")


def test_question_outside_a_listing_stays_rhetorical() -> None:
    text = ("Die Reform der Oberstufe ist beschlossen. Wie viel Schule braucht das Land? "
            "Die Regierung hat darauf bis heute keine Antwort.")
    assert author(text, "rule.rhetorical_question")


def test_survey_named_in_the_next_sentence_hides_no_source() -> None:
    named = ("Die Digitalisierung ist einer Umfrage zufolge in vielen Betrieben kein Thema. Nur "
             "jeder zweite Chef hält sie für wichtig, wie eine Studie der Beratungsfirma Nordlicht "
             "Consulting zeigt.")
    assert not author(named, "vague_attribution.umfragen_zeigen")
    unnamed = ("Die Digitalisierung ist einer Umfrage zufolge in vielen Betrieben kein Thema. Nur "
               "jeder zweite Chef hält sie für wichtig.")
    assert author(unnamed, "vague_attribution.umfragen_zeigen")
    # a survey described by whom it asked is still unnamed
    asked = ("Einer Umfrage zufolge ist die Stimmung schlecht. Eine Befragung unter Managern "
             "zeigt das ebenfalls.")
    assert author(asked, "vague_attribution.umfragen_zeigen")


def test_a_third_partys_grievances_after_the_colon_are_theirs() -> None:
    listed = ("Der frühere Moderator hat ein Buch über seinen Sender geschrieben. Er lässt nichts "
              "aus, was ihm in drei Jahrzehnten aufgestoßen ist: die Hofberichterstatter, die "
              "Talkshow-Clowns, die Quotenjäger.")
    assert not author(listed, "labeling.journaille")
    own = "Was uns an diesem Sender aufstößt: die Hofberichterstatter in den Nachrichten."
    assert author(own, "labeling.journaille")
    plain = "Der Sender beschäftigt vor allem Hofberichterstatter."
    assert author(plain, "labeling.journaille")


def test_characters_a_novel_shows_are_fiction() -> None:
    review = ("Dass die Autorin ihre Figuren nie vorführt, auch den sturen, oft ungerechten Vater "
              "nicht, gehört zu den Stärken des Romans.")
    assert not author(review, "loaded_language.adj_stur")
    split = "Die Regisseurin führt ihre Figuren nie vor, auch den sturen Vater nicht."
    assert not author(split, "loaded_language.adj_stur")
    real = "Der sture Bürgermeister blockiert seit Monaten den Haushalt der Stadt."
    assert author(real, "loaded_language.adj_stur")


def test_researchers_hedge_repeated_after_their_finding() -> None:
    theirs = ("Biologen aus Kiel haben erste Hinweise auf eine neue Quallenart gefunden. Drei "
              "Exemplare gibt es, die aus der Tiefsee stammen dürften.")
    assert not author(theirs, "speculation.duerfte")
    own = ("Die Stadt hat den Haushalt für das kommende Jahr vorgelegt. Die Kosten für den "
           "Winterdienst dürften deutlich steigen.")
    assert author(own, "speculation.duerfte")


def test_evidential_hedge_with_a_source_in_the_same_sentence() -> None:
    theirs = ("Die Aufträge wurden offenbar ohne Ausschreibung vergeben, und der Schaden beläuft "
              "sich laut den Ermittlern auf zwei Millionen Euro.")
    assert not author(theirs, "speculation.offenbar")
    own = "Die Aufträge wurden offenbar ohne Ausschreibung vergeben. Der Schaden ist beträchtlich."
    assert author(own, "speculation.offenbar")


def test_the_label_inside_a_reported_charge_is_the_accusers() -> None:
    charge = ("Den Vorwurf der Klientelpolitik will der Kammerpräsident so nicht stehen lassen: "
              "Wir schauen auf den Standort.")
    assert not author(charge, "loaded_language.steuergeschenk")
    own = "Das Steuerpaket ist reine Klientelpolitik der Regierung."
    assert author(own, "loaded_language.steuergeschenk")
    raised = "Wir erheben den Vorwurf der Klientelpolitik gegen die Regierung."
    assert author(raised, "loaded_language.steuergeschenk")


def test_wording_after_a_long_subject_between_verb_and_von() -> None:
    theirs = ("In einem Blogeintrag spricht die grüne Landtagsabgeordnete Petra Huber (Grüne) von "
              "einem Frontalangriff auf die Pressefreiheit.")
    assert not author(theirs, "loaded_language.frontalangriff")
    own = "Das neue Gesetz ist ein Frontalangriff auf die Pressefreiheit."
    assert author(own, "loaded_language.frontalangriff")
    ours = "In diesem Fall sprechen wir von einem Frontalangriff auf die Pressefreiheit."
    assert author(ours, "loaded_language.frontalangriff")
