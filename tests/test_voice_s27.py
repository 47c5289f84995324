"""Voice fixes of the twenty-third session (2026-12-02) after the desk39 verdicts: a "dass" clause
that opens a reported sentence belongs to the report; a weak plural past between two sentences
of one account continues it; what a named person knows ("…, die weiß, dass …") is given from
that person's view. Sentences written for these tests."""

from __future__ import annotations

from .conftest import voice_of_span


def test_a_that_clause_opening_a_reported_sentence_is_part_of_the_report() -> None:
    """"Dass ausgerechnet …, das … werbe, …, sei …": the Konjunktiv I of the relative clause
    comes first, but the main clause after the "dass" clause is the reported verb, so the report
    runs from the sentence start. The same sentence in the indicative is the author's."""
    before = ("„Das ist Verrat“, sagte die Betriebsrätin Anke Vogt.\n\nDie Firma beschäftigt "
              "300 Menschen. ")
    reported = ("Dass ausgerechnet eine Firma, die mit Heimatliebe werbe, die Fertigung nach "
                "Asien verlagere, sei bitter.")
    assert voice_of_span(before + reported, "ausgerechnet") == "quote"
    own = "Dass ausgerechnet eine Firma, die mit Heimatliebe wirbt, die Fertigung verlagert, ist bitter."
    assert voice_of_span(before + own, "ausgerechnet") == "author"


def test_a_weak_plural_past_between_two_sentences_of_an_account_continues_it() -> None:
    """"…, sagte er. Den Aufschlag zahlten aber immer weniger Kunden. Würden die Preise weiter
    steigen, müssten …": "zahlten" is also the Konjunktiv II that stands in for "zahlen", so the
    expert still talks, and the condition after it is his too. A dated past ("Im Mai zahlten …")
    is the author's account, and so is the conjecture after it."""
    head = ("Der Handelsforscher Paul Wendt verwies auf die Konkurrenz. Das Siegel sei für viele "
            "Käufer ein Argument, sagte er. ")
    tail = " Würden die Preise weiter steigen, müssten auch andere Hersteller ihre Standorte überdenken."
    words = "müssten auch andere Hersteller ihre Standorte überdenken"
    assert voice_of_span(head + "Den Aufschlag zahlten aber immer weniger Kunden." + tail,
                         words) == "quote"
    assert voice_of_span(head + "Im Mai zahlten aber immer weniger Kunden den Aufschlag." + tail,
                         words) == "author"


def test_what_a_named_person_knows_is_given_from_her_view() -> None:
    """"Eine Nacht mit der Hebamme Ute Brandner, die weiß, dass das keine Selbstverständlichkeit
    ist": her knowledge, not the author's stance; so with "Die Hebamme weiß, dass …". What
    everybody knows, and the author's inference about what someone must know, stay the
    author's."""
    phrase = "keine Selbstverständlichkeit"
    assert voice_of_span("Eine Schicht mit der Pflegerin Eva Lind, die weiß, dass das "
                         "keine Selbstverständlichkeit ist.", phrase) == "quote"
    assert voice_of_span("Die Pflegerin weiß, dass ein freies Bett keine Selbstverständlichkeit "
                         "ist.", phrase) == "quote"
    assert voice_of_span("Jeder weiß, dass ein freies Bett keine Selbstverständlichkeit ist.",
                         phrase) == "author"
    assert voice_of_span("Die Klinikleitung dürfte wissen, dass ein freies Bett keine "
                         "Selbstverständlichkeit ist.", phrase) == "author"


def test_the_paper_as_the_interviewer_is_no_appeal() -> None:
    """"…“, sagte sie am Sonntag zu uns": the tabloid's own interview, not an inclusive "uns".
    "Die Krise kommt auch zu uns" stays an appeal."""
    from .conftest import finding_ids

    assert "appeal.uns" not in finding_ids("„Ich bereue nichts“, sagte die Sängerin am Montag "
                                           "zu uns.")
    assert "appeal.uns" in finding_ids("Die Teuerung kommt jetzt auch zu uns.")


def test_experts_named_next_by_a_consultants_rating() -> None:
    """"Experten sehen das Label mit Interesse. Die Hamburger Modeberaterin Carla Wendt hält die
    Schnitte für solide": the consultant, named with her trade, names the experts at once."""
    from .conftest import finding_ids

    head = "Fachleute sehen das neue Café mit Neugier. "
    named = head + "Die Kölner Gastroberaterin Ina Vogt hält das Konzept für tragfähig."
    unnamed = head + "Das Konzept gilt als tragfähig."
    assert not any(i.startswith("vague_attribution") for i in finding_ids(named))
    assert any(i.startswith("vague_attribution") for i in finding_ids(unnamed))


def test_a_partys_reflexive_certainty_introduces_its_view() -> None:
    """"Die Ärzte sind sich sicher: Ohne die blitzschnelle Hilfe …": the doctors' view, also
    with "dass". "Eines ist sicher: …" stays the author's."""
    word = "Ohne die blitzschnelle"
    assert voice_of_span("Die Ärztinnen sind sich sicher: Ohne die blitzschnelle Hilfe wäre "
                         "der Mann gestorben.", word) == "quote"
    assert voice_of_span("Die Ärztinnen sind sich einig, dass die blitzschnelle Hilfe ihn "
                         "gerettet hat.", "blitzschnelle") == "quote"
    assert voice_of_span("Eines steht fest: Ohne die blitzschnelle Hilfe wäre der Mann "
                         "gestorben.", word) == "author"


def test_what_a_speaker_rates_with_es_is_her_view() -> None:
    """"Die Fraktionschefin nannte es „kurzsichtig“, ausgerechnet beim Becken zu sparen": "es"
    points to the infinitive clause, which is what she rates. The same clause after the author's
    own "Es ist kurzsichtig" stays the author's."""
    assert voice_of_span("Die Fraktionschefin nannte es „kurzsichtig“, ausgerechnet beim "
                         "Lehrschwimmbecken zu sparen.", "ausgerechnet") == "quote"
    assert voice_of_span("Es ist kurzsichtig, ausgerechnet beim Lehrschwimmbecken zu sparen.",
                         "ausgerechnet") == "author"
