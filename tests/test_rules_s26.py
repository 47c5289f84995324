"""Scare-quote fixes of the twenty-second session (2026-12-02) after the desk36 verdicts: titles
in reviews, foreign titles, shop names. Sentences written for these tests."""

from __future__ import annotations

from .conftest import author_scare_quotes

_CONCERT = ("Das Sinfonieorchester Talheim eröffnete die Spielzeit mit neuer Chefdirigentin. "
            "Im Konzert am Sonntag wirkte das Orchester wie verwandelt.\n\n")


def test_a_single_quoted_title_after_a_composers_genitive_in_a_review_is_a_title() -> None:
    """„Eroica“ after „Beethovens“ in a concert review: the work's title. The same bare
    genitive before a quoted word in a news item stays open ("Trumps „Deal“")."""
    assert author_scare_quotes(_CONCERT + "Nach der Pause erklang Beethovens „Eroica“ in "
                               "zügigen Tempi.") == []
    assert author_scare_quotes("Der Zollstreit geht weiter, und Trumps „Deal“ mit Mexiko hält "
                               "nicht.") != []


def test_a_title_quoted_again_in_a_review_is_the_title_again() -> None:
    """„Tartuffe“ after „Molières“ in a theatre review, later "dieser „Tartuffe“": the
    production, not distance."""
    text = ("Am Stadttheater Brenz hatte Molières „Tartuffe“ Premiere. Die Inszenierung setzt auf "
            "Tempo, das Ensemble folgt ihr willig.\n\nDieser „Tartuffe“ ist ein Mann von heute, "
            "ein Influencer mit Ringlicht.")
    assert author_scare_quotes(text) == []


def test_a_foreign_title_with_a_capital_first_word_is_a_title() -> None:
    """„Nessun dorma“ or „Casta diva“: words no German dictionary knows, the first capitalized
    as titles are – a foreign title, not distance. A German capitalized phrase stays open."""
    assert author_scare_quotes("Als Zugabe gab es am Ende noch „Nessun dorma“ für das "
                               "jubelnde Publikum.") == []
    assert author_scare_quotes("Von der „Neuen Gemütlichkeit“ ist in der Stadt nichts zu "
                               "spüren.") != []


def test_a_shops_name_after_kiosk_or_petrol_station_is_a_name() -> None:
    """„Glücksklee“ after "im Kiosk", „Zur Post“ after "die Tankstelle": the shop's name. A
    quoted noun without such a noun before it stays open."""
    assert author_scare_quotes("Den Schein gab er im Kiosk „Glücksklee“ am Marktplatz ab.") == []
    assert author_scare_quotes("Seit 1998 gehört ihm die Tankstelle „Sonnenblick“ an der "
                               "Bundesstraße.") == []
    assert author_scare_quotes("Am Marktplatz verkauft er seit Jahren „Glück“ an "
                               "Lottospieler.") != []


def test_a_one_word_question_echoing_a_quote_is_the_authors_doubt() -> None:
    """"… nennt die Schließung „alternativlos“. Alternativlos? Die Zahlen sagen anderes.": the
    author holds the quoted word up to doubt it (a rhetorical question of its own id); the word
    inside stays the speaker's. A one-word question that echoes nothing quoted is no finding."""
    from .conftest import rhetorical_questions, sentence_findings

    echo = ("Die Direktorin nannte die Schließung der Filiale „bedauerlich“.\n\n"
            "Bedauerlich? Für die 40 Beschäftigten ist es ein Schock.")
    assert rhetorical_questions(echo) == [("Bedauerlich?", "rule.rhetorical_question_echo")]
    assert all(f.voice == "quote" for f in sentence_findings(echo)
               if f.text == "Bedauerlich")
    assert rhetorical_questions("Die Direktorin nannte die Schließung der Filiale "
                                "„bedauerlich“.\n\nWarum? Die Miete hat sich verdoppelt.") == []
    assert rhetorical_questions("Die Direktorin will die Filiale schließen.\n\nBedauerlich? "
                                "Für die 40 Beschäftigten ist es ein Schock.") == []


def test_a_capitalized_title_in_a_review_is_a_title_wherever_it_stands() -> None:
    """In a dance review (stage words at least three times and densely), „Giselle“ as the object
    of the choreographer is the ballet's title. Marked distance in the same review stays a
    finding, and the same quote in a news item stays open."""
    review = ("Tanz am Stadttheater\n\nDie Choreografin Ines Walther befreit „Giselle“ vom "
              "Kitsch. Das Ballett spielt in einer Fabrikhalle, die Tänzerinnen tragen "
              "Arbeitskleidung. Die Premiere endete mit langem Applaus.")
    assert author_scare_quotes(review) == []
    assert author_scare_quotes(review + " Die sogenannte „Modernisierung“ des Stoffes bleibt "
                               "allerdings Behauptung.") != []
    assert author_scare_quotes("Der Bürgermeister befreit die „Altstadt“ vom Autoverkehr. Die "
                               "Händler sind skeptisch.") != []


def test_a_names_last_words_quoted_again_are_the_name() -> None:
    """"Das Lokal „Villa Seeblick“ …" then "mit der „Seeblick“": the short form of the name
    introduced before, not distance."""
    text = ("Das Lokal „Villa Seeblick“ in Prerow ist geschlossen.\n\nWie es mit der "
            "„Seeblick“ weitergeht, ist offen.")
    assert author_scare_quotes(text) == []
    assert author_scare_quotes("Das Lokal in Prerow ist geschlossen.\n\nWie es mit der "
                               "„Seeblick“ weitergeht, ist offen.") != []


def test_a_term_in_what_a_person_named_earlier_recommends_is_their_wording() -> None:
    """"die Schlafforscherin Jana Kornfeld …" then "Kornfeld empfiehlt feste Regeln, etwa eine
    „bildschirmfreie Stunde“": the person the text named in full speaks; the quoted term is
    hers. A surname the text never introduced stays open."""
    tail = "Kornfeld empfiehlt feste Regeln, etwa eine „bildschirmfreie Stunde“ am Abend."
    assert author_scare_quotes("Die Studie leitete die Schlafforscherin Jana Kornfeld. " + tail) \
        == []
    assert author_scare_quotes("Die Studie begleitete 900 Familien. " + tail) != []


def test_an_apps_name_and_an_offer_named_after_the_quote_are_names() -> None:
    """"über die Warn-App „Katwarn“": the app's name; "einen „Liebesgruß“ gebucht – so heißt das
    Angebot": the offer's name, also when quoted again later. The same quote with nothing that
    names it stays open."""
    assert author_scare_quotes("Über die Warn-App „Katwarn“ wurden die Anwohner informiert.") \
        == []
    named = ("Er hatte einen „Liebesgruß“ auf der Anzeigetafel gebucht – so heißt das Angebot "
             "wirklich. Später hieß es, der „Liebesgruß“ werde nicht mehr angeboten.")
    assert author_scare_quotes(named) == []
    assert author_scare_quotes(named.replace(" – so heißt das Angebot wirklich", "")) != []
