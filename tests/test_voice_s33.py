"""Voice and sense fixes of the twenty-ninth session (2026-12-03), from the wrong findings of
the blind rounds desk64 and desk65. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids

_LEAD = "Neue Fußgängerzone beschlossen\n\nDie Autos müssen raus. Händler befürchten weniger Kundschaft.\n\n"
_BODY_WITH_SPEAKERS = (
    "Der Gemeinderat von Hollstedt hat am Dienstag die Fußgängerzone beschlossen. „Das ist ein "
    "guter Tag für die Innenstadt“, sagte Bürgermeisterin Anna Kehl. Die Kosten liegen bei 1,2 "
    "Millionen Euro.\n\nDer Vorsitzende des Gewerbevereins, Tobias Marx, sieht das anders. "
    "„Viele Kunden kommen mit dem Auto“, sagte Marx.")
_BODY_WITHOUT_SPEAKERS = (
    "Der Gemeinderat von Hollstedt hat am Dienstag die Fußgängerzone beschlossen. Die Kosten "
    "liegen bei 1,2 Millionen Euro.")


def test_a_teasers_traders_are_the_people_the_body_quotes_by_name() -> None:
    """A subhead's "Händler befürchten …" over a report that quotes named people sums up the
    body; over a body that quotes no one it hides its source."""
    assert "vague_attribution.s31t_gruppe_berichtet" not in finding_ids(_LEAD + _BODY_WITH_SPEAKERS)
    assert "vague_attribution.s31t_gruppe_berichtet" in finding_ids(_LEAD + _BODY_WITHOUT_SPEAKERS)


def test_associations_speak_through_a_named_associations_officer() -> None:
    """"Umweltverbände begrüßten die Entwicklung. …, erklärte ein Sprecher des Naturschutzbundes
    X": the associations are named at once; an anonymous "hieß es" names no one."""
    named = ("Die Zahl der Schlachtungen sinkt. Umweltverbände begrüßten die Entwicklung. Der "
             "Rückgang sei ein gutes Zeichen, erklärte ein Sprecher des Naturschutzbundes Lindenau.")
    assert "vague_attribution.s24v_schuetzer_warnen" not in finding_ids(named)
    unnamed = ("Die Zahl der Schlachtungen sinkt. Umweltverbände begrüßten die Entwicklung. Der "
               "Rückgang sei ein gutes Zeichen, hieß es.")
    assert "vague_attribution.s24v_schuetzer_warnen" in finding_ids(unnamed)


def test_a_surprise_given_to_the_researchers_is_theirs() -> None:
    """"Überraschend war für die Forscher, dass …": the team's surprise; without them, or "für
    viele", the author's wonder."""
    assert "stance.erstaunlich_ist" not in finding_ids(
        "Die Studie erschien am Montag. Überraschend war für die Forscher, dass Männer und Frauen "
        "gleich oft betroffen sind.")
    assert "stance.erstaunlich_ist" in finding_ids(
        "Überraschend war, dass Männer und Frauen gleich oft betroffen sind.")
    assert "stance.erstaunlich_ist" in finding_ids(
        "Überraschend war für viele, dass Männer und Frauen gleich oft betroffen sind.")


def test_an_interviewers_hand_aufs_herz_addresses_the_guest() -> None:
    """In an interview's question "Hand aufs Herz" asks the guest; in a commentary it draws the
    readers in."""
    interview = ("Herr Brenner, Sie leiten die Bergwacht seit zwölf Jahren.\n\nBrenner: Ja, seit "
                 "2013.\n\nTagblatt: Hand aufs Herz: Wie oft hatten Sie selbst Angst?\n\nBrenner: "
                 "Öfter, als man denkt.\n\nTagblatt: Was hat sich verändert?\n\nBrenner: Die "
                 "Leute gehen schlechter ausgerüstet in die Berge.")
    assert "appeal.hand_aufs_herz" not in finding_ids(interview)
    assert "appeal.hand_aufs_herz" in finding_ids(
        "Hand aufs Herz: Wer liest die Geschäftsbedingungen wirklich?")


def test_an_associations_branch_and_named_politicians_name_the_group_before() -> None:
    """"Umweltverbände sehen sich bestätigt. Der Landesverband des Naturschutzbunds X forderte
    …" and "Bei Kommunalpolitikern stößt der Schritt auf Kritik. Der Bürgermeister von Y, Z,
    sprach von …": the groups speak by name next; with no one named next they stay vague."""
    assert "vague_attribution.s32t_verbaende_sprechen" not in finding_ids(
        "Umweltverbände sehen sich bestätigt. Der Landesverband des Naturschutzbunds Wernstadt "
        "forderte strengere Vorgaben für Filter.")
    assert "vague_attribution.s32t_verbaende_sprechen" in finding_ids(
        "Umweltverbände sehen sich bestätigt. Im Landtag gab es am Dienstag eine Debatte.")
    assert "vague_attribution.s18k_kritik_von_gruppe" not in finding_ids(
        "Bei Kommunalpolitikern stößt der Schritt auf Kritik. Der Bürgermeister von Unterau, "
        "Stefan Aigner (Freie Wähler), sprach von einem schweren Schlag.")
    assert "vague_attribution.s18k_kritik_von_gruppe" in finding_ids(
        "Bei Kommunalpolitikern stößt der Schritt auf Kritik. Das Institut will im Frühjahr "
        "Einzelheiten nennen.")


def test_a_hedge_nach_eigenen_angaben_is_the_firms_own_estimate() -> None:
    """"Der Umsatz dürfte nach eigenen Angaben um fünf Prozent steigen": the company's forecast,
    as "nach Angaben des Herstellers"; without a source the "dürfte" is the author's."""
    assert "speculation.duerfte" not in finding_ids(
        "Der Umsatz des Herstellers dürfte nach eigenen Angaben um fünf Prozent steigen.")
    assert "speculation.duerfte" in finding_ids(
        "Der Umsatz des Herstellers dürfte um fünf Prozent steigen.")


# Words the blind rounds showed describing, not judging, each beside a judging use of the same
# family that stays found: (entry, plain sentence, judging sentence).
_DESCRIBED = (
    # desk64/desk65: players hugging, a fire engine's siren, a lead of half a point
    ("puffery.s18m_zu_fuessen", "Nach dem Schlusspfiff lagen sich die Spieler in den Armen.",
     "Die Fans trugen ihren Torwart auf Händen."),
    ("loaded_language.s32t_lautmalerei", "Tatütata – mit Blaulicht fuhr der Löschzug durch das Dorf.",
     "Platsch! Das Handy lag im Teich."),
    ("intensifier.s18l_hauchduenn", "Mit 281,4 Punkten lag er hauchdünn vor dem Norweger.",
     "Die Koalition hat die Abstimmung hauchdünn verloren."),
    # desk67/desk68: a car that skids, questions left open
    ("loaded_language.fv_schlittert", "Der Wagen schlitterte in einer Kurve gegen die Leitplanke.",
     "Die Firma schlittert in die Insolvenz."),
    ("loaded_language.fv_schlittert", "Das Auto schlitterte in den Straßengraben.",
     "Die Koalition schlitterte in eine Krise."),
    ("vague_attribution.viele_glauben",
     "Wer nichts über die Malerin weiß, bleibt mit vielen Fragen allein.",
     "Viele fragen sich, wie es weitergeht."),
    # desk66/desk69: stage noise, a quick reply, a cure, actors standing still, a literal grab,
    # a cheered goal
    ("speech_verb.donnerte",
     "Lichtblitze zucken über die Bühne, Nebel wirbelt, donnert die Windmaschine.",
     "„Raus hier!“, donnerte der Trainer."),
    ("loaded_language.s18m_laesst_auf_sich_warten",
     "Die Antwort der Gäste ließ nicht lange auf sich warten.",
     "Die Antwort der Stadt lässt seit Monaten auf sich warten."),
    ("vague_attribution.gilt_als", "Nach der Chemotherapie gilt sie heute als geheilt.",
     "Der Bürgermeister gilt als schwierig."),
    ("loaded_language.s18l_miene_blick", "Die Schauspieler stehen regungslos an der Rampe.",
     "Der Minister verließ den Saal mit versteinertem Blick."),
    ("loaded_language.s24v_ins_leere", "Einmal, zweimal griff er ins Leere, dann packte er zu.",
     "Die Kritik der Opposition zielt ins Leere."),
    ("puffery.adj_lobhudel_mitreissend", "Sommer verwertete die Vorlage zum umjubelten 3:3.",
     "Ein mitreißender Auftritt der Band."),
    # desk69/desk70: an age by eye, an undecided question, an old firm
    ("speculation.vielleicht",
     "Eine Frau, vielleicht Mitte dreißig, sitzt lange schweigend vor ihrem Tee.",
     "Vielleicht kommt der Minister doch noch."),
    ("intensifier.voellig", "Ob das Konzert am Sonntag stattfindet, ist völlig offen.",
     "Das Projekt ist völlig verfahren."),
    ("puffery.s16h_traditionsreich", "Das traditionsreiche Modehaus wurde 1898 gegründet.",
     "Das altehrwürdige Kaffeehaus sperrt zum Jahresende zu."),
)


@pytest.mark.parametrize(("entry_id", "plain", "judging"), _DESCRIBED,
                         ids=[f"{c[0]}-{k}" for k, c in enumerate(_DESCRIBED)])
def test_described_words_stay_unflagged_beside_the_judging_use(entry_id: str, plain: str,
                                                               judging: str) -> None:
    assert entry_id not in finding_ids(plain), plain
    assert entry_id in finding_ids(judging), judging
