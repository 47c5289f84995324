"""Voice fixes of the twentieth session (2026-12-02). Texts written for these tests."""

from __future__ import annotations

from .conftest import finding_texts

_author = finding_texts


def _quoted(text: str) -> set[str]:
    return finding_texts(text, "quote")


def test_main_clause_after_a_generic_believer_is_the_authors() -> None:
    """"Wer glaubt, X sei Y, macht es sich zu leicht": the Konjunktiv clause is what a generic
    someone believes, the main clause after it is the commentator's verdict on that belief."""
    text = ("Die Stadt will den Busverkehr am Wochenende halbieren. Wer glaubt, damit sei das "
            "Defizit der Verkehrsbetriebe gelöst, macht es sich zu leicht.")
    assert "macht es sich zu leicht" in _author(text)
    resumed = ("Der Landrat verspricht schnelles Internet bis 2027. Doch wer meint, das sei schon "
               "beschlossene Sache, der irrt gewaltig.")
    assert "gewaltig" in _author(resumed)


def test_reported_generic_believer_stays_the_speakers() -> None:
    """The same figure inside reported speech stays the speaker's: "Der Bürgermeister sagte,
    wer glaube, …, irre sich gewaltig"."""
    text = ("Der Bürgermeister sagte, wer glaube, die Sanierung sei billig zu haben, irre sich "
            "gewaltig.")
    assert "gewaltig" not in _author(text)
    assert "gewaltig" in _quoted(text)


def test_believed_content_itself_is_not_the_authors() -> None:
    """The believed content stays reported: in "Wer glaubt, die Reform sei ein völlig neuer
    Anfang, irrt" the "völlig" is the believer's wording, not the author's."""
    text = "Wer glaubt, die Reform sei ein völlig neuer Anfang, irrt."
    assert "völlig" not in _author(text)
    assert "irrt" in _author(text)


def _scare(text: str) -> bool:
    from .conftest import author_scare_quotes

    return bool(author_scare_quotes(text))


def _vague(text: str) -> bool:
    from .conftest import finding_ids

    return any(i.startswith("vague_attribution") for i in finding_ids(text))


def test_a_coined_name_the_text_also_writes_plainly_is_a_name() -> None:
    """A restaurant called „Kornkammer“-like coinage no dictionary knows („Hofglück“), quoted in
    the review and written plainly in its info line, is the restaurant's name; a dictionary
    noun quoted once and written plainly elsewhere can still be held at a distance."""
    review = ("Das „Hofglück“ in Celle\n\nDas „Hofglück“ hat im Frühjahr eröffnet. Die Küche "
              "arbeitet mit Gemüse aus dem eigenen Garten.\n\nHofglück, Marktweg 3, Celle.")
    assert not _scare(review)
    assert _scare("Rathaus\n\nDer Stadtrat feiert die „Reform“ der Buslinien. Die Reform kam am "
                  "Montag, sie kostet viel.")


def test_hinter_vorgehaltener_hand_after_a_verb_of_criticism_stays_the_authors() -> None:
    """"Mehrere Trainer bemängelten hinter vorgehaltener Hand, …": how they said it is the
    author's note that the sources stay unnamed, not the object of their criticism."""
    text = ("Mehrere Trainer bemängelten hinter vorgehaltener Hand, die Bedingungen seien "
            "irregulär gewesen.")
    assert "hinter vorgehaltener Hand" in _author(text)


def test_an_association_giving_its_view_names_the_experts() -> None:
    """"Fachleute warnen … Der Landesverband der Hebammen spricht von …": the next sentence
    names the body behind the warning. The police giving a figure does not."""
    assert not _vague("Fachleute warnen seit Langem vor einer Unterversorgung auf dem Land. Der "
                      "Landesverband der Hebammen spricht von weißen Flecken auf der Karte.")
    assert _vague("Fachleute warnen seit Langem vor einer Unterversorgung auf dem Land. Die "
                  "Polizei spricht von einem Einzelfall.")


def test_a_fronted_kind_of_talk_before_hoert_man_is_no_unnamed_source() -> None:
    """"Solche Versprechen hört man oft": the author knows the kind of talk; "Aus der Partei
    hört man Unmut" still hides its source."""
    assert not _vague("Solche Versprechen hört man inzwischen oft, und oft bleiben sie Werbung.")
    assert _vague("Aus der Partei hört man seit Wochen Unmut über den Kurs.")


def test_schlicht_before_a_name_is_no_verdict() -> None:
    """"auf der Karte schlicht „Rübe, Rauch“ genannt": a plain name, not the author's curt
    judgement ("Der Senat hat die Warnungen schlicht ignoriert" stays)."""
    from .conftest import finding_ids

    assert "stance.schlicht" not in finding_ids(
        "Der zweite Gang, auf der Karte schlicht „Rübe, Rauch“ genannt, kommt lauwarm.")
    assert "stance.schlicht" in finding_ids(
        "Der Senat hat die Warnungen der Feuerwehr schlicht ignoriert.")


def test_a_hedge_after_the_investigators_findings_is_theirs() -> None:
    """"Nach Erkenntnissen der Polizei … Dabei übersah er vermutlich …": the hedge goes on with
    the investigators' account. The author's own guess without such a source, or a forecast
    after it, stays the author's."""
    police = ("Nach ersten Erkenntnissen der Polizei wollte der Radfahrer die Bundesstraße queren. "
              "Dabei übersah er vermutlich das herannahende Auto.")
    assert "vermutlich" not in _author(police)
    assert "vermutlich" in _quoted(police)
    assert "Vermutlich" in _author("Der Radfahrer wollte die Bundesstraße queren. Vermutlich "
                                   "übersah er das herannahende Auto.")
    assert "Vermutlich" in _author("Laut Polizei war der Fahrer betrunken. Vermutlich wird der "
                                   "Prozess lange dauern.")


# A print interview announced in its lead, with unlabelled questions and answers.
_CHOIR_DIRECTOR = (
    "Chorleiterin Weiland: „Wir singen gegen die Stille an“\n\n"
    "Seit 20 Jahren leitet Irene Weiland den Kirchenchor von Amselfeld. Ein Gespräch über "
    "Nachwuchs, Probenräume und Applaus.\n\n"
    "Frau Weiland, Ihr Chor hat 60 Mitglieder. Wie halten Sie die zusammen?\n\n"
    "Mit Geduld und Kuchen. Ich bin da ganz altmodisch.\n\n"
    "Kritiker werfen Ihnen vor, Sie hätten den Chor völlig überaltern lassen. Was sagen Sie "
    "dazu?\n\n"
    "Das ist ein absurder Vorwurf. Unsere Jüngste ist 17, ich bin stolz auf sie.\n\n"
    "Und wie geht es weiter?\n\n"
    "Ich höre nächstes Jahr auf. Es war eine wunderbare Zeit.\n"
)


def test_an_interviewers_question_is_the_outlets_voice() -> None:
    """The interviewer's question is the outlet's own wording: its unnamed critics are a vague
    attribution. The answers stay the interviewee's, and a question put in an interview is no
    rhetorical question of the author."""
    from analyzer import analyze

    result = analyze(_CHOIR_DIRECTOR, classifier=None)
    author = {f.text for f in result.findings if f.voice == "author"}
    assert "Kritiker werfen" in author or any(t.startswith("Kritiker") for t in author)
    assert "absurder" not in author and "wunderbare" not in author
    assert not any(f.category == "rhetorical" for f in result.findings
                   if "Was sagen Sie" in f.text or "Wie halten Sie" in f.text)


def test_an_answer_run_into_the_question_stays_the_interviewees() -> None:
    """In copy whose paragraph breaks were lost, the answer after "STANDARD: …? Moser: …" is
    the interviewee's, not the interviewer's, although no new sentence opens with the label."""
    from analyzer import analyze

    text = ("STANDARD: Wie geht es dem Verein? Moser: Gut. STANDARD: Und die Finanzen? Moser: "
            "Stabil. STANDARD: Manche sagen, der Verein sei pleite. Stimmt das? Moser: Nein. Das "
            "ist ein völlig absurdes Gerücht. STANDARD: Und die Fans? Moser: Treu wie immer.")
    author = {f.text for f in analyze(text, classifier=None).findings if f.voice == "author"}
    assert any("Manche sagen" in t for t in author)
    assert "völlig" not in author


def test_unlabelled_questions_after_labelled_turns_are_the_interviewers() -> None:
    """"Frage: … / Ortlieb: …" and then unlabelled paragraphs: a short paragraph ending in "?"
    inside the last answer's turn is the interviewer's question again (its unnamed experts are
    the outlet's), the paragraph after it the interviewee's answer."""
    from analyzer import analyze

    text = ("„Die Böden sind hart wie Beton“\n\n"
            "Ein Gespräch mit der Gärtnerin Jana Ortlieb über den trockenen Sommer.\n\n"
            "Frage: Frau Ortlieb, wie sieht Ihr Garten aus?\n\n"
            "Ortlieb: Braun. Seit April hatten wir kaum Regen.\n\n"
            "Frage: Was heißt das für die Ernte?\n\n"
            "Ortlieb: Ein Drittel weniger Kartoffeln, schätze ich.\n\n"
            "Frage: Gießen Sie mehr?\n\n"
            "Ortlieb: Jeden Abend, aber das Wasser ist knapp.\n\n"
            "Viele Experten sagen, Gärten müssten sich an die Hitze anpassen. Tun Sie das?\n\n"
            "Wir versuchen es. Aber das ist ein völlig absurder Kampf gegen den Himmel.\n")
    author = {f.text for f in analyze(text, classifier=None).findings if f.voice == "author"}
    assert any("Experten sagen" in t for t in author)
    assert "völlig" not in author and "absurder" not in author


def test_a_view_for_a_group_after_a_conjunction_is_theirs() -> None:
    """"Doch für die Anwohner ist das Projekt ein Albtraum": the conjunction before "für" does
    not make the residents' view the author's."""
    text = "Doch für die Anwohner des Lindenwegs ist das Projekt ein Albtraum."
    assert "Albtraum" not in _author(text)
    assert "Albtraum" in _author("Das Projekt ist für alle ein Albtraum.")


def test_endlich_in_a_named_partys_wish_is_theirs() -> None:
    """"Einen Wunsch hat er: dass die Gemeinde endlich …" gives his impatience; the author's
    own wish ("Mein Wunsch: …") stays the author's."""
    assert "endlich" not in _author("Einen Wunsch hat er aber doch: dass die Gemeinde endlich "
                                    "ein Geländer am Steg baut.")
    assert "endlich" in _author("Mein Wunsch: dass die Gemeinde endlich ein Geländer am Steg "
                                "baut.")


def test_konjunktiv_i_of_an_ern_verb_without_its_e_reports() -> None:
    """"Er bedaure die Entscheidung sehr" (bedauern) is indirect speech like "er bedauere"; the
    speaker's own "Ich bedaure …" is no report."""
    text = ("Der Bürgermeister stimmte dagegen. Er bedaure die Schließung persönlich sehr, "
            "schließlich habe er dort schwimmen gelernt.")
    assert "sehr" not in _author(text)
    assert "sehr" in _author("Ich bedaure die Schließung des Bades sehr.")


def test_a_quoted_hero_after_an_indefinite_article_is_a_production() -> None:
    """"mit einer gefeierten „Medea“": a production named after the play's hero, not distance."""
    assert not _scare("Theater\n\nMarquardt, die zuletzt mit einer gefeierten „Medea“ für "
                      "Aufsehen sorgte, zeigt nun Schiller.")


def test_an_example_after_a_recommendation_is_the_recommenders() -> None:
    """"empfiehlt, feste Regeln zu vereinbaren, etwa eine „Ladestation“ im Flur": the example
    belongs to the recommendation; the author's comment after it ("zum Ärger der …") does not."""
    text = ("Schlaf\n\nDie Forscherin Reuter empfiehlt Familien, feste Regeln zu vereinbaren, etwa "
            "eine „Ladestation“ im Flur.")
    assert not _scare(text)
    comment = "Die Stadt fordert, die Straße zu sperren, zum Ärger der völlig entnervten Anwohner."
    assert "völlig" in _author(comment)


def test_song_titles_in_a_record_review_are_titles() -> None:
    """In a review of an album, „Regenzeit“ and „Kohlenstaub“ are its songs; a scare quote in a
    text that mentions a single once stays a finding."""
    review = ("Die Band Kaltfront legt ihr drittes Studioalbum vor.\n\n"
              "Der erste Song auf der Platte heißt „Regenzeit“ und ist laut. Auch „Kohlenstaub“ "
              "überzeugt. Am Ende ist das Album ein solides Stück Arbeit.\n")
    assert not _scare(review)
    assert _scare("Politik\n\nDer Minister feiert seine „Reform“ als großen Wurf. Sie kam als "
                  "Single-Antrag in den Landtag.")


def test_unhaltbar_with_its_shooting_verb_far_before_is_the_shot() -> None:
    """"fälschte X einen Schuss von der blauen Linie unhaltbar ab": an unstoppable shot."""
    from .conftest import finding_ids

    assert "loaded_language.adj_unertraeglich" not in finding_ids(
        "Nach nur zwei Minuten fälschte Mikko Laine einen Schuss von der blauen Linie "
        "unhaltbar ab.")
    assert "loaded_language.adj_unertraeglich" in finding_ids(
        "Die Lage in den Notunterkünften ist unhaltbar.")

