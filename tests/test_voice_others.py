"""Someone else's words on unseen copy (issue 9): a source named after the sentence it gave,
a study's result, critics' epithets, researchers' conclusions and hedges, claims quoted to be
checked, demands and promises, labels others use. Each test holds the false alarm and the
author's own finding next to it, on German text written here."""

from __future__ import annotations

import pytest

from .conftest import sentence_findings as findings


def voices(text: str, fid: str) -> list[str]:
    """The voice of every finding ``fid`` in ``text`` (asserted non-empty by the callers)."""
    return [f.voice for f in findings(text) if f.id == fid]


# --- a source named in the next sentence ----------------------------------------------------

@pytest.mark.parametrize("text, fid", [
    ("Der Konzern soll unzählige Beschwerden schlicht ignoriert haben. Das berichtete die "
     "„Süddeutsche Zeitung“ am Montag.", "intensifier.unzaehlig"),
    ("Die Mieten sind massiv gestiegen. Dies teilte die Stadt am Montag mit.",
     "intensifier.massiv"),
    ("Die Mieten sind massiv gestiegen. Das gab das Statistikamt bekannt.", "intensifier.massiv"),
    ("Die Koalition steht vor einem Scherbenhaufen. So kommentiert die „Frankfurter Rundschau“ "
     "die Lage.", "loaded_language.idiom_scherbenhaufen"),
    ("Die Mieten sind massiv gestiegen. Das ergab eine Umfrage des Mieterbunds.",
     "intensifier.massiv"),
    ("Die Mieten sind massiv gestiegen. Dies geht aus dem Jahresbericht der Stadt hervor.",
     "intensifier.massiv"),
])
def test_sentence_sourced_by_the_next_one(text: str, fid: str) -> None:
    assert voices(text, fid) == ["quote"]


@pytest.mark.parametrize("text, fid", [
    # the author's own claim, followed by the author's verdict or a reaction to it
    ("Der Konzern hat unzählige Beschwerden ignoriert. Das ist ein Skandal.",
     "intensifier.unzaehlig"),
    ("Die Regierung hat die Steuer drastisch erhöht. Das kritisierte die Opposition scharf.",
     "intensifier.drastisch"),
    ("Die Regierung hat die Steuer drastisch erhöht. Das sagt viel über ihre Prioritäten.",
     "intensifier.drastisch"),
    ("Die Regierung hat die Steuer drastisch erhöht. Das schreiben wir seit Monaten.",
     "intensifier.drastisch"),
    ("Die Mieten sind massiv gestiegen. Das zeigt, wie dringend Reformen sind.",
     "intensifier.massiv"),
    # "So schrieb die Zeitung, …" opens its own content; the sentence before stays the author's
    ("Die Mieten sind massiv gestiegen. So schrieb die Zeitung, die Lage sei ernst.",
     "intensifier.massiv"),
    # providing or noticing is not sourcing
    ("Im Ernstfall bleibt das Land wohl noch zwei Jahre Mitglied. So sieht es der Vertrag vor.",
     "speculation.wohl"),
    ("Auf Hilfe kann er wohl kaum hoffen. Das bemerkte er, als er nach Hause kam.",
     "speculation.wohl_kaum"),
    # another paragraph: the source line does not reach back over the break
    ("Die Mieten sind massiv gestiegen.\n\nDas berichtete die Zeitung am Montag.",
     "intensifier.massiv"),
])
def test_author_sentence_before_a_reaction_stays_the_authors(text: str, fid: str) -> None:
    assert voices(text, fid) == ["author"]


def test_study_result_after_the_sentence_or_the_dash() -> None:
    dash = ("Religion war möglicherweise der wichtigste Kitt früher Gesellschaften – das "
            "zumindest ist das Ergebnis einer Studie kanadischer Forscher.")
    assert voices(dash, "speculation.womoeglich") == ["quote"]
    cause = ("Religion war möglicherweise der wichtigste Kitt früher Gesellschaften – das ist das "
             "Ergebnis jahrelanger Debatten.")
    assert voices(cause, "speculation.womoeglich") == ["author"]
    survey = "Die Mieten sind massiv gestiegen. Das ist das Ergebnis einer Umfrage des Mieterbunds."
    assert voices(survey, "intensifier.massiv") == ["quote"]
    neglect = ("Die Mieten sind massiv gestiegen. Das ist das Ergebnis jahrelanger Versäumnisse "
               "der Stadt.")
    assert voices(neglect, "intensifier.massiv") == ["author"]


def test_conclusion_reached_by_named_researchers() -> None:
    theirs = ("Kleine Jäger profitieren vermutlich am meisten. Zu diesem Schluss kommen Forscher "
              "der Universität Durham.")
    assert voices(theirs, "speculation.vermutlich") == ["quote"]
    ours = ("Kleine Jäger profitieren vermutlich am meisten. Zu diesem Schluss kommen wir nach "
            "drei Wochen Recherche.")
    assert voices(ours, "speculation.vermutlich") == ["author"]


# --- critics' epithets in a review -----------------------------------------------------------

def test_epithets_bracketed_after_a_verb_of_praise() -> None:
    text = ("Im Ausland wird die Autorin für ihre Romane gefeiert (gnadenlos ehrlich, brillant, "
            "bitterböse). Ihr neues Buch ist brillant.")
    brilliant = voices(text, "puffery.grossartig")
    assert brilliant == ["quote", "author"]  # the critics' word, then the reviewer's own
    assert voices(text, "intensifier.gnadenlos") == ["quote"]
    # a bracket elsewhere is the author's aside
    aside = "Die Autorin schreibt über ihre Kindheit (gnadenlos ehrlich, wie immer)."
    assert voices(aside, "intensifier.gnadenlos") == ["author"]


# --- researchers' conclusions and hedges ----------------------------------------------------

def test_verb_of_concluding_closes_the_attribution() -> None:
    theirs = ("Die Forscher fanden Hinweise auf einen Vulkan. Möglicherweise ist er noch aktiv, "
              "schließen die Forscher.")
    assert voices(theirs, "speculation.womoeglich") == ["quote"]
    # "schließen" = close, after a conjunction clause: not an attribution
    shops = "Wenn es dunkel wird, schließen die Läden in der völlig verlassenen Altstadt."
    assert voices(shops, "intensifier.voellig") == ["author"]


def test_dass_clause_after_a_verb_of_concluding() -> None:
    theirs = ("Daraus schließen die Forscher, dass schmale Pupillen vermutlich vor allem kleinen "
              "Jägern nützen.")
    assert voices(theirs, "speculation.vermutlich") == ["quote"]
    ours = "Daraus schließen wir, dass schmale Pupillen vermutlich vor allem kleinen Jägern nützen."
    assert voices(ours, "speculation.vermutlich") == ["author"]


def test_researchers_estimates_run_on_while_their_account_does() -> None:
    text = ("Die Forscher fanden Hinweise auf einen bisher unbekannten Vulkan. Vermutlich sei er "
            "vor rund 10.000 Jahren zuletzt ausgebrochen. Die Aschewolke dürfte damals den "
            "halben Kontinent bedeckt haben.")
    assert voices(text, "speculation.duerfte") == ["quote"]
    # an author's sentence in between ends their account: the later estimate is the author's
    broken = ("Die Forscher fanden Hinweise auf einen bisher unbekannten Vulkan. Die Region ist "
              "heute ein beliebtes Wandergebiet. Der Tourismus dürfte davon profitieren.")
    assert voices(broken, "speculation.duerfte") == ["author"]


# --- claims quoted to be checked or rejected --------------------------------------------------

@pytest.mark.parametrize("text, fid", [
    ("Die Behauptung, Windräder würden massenhaft Vögel töten, hält einer Prüfung nicht stand.",
     "intensifier.riesig"),
    ("Im Netz kursiert die Behauptung, Windräder würden massenhaft Vögel töten.",
     "intensifier.riesig"),
    ("Die Behauptung, dass Windräder massenhaft Vögel töten, ist falsch.", "intensifier.riesig"),
    ("Die These, dass die Reform ein Flop ist, lässt sich nicht halten.", "loaded_language.ugs_flop"),
    ("Die Behauptung, die Impfung mache völlig unfruchtbar, ist falsch.", "intensifier.voellig"),
    ("Faktencheck: Stimmt es, dass Flüchtlinge massenhaft Sozialleistungen erschleichen?",
     "loaded_language.fv_erschleicht"),
])
def test_claim_quoted_to_be_checked_is_the_claimants(text: str, fid: str) -> None:
    assert voices(text, fid) == ["quote"]


@pytest.mark.parametrize("text, fid", [
    # a relative clause after the claim noun is the author's description
    ("Die Behauptung, die der Minister aufstellte, war völlig falsch.", "intensifier.voellig"),
    # a fact, not a claim
    ("Die Tatsache, dass die Mieten massiv gestiegen sind, ist unbestritten.",
     "intensifier.massiv"),
])
def test_fact_or_relative_clause_stays_the_authors(text: str, fid: str) -> None:
    assert voices(text, fid) == ["author"]


# --- demands, petitions and programmes ------------------------------------------------------

@pytest.mark.parametrize("text, fid", [
    ("Die Petition fordert ein Ende der völlig überzogenen Gebühren.", "intensifier.voellig"),
    ("Die Elterninitiative verlangt eine sofortige Sanierung der maroden Turnhalle.",
     "loaded_language.adj_desolat"),
    ("Das Wahlprogramm verspricht eine gigantische Entlastung für Familien.",
     "intensifier.gigantisch"),
    ("Im Wahlprogramm verspricht die Partei eine gigantische Entlastung für Familien.",
     "intensifier.gigantisch"),
])
def test_demanded_or_promised_object_is_the_demanders(text: str, fid: str) -> None:
    assert voices(text, fid) == ["quote"]


@pytest.mark.parametrize("text, fid", [
    ("Wir fordern ein Ende der völlig überzogenen Gebühren.", "intensifier.voellig"),
    # a film's promise is the reviewer's praise
    ("Der Film verspricht grandiose Bilder.", "puffery.phaenomenal"),
    # the author's framing of the demand stays the author's
    ("Die Gewerkschaft fordert wieder einmal gebetsmühlenartig höhere Löhne.",
     "speech_verb.gebetsmuehlenartig"),
])
def test_own_demand_and_framing_stay_the_authors(text: str, fid: str) -> None:
    assert voices(text, fid) == ["author"]


# --- labels that others use ------------------------------------------------------------------

def test_label_named_by_others_before_wie_genannt() -> None:
    theirs = ("Die selbsternannten Retter, wie die Aktivisten in der Boulevardpresse genannt "
              "werden, blockieren die Straße.")
    assert voices(theirs, "labeling.selbst_ernannt") == ["quote"]
    ours = "Die selbsternannten Retter, wie wir die Aktivisten nennen, blockieren die Straße."
    assert voices(ours, "labeling.selbst_ernannt") == ["author"]
    known = "Die Aktivisten sind selbsternannte Retter, wie man sie aus anderen Städten kennt."
    assert voices(known, "labeling.selbst_ernannt") == ["author"]


# --- a source named at the end of the same sentence, and groups the text has introduced ------

def test_source_named_after_a_comma_in_the_same_sentence() -> None:
    theirs = ("Der Zeitung droht nach 30 Jahren die völlig überstürzte Einstellung, das berichtete "
              "der „Guardian“ am Freitag. Sie werde nur noch online erscheinen, hieß es.")
    assert voices(theirs, "intensifier.voellig") == ["quote"]
    # the bare "heißt es" continues the named paper's report: no hidden source
    assert not voices(theirs, "vague_attribution.hiess_es")
    # a passive relative clause names no one
    passive = "Der Zeitung droht nach 30 Jahren die völlig überstürzte Einstellung, das berichtet wurde."
    assert voices(passive, "intensifier.voellig") == ["author"]
    unnamed = ("Die Zeitung soll eingestellt werden. Sie werde nur noch online erscheinen, "
               "hieß es.")
    assert voices(unnamed, "vague_attribution.hiess_es") == ["author"]


def test_group_introduced_before_is_no_hidden_source() -> None:
    known = ("Forscher der Universität Graz haben das Steuerverhalten von 2000 Menschen "
             "untersucht. Die Grazer Forscher gehen davon aus, dass Vertrauen entscheidend ist.")
    assert not voices(known, "vague_attribution.experten_sagen")
    unknown = "Die Steuermoral sinkt. Experten gehen davon aus, dass Vertrauen entscheidend ist."
    assert voices(unknown, "vague_attribution.experten_sagen") == ["author"]


def test_studies_of_the_researchers_just_named() -> None:
    theirs = ("Das berichten Forscher um Anna Berger in einer Aussendung. Genauere Untersuchungen "
              "bestätigten, dass die Hunde begraben wurden.")
    assert not voices(theirs, "vague_attribution.studien_zeigen")
    unnamed = "Die Hunde wurden begraben. Untersuchungen zeigen, dass die Tiere gefüttert wurden."
    assert voices(unnamed, "vague_attribution.studien_zeigen") == ["author"]


def test_survey_named_a_few_sentences_later() -> None:
    named = ("Einer aktuellen Umfrage zufolge sind 60 Prozent der Mieter unzufrieden. Besonders "
             "Junge klagen über hohe Kosten. Viele wollen umziehen. Die Umfrage des Instituts "
             "Forsa wurde im März durchgeführt.")
    assert not voices(named, "vague_attribution.umfragen_zeigen")
    unnamed = ("Einer aktuellen Umfrage zufolge sind 60 Prozent der Mieter unzufrieden. Besonders "
               "Junge klagen über hohe Kosten. Viele wollen umziehen. Die Stadt reagiert nicht.")
    assert voices(unnamed, "vague_attribution.umfragen_zeigen") == ["author"]
    # too far away (five sentences on): the lead's survey stays unnamed
    far = ("Einer aktuellen Umfrage zufolge sind 60 Prozent der Mieter unzufrieden. Besonders "
           "Junge klagen. Viele wollen umziehen. Die Stadt schweigt. Der Senat auch. Die Umfrage "
           "des Instituts Forsa wurde im März durchgeführt.")
    assert voices(far, "vague_attribution.umfragen_zeigen") == ["author"]
