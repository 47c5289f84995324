"""Voice fixes of the twenty-fourth session (2026-12-02) after the desk43 verdicts: an inserted
"heißt es" makes the Konjunktiv II clause after it reported; a plea "dafür, … zu …" is the
speaker's demand; a reported "wie"/"warum" clause runs on through further question clauses and
a relative clause. Sentences written for these tests."""

from __future__ import annotations

from .conftest import author_scare_quotes, finding_ids, voice_of_span


def test_a_konjunktiv_ii_clause_after_an_inserted_heisst_es_is_reported() -> None:
    """"Die Händler, heißt es, hätten „keine Zeit“": what is said, the quote its wording. The
    same quote in the author's indicative stays a scare quote, and "Hier heißt es, … zu …" (a
    must) makes nothing reported."""
    assert author_scare_quotes("Die Händler, heißt es, hätten morgens einfach „keine "
                               "Zeit“.") == []
    assert author_scare_quotes("Die Händler, so hieß es, würden die „Umstellung“ nicht "
                               "überleben.") == []
    assert author_scare_quotes("Die Händler haben morgens einfach „keine Zeit“.") != []
    assert voice_of_span("Hier heißt es, Ruhe zu bewahren, sonst hätten wir einen "
                         "handfesten Skandal.", "Skandal") == "author"


def test_a_plea_for_something_is_the_speakers_demand() -> None:
    """"Die Bürgermeisterin plädierte dafür, die Debatte „ohne Schaum vor dem Mund“ zu führen":
    the infinitive clause is her demand, as after "forderte"; so after "warb dafür". Without a
    plea the author's infinitive clause keeps its finding."""
    assert author_scare_quotes("Die Bürgermeisterin plädierte dafür, den Streit „ohne Schaum "
                               "vor dem Mund“ zu führen.") == []
    assert voice_of_span("Der Kämmerer warb dafür, die völlig überzogenen Gebühren zu senken.",
                         "völlig") == "quote"
    assert voice_of_span("Es lohnt sich, die völlig überzogenen Gebühren zu senken.",
                         "völlig") == "author"


def test_a_reported_question_clause_runs_on_through_the_next_ones() -> None:
    """"Der Autor erklärt, wie …, was … und warum eine Behörde, die …, die Akten so schlampig
    führte": all of it is what he explains. A main clause of the author after the report
    ("…, das Buch bleibt …") is not."""
    text = ("Der Autor erklärt, wie Archive arbeiten, was eine „Signatur“ ist und warum eine "
            "Behörde, die unter Zeitdruck stand, ihre Akten so schlampig führte.")
    assert voice_of_span(text, "schlampig") == "quote"
    own = "Der Autor erklärt, warum das so ist, das Buch bleibt aber völlig vage."
    assert voice_of_span(own, "völlig") == "author"


def test_a_study_is_named_by_the_university_that_made_it_a_few_sentences_later() -> None:
    """"… einer neuen Studie zufolge … Für die Untersuchung haben Forschende der Universität
    Talheim …": the lead's study is named in the next paragraph, so the attribution hides no
    one. Without a maker it stays a vague source."""
    lead = ("Wer abends lange am Bildschirm liest, schläft einer neuen Studie zufolge "
            "schlechter. Die Autoren mahnen zur Vorsicht.\n\n")
    named = lead + ("Für die Untersuchung haben Forschende der Universität Talheim 800 Erwachsene "
                    "befragt.")
    unnamed = lead + "Für die Untersuchung wurden 800 Erwachsene befragt."
    assert "vague_attribution.eine_studie_zeigt" not in finding_ids(named)
    assert "vague_attribution.eine_studie_zeigt" in finding_ids(unnamed)


def test_experts_named_next_by_a_role_and_a_family_name_that_is_also_a_noun() -> None:
    """"Experten kennen solche Fälle. „…“, warnt der Anwalt Jens Krone." – „Krone“ is also a
    noun, but after a role and a first name, and before the comma, it is the family name: the
    experts are named at once. Without a name they stay a vague source."""
    head = "Experten kennen solche Streitfälle. „Ohne Vertrag wird es teuer“, warnt der "
    assert "vague_attribution.experten_satzanfang" not in finding_ids(
        head + "Anwalt Jens Krone, der Tippgemeinschaften berät.")
    assert "vague_attribution.experten_satzanfang" in finding_ids(
        head + "Anwalt einer großen Kanzlei.")


def test_what_the_town_hall_says_is_named_by_the_mayor_quoted_next() -> None:
    """"Im Rathaus heißt es, … . „…“, sagte Bürgermeister …": the town hall's view has a name
    at once, as "Im Rathaus sieht man das anders" does. Party circles stay an anonymous source
    whoever speaks next."""
    nxt = " „Wir haben keine Wahl“, sagte Bürgermeisterin Olga Reiter."
    assert "vague_attribution.in_der_partei_heisst_es" not in finding_ids(
        "Im Rathaus heißt es, es gebe keinen anderen Platz." + nxt)
    assert "vague_attribution.in_der_partei_heisst_es" in finding_ids(
        "Im Rathaus heißt es, es gebe keinen anderen Platz. Die Händler sehen das anders.")
    assert "vague_attribution.s18k_aus_kreisen" in finding_ids(
        "In Parteikreisen hieß es, die Kandidatin sei chancenlos." + nxt)


def test_what_a_party_expects_or_fears_is_its_expectation() -> None:
    """"Die Branche rechnet mit einem Riesenerfolg", "Im Rathaus befürchtet man ein Chaos": the
    object of a third party's expectation is theirs. The author's own hedge on it ("fürchtet
    offenbar …"), the author's "zu erwarten", a passive and the author's "wir" stay the
    author's."""
    assert voice_of_span("Die Veranstalter rechnen mit einem Riesenerfolg.", "Riesenerfolg") == "quote"
    assert voice_of_span("Im Rathaus befürchtet man ein Chaos am Markttag.", "Chaos") == "quote"
    assert voice_of_span("Der Verband fürchtet offenbar eine Klage.", "offenbar") == "author"
    assert voice_of_span("Am Markttag ist ein Chaos zu erwarten.", "Chaos") == "author"
    assert voice_of_span("Für den Markttag wird ein Chaos erwartet.", "Chaos") == "author"
    assert voice_of_span("Wir rechnen mit einem Riesenerfolg.", "Riesenerfolg") == "author"


def test_a_konjunktiv_ii_statement_right_after_an_attributed_quote_goes_on_with_it() -> None:
    """"„…“, sagt die Forscherin. Die Krähen hätten offenbar …": her account in the Konjunktiv
    II. The author's conjecture („dürfte“, „könnte“), a condition („Ohne …“) and a new
    paragraph stay the author's."""
    quote = "„Das hat uns überrascht“, sagt die Biologin Eva Stern. "
    assert voice_of_span(quote + "Die Krähen hätten sich offenbar jeden Verstoß gemerkt.",
                         "offenbar") == "quote"
    assert voice_of_span(quote + "Das dürfte die Fachwelt vermutlich überraschen.",
                         "vermutlich") == "author"
    assert voice_of_span(quote + "Ohne die Kameras wäre das vermutlich nie aufgefallen.",
                         "vermutlich") == "author"
    assert voice_of_span(quote.strip() + "\n\nDie Krähen hätten sich offenbar jeden Verstoß "
                         "gemerkt.", "offenbar") == "author"


def test_a_report_whose_first_konjunktiv_is_in_a_relative_clause_begins_with_its_noun() -> None:
    """"Die Verbände argumentieren, ausgerechnet die Jugend, die so viel verzichtet habe, solle
    nun zahlen": the report begins right after the verb of saying, not at the relative clause.
    The author's own sentence with a reported relative clause keeps its stance."""
    assert voice_of_span("Die Verbände argumentieren, ausgerechnet die Jugend, die so viel "
                         "verzichtet habe, solle nun zahlen.", "ausgerechnet") == "quote"
    assert voice_of_span("Ausgerechnet die Jugend zahlt nun, obwohl die Verbände sagen, sie "
                         "habe genug verzichtet.", "Ausgerechnet") == "author"


def test_a_groups_zu_rating_after_fuer_is_their_view() -> None:
    """"Für die Eltern ist das Angebot viel zu wenig": the parents' rating, as "… ist das ein
    Skandal" is. The author's own "viel zu wenig" stays the author's."""
    assert voice_of_span("Für die Eltern ist das Angebot viel zu wenig.",
                         "viel zu wenig") == "quote"
    assert voice_of_span("Das Angebot ist viel zu wenig.", "viel zu wenig") == "author"


def test_a_named_person_who_rates_das_with_ein_gives_his_view() -> None:
    """"Für Neffe Ralf M. ist das ein Skandal": his view, as a group's is. The author's own
    "Das ist ein Skandal" stays the author's."""
    assert voice_of_span("Für Schwager Bernd K. (61) ist das ein Skandal.", "Skandal") == "quote"
    assert voice_of_span("Für die Familie war es ein Schock, und das ist ein Skandal.",
                         "Skandal") == "author"


def test_unnamed_experts_are_named_by_a_lawyer_two_sentences_later() -> None:
    """"Was sagen Experten? Erbrechtler halten … Nach deutschem Recht …, erklärt der Kölner
    Fachanwalt Dr. Jens Brink": a lawyer of a field names the experts, like a "-rechtler"."""
    lead = "Und was sagen Experten? Juristen halten den Fall für knifflig. "
    named = lead + "Ein Testament kann man anfechten, erklärt der Fachanwalt Dr. Jens Brink."
    unnamed = lead + "Ein Testament kann man anfechten."
    assert "vague_attribution.sagen_experten" not in finding_ids(named)
    assert "vague_attribution.sagen_experten" in finding_ids(unnamed)
