"""Voice fixes of the eighteenth session (2026-12-02). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_texts

_author = finding_texts


def _quoted(text: str) -> set[str]:
    return finding_texts(text, "quote")


def test_an_interview_teaser_closing_a_longer_lead_names_the_interviewees_topics() -> None:
    """"Bürgermeisterin Anna Kerber über das skandalöse Versagen …" as the last sentence of a
    three-sentence lead is still the teaser: the lead is measured by its paragraph, not by a
    fixed count of sentences. The same words in the body stay the author's."""
    interview = ("Abschied aus dem Rathaus\n\nSeit zwölf Jahren regiert sie die Stadt. Im März "
                 "tritt sie ab. Im Gespräch zieht sie Bilanz. Bürgermeisterin Anna Kerber über das "
                 "skandalöse Versagen der Landesregierung und ihren Abschied.\n\nFrau Kerber, wie "
                 "fühlen Sie sich?\n\nGut. Ich gehe mit einem lachenden Auge.\n")
    assert "skandalöse" in _quoted(interview)
    assert "skandalöse" not in _author(interview)
    body = ("Abschied aus dem Rathaus\n\nSeit zwölf Jahren regiert sie die Stadt. Im März tritt "
            "sie ab.\n\nDie Bilanz fällt gemischt aus. Der Neubau der Schule kam voran. Dann kam "
            "das skandalöse Versagen der Landesregierung bei der Finanzierung.\n")
    assert "skandalöse" in _author(body)


def test_a_persons_argument_after_a_colon_is_theirs() -> None:
    """"Seine Argumentation: …", "Ihr Argument: …", "Seine Sorge: …" hand what follows the colon
    to the person named before; the author's "Meine Sorge: …" and a verdict after a plain
    "Das Fazit:" stay the author's."""
    argued = ("Der Minister verteidigte den Plan. Seine Argumentation: Die Reform ist ein Skandal, "
              "den die Opposition verschuldet hat.")
    assert "Skandal" in _quoted(argued)
    assert "Skandal" not in _author(argued)
    assert "Abzocke" in _quoted("Der Wirt ist skeptisch. Seine Sorge: Die Gäste bleiben wegen "
                                "der Abzocke weg.")
    assert "Abzocke" in _quoted("Die Gewerkschaft blieb hart. Ihr Argument: Die Konzernspitze "
                                "betreibt pure Abzocke.")
    assert "Skandal" in _author("Die Lage ist klar. Meine Sorge: Die Reform ist ein Skandal.")
    assert "Skandal" in _author("Die Lage ist klar. Das Fazit: Die Reform ist ein Skandal.")


_FERRY_INTERVIEW = (
    "„Wir fahren, solange das Eis es erlaubt“\n\n"
    "Die Inselfähre bleibt auch im Winter in Betrieb. Reederei-Chef Henrik Asmussen über "
    "Sturmtage, Fahrgastzahlen und den Streit mit dem Land.\n\n"
    "Herr Asmussen, im Januar fiel die Fähre an neun Tagen aus. Verstehen Sie den Ärger der "
    "Inselbewohner?\n\n"
    "Natürlich. Aber unsere Schiffe sind über vierzig Jahre alt, und bei Windstärke neun wäre "
    "jede Überfahrt ein Himmelfahrtskommando.\n\n"
    "Warum ersetzen Sie die Schiffe nicht?\n\n"
    "Weil wir das Geld nicht haben. Das Land lässt uns seit Jahren im Stich, das ist ein "
    "Skandal.\n\n"
    "Wie geht es weiter?\n\n"
    "Wir verhandeln. Im März gibt es ein Treffen im Ministerium.\n\n"
    "Interview: Jana Feddersen\n")


def test_an_institutions_interview_answered_as_wir_is_the_interviewees() -> None:
    """A print interview without speaker labels whose answers speak for a firm as "wir": the
    teaser "Reederei-Chef Henrik Asmussen über …" and the closing credit say it is an interview,
    so the answers after the questions put to "Sie" are the interviewee's."""
    assert {"Himmelfahrtskommando", "Skandal"} <= _quoted(_FERRY_INTERVIEW)
    assert not {"Himmelfahrtskommando", "Skandal"} & _author(_FERRY_INTERVIEW)


def test_questions_to_the_reader_and_the_newsrooms_wir_stay_the_authors() -> None:
    """Without a teaser or credit, questions to the reader ("Kennen Sie das?") followed by the
    newsroom's "wir" are no interview: the verdicts stay the author's."""
    column = ("Warten auf die Fähre\n\n"
              "Kennen Sie das, Sie stehen am Anleger und nichts kommt?\n\n"
              "Wir haben nachgezählt: Im Januar fiel die Fähre an neun Tagen aus. Das ist ein "
              "Skandal.\n\n"
              "Wissen Sie, was die Reederei dazu sagt?\n\n"
              "Wir haben gefragt. Die Schiffe seien alt, heißt es, jede Überfahrt bei Sturm ein "
              "Risiko.\n")
    assert "Skandal" in _author(column)


def test_the_interviewers_credit_alone_marks_the_interview() -> None:
    """Without a teaser, the closing credit „Interview: …“ or „Das Gespräch führte …“ is enough."""
    bare = _FERRY_INTERVIEW.replace(" Reederei-Chef Henrik Asmussen über Sturmtage, "
                                    "Fahrgastzahlen und den Streit mit dem Land.", "")
    assert "Skandal" in _quoted(bare)
    assert "Skandal" in _quoted(bare.replace("Interview: Jana", "Das Gespräch führte Jana"))
    assert "Skandal" in _author(bare.replace("Interview: Jana Feddersen\n", ""))


def test_a_view_for_a_person_named_by_surname_once_introduced_in_full() -> None:
    """"Für Hanselmann ist die Sache ein Skandal" after "Ludwig Hanselmann (54)" or "Bäckermeister
    Ludwig Hanselmann": the surname names the person the text introduced, whose view it is; a
    place named alone ("Für Niederbrunn ist das …") stays the author's verdict."""
    aged = "Ludwig Hanselmann (54) hat gebacken. Für Hanselmann ist die Sache ein Skandal."
    assert "Skandal" in _quoted(aged)
    assert "Skandal" not in _author(aged)
    role = ("Bäckermeister Ludwig Hanselmann hat gebacken. Für Hanselmann ist die Absage der "
            "Messe ein Skandal.")
    assert "Skandal" in _quoted(role)
    place = "Die Stadt Niederbrunn feiert. Für Niederbrunn ist das ein Skandal."
    assert "Skandal" in _author(place)
    unknown = "Für Hanselmann ist die Sache ein Skandal."
    assert "Skandal" in _author(unknown)



def test_a_conditional_in_konjunktiv_ii_after_reported_speech_is_the_speakers_throughout() -> None:
    """"…, sagte sie. Wäre der Block nicht gekommen, hätte man das Spiel wohl zugemacht.": both
    clauses of the conditional continue her account; the author's comment after a single
    Konjunktiv II clause stays the author's."""
    coach = ("Die Trainerin war enttäuscht. Ihre Mannschaft habe im vierten Satz die Nerven "
             "verloren, sagte sie. Wäre der Block beim 23:23 nicht gekommen, hätte man das Spiel "
             "wohl zugemacht.")
    assert "wohl" in _quoted(coach)
    assert "wohl" not in _author(coach)
    comment = ("Der Minister sagte, die Lage sei ernst. Daher müssten sich alle anpassen, was "
               "aber vielleicht nur ein frommer Wunsch ist.")
    assert "vielleicht" in _author(comment)



def test_an_interview_question_without_sie_is_still_the_interviewers() -> None:
    """Once questions to "Sie" and first-person answers make the text an interview, a question
    that does not address the interviewee ("Und danach? Ist das nicht fatal?") is the
    interviewer's, no rhetorical question of the author. (Since the twentieth session the
    interviewer's wording is the outlet's voice, so "fatal" in it may be a finding of its own;
    the question is still no rhetorical question.)"""
    interview = (
        "„Ich lese keine Kommentare mehr“\n\n"
        "Ein Gespräch mit Kapitän Jannik Obermeier über die Reha und den Abstiegskampf.\n\n"
        "Herr Obermeier, wie fühlen sich die Beine an?\n\n"
        "Wie Beton. Ich habe zehn Minuten für die Treppe gebraucht.\n\n"
        "Haben Sie an ein Karriereende gedacht?\n\n"
        "Ja, im vierten Monat. Ich saß zu Hause und habe gezweifelt.\n\n"
        "Der Verein steht auf einem Abstiegsplatz. Ist das nicht fatal?\n\n"
        "Ich sehe das anders. Wir haben noch zwölf Spiele.\n\n"
        "Das Gespräch führte Lukas Brenner.\n")
    from analyzer import analyze

    assert not any(f.category == "rhetorical" for f in analyze(interview, classifier=None).findings)
    assert "Ist das nicht fatal?" not in _author(interview)
    column = ("Der Verein steht auf einem Abstiegsplatz. Ist das nicht fatal? Die Antwort "
              "kennt jeder im Stadion.")
    assert "nicht fatal" in _author(column)



def test_a_leads_unnamed_experts_whom_the_body_names_by_field_and_name() -> None:
    """A lead's "Unabhängige Fachleute sprechen von einem wichtigen Schritt" hides nobody when the
    body names two experts by field and name ("Die Infektiologin Dr. Sabine Reinholz …", "…
    äußerte sich der Epidemiologe Prof. Dr. Klaus Harnisch"); without them it is a vague source."""
    head = ("Impfstoff zeigt Schutzwirkung\n\nEin neuer Impfstoff gegen Borreliose hat in einer "
            "Studie einen Schutz von 70 Prozent erreicht. Unabhängige Fachleute sprechen von "
            "einem wichtigen Schritt.\n\n")
    body = ("Marburg – Die Studie lief zwei Jahre. Die Infektiologin Dr. Sabine Reinholz vom "
            "Universitätsspital Basel bewertet die Daten als solide. Vorsichtiger äußerte sich "
            "der Epidemiologe Prof. Dr. Klaus Harnisch von der Universität Greifswald.\n")
    assert not any(t.startswith("Unabhängige Fachleute") or t.startswith("Fachleute sprechen")
                   for t in _author(head + body))
    plain = ("Marburg – Die Studie lief zwei Jahre. Die Daten gelten als solide. Die Zulassung "
             "soll noch in diesem Jahr beantragt werden.\n")
    assert any("Fachleute" in t for t in _author(head + plain))


_NAMED_NEXT = [
    # (vague phrase, text whose next sentence names one of the group, text where none is named)
    ("Analysten sehen",  # quoted by full name and bank
     "Die Aktie verlor 7 Prozent. Analysten sehen die Strategie skeptisch. „Die Airline hat nicht "
     "die Kostenstruktur dafür“, sagte Birte Sandmann vom Bankhaus Merzig.",
     "Die Aktie verlor 7 Prozent. Analysten sehen die Strategie skeptisch. „Die Airline hat nicht "
     "die Kostenstruktur dafür“, sagte Birte Sandmann."),
    ("Fachleute loben",  # the subject by field and full name
     "Unabhängige Fachleute loben den Ansatz, sehen aber Grenzen. Der Toxikologe Martin "
     "Oberholzer, der an der Universität Innsbruck forscht, hält die Arbeit für solide.",
     "Unabhängige Fachleute loben den Ansatz. Der Ansatz ist neu und wurde in Graz entwickelt."),
    ("Analysten beurteilen",  # the subject by full name and bank
     "Analysten beurteilen den Börsengang unterschiedlich. Sabine Gerlach von der Privatbank "
     "Hollwede hält das Geschäftsmodell für robust.",
     "Analysten beurteilen den Börsengang unterschiedlich. Das Geschäftsmodell gilt manchen als "
     "robust."),
]


@pytest.mark.parametrize(("phrase", "named", "bare"), _NAMED_NEXT)
def test_vague_experts_whose_next_sentence_names_one_of_them(phrase: str, named: str,
                                                              bare: str) -> None:
    """A vague group of experts hides nobody when the next sentence names one of them with firm,
    title or field ("…, sagte Birte Sandmann vom Bankhaus Merzig", "Der Toxikologe Martin
    Oberholzer, der …", "Sabine Gerlach von der Privatbank … hält …"); without the name it is a
    vague source."""
    assert phrase not in _author(named)
    assert phrase in _author(bare)
