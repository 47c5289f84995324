"""Voice fixes of the thirtieth session (2026-12-03), from the wrong findings of the blind rounds
desk72 and desk73. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finding_ids


@pytest.mark.parametrize(("reported", "own", "finding"), [
    # a sentence opened by "So" and a Konjunktiv I reports; "So sei es" is the author's jussive
    ("Die Forscher nennen selbst Grenzen ihrer Studie. So sei nicht auszuschließen, dass das "
     "Wetter die Ergebnisse beeinflusst habe.",
     "Die Forscher nennen selbst Grenzen ihrer Studie. Es ist nicht auszuschließen, dass das "
     "Wetter die Ergebnisse beeinflusst hat.",
     "speculation.moeglicherweise_steckt"),
    ("Der Trainer zeigte sich nach dem Spiel zufrieden. So habe die Mannschaft zweifellos "
     "dazugelernt.",
     "Der Trainer zeigte sich nach dem Spiel zufrieden. So hat die Mannschaft zweifellos "
     "dazugelernt.",
     "certainty.zweifellos"),
])
def test_so_with_a_konjunktiv_i_opens_reported_speech(reported: str, own: str,
                                                      finding: str) -> None:
    assert finding not in finding_ids(reported)
    assert finding in finding_ids(reported, "quote")
    assert finding in finding_ids(own)


def test_so_sei_es_stays_the_authors_jussive() -> None:
    """"So sei es": the author's closing shrug, not a source's words; the stance before it and
    the judgement after it stay the author's."""
    text = "Die Halle wird leider nicht saniert. So sei es denn: Das Desaster nimmt seinen Lauf."
    assert {"stance.leider", "loaded_language.desaster"} <= finding_ids(text)


def test_so_before_an_adjective_that_looks_like_a_konjunktiv_i_is_no_report() -> None:
    """"Die Geschichte ist so irre, dass …": the adjective, not "er irre"."""
    assert "intensifier.irre" in finding_ids("Die Geschichte ist so irre, dass man sie kaum "
                                             "glauben mag.")



def test_a_zu_infinitive_after_heisst_es_is_no_report() -> None:
    """"Hier heißt es, leider Ruhe zu bewahren": a must, no statement is reported."""
    assert "stance.leider" in finding_ids("Hier heißt es, leider Ruhe zu bewahren.")



def test_the_local_papers_landkreis_is_its_home_area_not_an_appeal() -> None:
    """"in vielen Dörfern unseres Landkreises": the paper's area; "unser Land" still speaks for
    the readers."""
    assert "appeal.unser" not in finding_ids(
        "Es ist eine Geschichte, wie sie sich in vielen Dörfern unseres Landkreises abspielt.")
    assert "appeal.unsere_gesellschaft" in finding_ids("Das betrifft uns alle in unserem Land.")


_PFLEGE_LEAD = ("Bundestag streitet über Pflegereform\n\nDie Ministerin verteidigt ihren Entwurf. "
                "Sozialverbände halten die Pläne für unzureichend.\n\n")


def test_a_subheads_associations_are_those_the_body_quotes_by_name() -> None:
    """"Sozialverbände halten die Pläne für unzureichend" in the subhead of a report that quotes
    the minister and an association's president by name sums up the body; over a body that
    quotes no one it hides its source."""
    quoted = ("Berlin. Der Bundestag hat am Donnerstag über die Reform beraten. „Wir entlasten "
              "die Familien“, sagte Ministerin Petra Brandt. Die Präsidentin des Sozialverbands "
              "Pflegehaushalte, Ingrid Maaß, sagte, die Anhebung gleiche die Inflation nicht aus.")
    silent = ("Berlin. Der Bundestag hat am Donnerstag über die Reform beraten. Die Kosten liegen "
              "bei drei Milliarden Euro.")
    assert "vague_attribution.s32t_verbaende_sprechen" not in finding_ids(_PFLEGE_LEAD + quoted)
    assert "vague_attribution.s32t_verbaende_sprechen" in finding_ids(_PFLEGE_LEAD + silent)


@pytest.mark.parametrize(("finding", "theirs", "own"), [
    # "Darin heißt es, …" with a Konjunktiv II: what the statement says
    ("certainty.zweifelsfrei",
     "Vom Naturschutzbund lag eine Stellungnahme vor. Darin heißt es, auf den Feldern würden "
     "nachweislich seltene Vögel brüten.",
     "Vom Naturschutzbund lag eine Stellungnahme vor. Auf den Feldern würden nachweislich "
     "seltene Vögel brüten, wenn man sie ließe."),
    # "bei Bürgern" (dative) is the group "Bürger": the citizen quoted next is the source
    ("vague_attribution.s18k_kritik_von_gruppe",
     "Auch bei Bürgern sorgt die Entscheidung für Unmut. „Das kann sich doch keiner mehr "
     "leisten“, sagt Gertrud Meinhardt.",
     "Auch bei Bürgern sorgt die Entscheidung für Unmut. Die Gebühren steigen um 40 Prozent."),
    # a surname the text gives in full is the person, not the idiom
    ("loaded_language.reg_sauerbier",
     "Zunächst sei das Feuer klein gewesen, sagte Kreisbrandrat Holger Sauerbier. „Das Gelände "
     "ist unwegsam“, sagte Sauerbier.",
     "Die Rechnung war ein Sauerbier für alle Beteiligten."),
])
def test_words_that_are_someone_elses_or_the_authors(finding: str, theirs: str,
                                                     own: str) -> None:
    """The false alarm of the blind rounds and the true finding next to it."""
    assert finding not in finding_ids(theirs)
    assert finding in finding_ids(own)
