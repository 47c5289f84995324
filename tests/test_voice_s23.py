"""Voice fixes of the nineteenth session (2026-12-02). Texts written for these tests."""

from __future__ import annotations

from .conftest import finding_ids, finding_texts

_author = finding_texts


def _quoted(text: str) -> set[str]:
    return finding_texts(text, "quote")


def _vague(text: str) -> bool:
    """Whether the text holds a vague-attribution finding (an unnamed source)."""
    return any(i.startswith("vague_attribution") for i in finding_ids(text))


# An interview whose first answers carry the interviewee's name and whose later ones do not,
# with one label carrying a stage direction: "Brandstätter (lacht):".
_FERRY_CAPTAIN = (
    "Kapitänin Brandstätter: „Der See verzeiht keine Fehler“\n\n"
    "Seit elf Jahren steuert Maria Brandstätter die Ausflugsschiffe am Mondsee. Ein Gespräch über "
    "Stürme, Saisonkräfte und die Frage, warum die Gäste immer ungeduldiger werden.\n\n"
    "Frau Brandstätter, Ihre Flotte hatte im Sommer so viele Fahrgäste wie nie. Was ist da los?\n\n"
    "Brandstätter: Die Leute bleiben im Land. Das ist für uns ein Glück.\n\n"
    "Sind die Gäste anspruchsvoller geworden?\n\n"
    "Brandstätter: Ungeduldiger. Wenn wir wegen Sturm nicht auslaufen, gibt es Geschrei.\n\n"
    "Im Juli mussten Sie ein Schiff evakuieren. Wie haben Sie das erlebt?\n\n"
    "Das war eine Katastrophe mit Ansage. Der Motor war seit Wochen ein Problem, und zum Glück "
    "blieb der See ruhig.\n\n"
    "Finden Sie noch Personal?\n\n"
    "Gerade so. Wir sind zwölf Leute, und die Saison ist brutal lang.\n\n"
    "Und was treibt Sie an?\n\n"
    "Brandstätter (lacht): Der Sonnenuntergang von der Brücke aus. Dafür macht man das.\n"
)


def test_unlabelled_answers_after_labelled_ones_are_the_interviewees() -> None:
    """Once labelled answers make the text an interview, an unlabelled paragraph after a short
    question paragraph answers it: its judgements („Katastrophe mit Ansage“, „zum Glück“,
    „brutal“) and its „wir“ are the interviewee's, not the author's."""
    author = _author(_FERRY_CAPTAIN)
    assert not {"Katastrophe mit Ansage", "zum Glück", "Wir", "brutal"} & author
    assert {"zum Glück"} <= _quoted(_FERRY_CAPTAIN)


def test_the_same_words_without_the_labelled_answers_stay_the_authors() -> None:
    """Without the labelled answers there is no interview: a column that asks a question and
    answers it in its own voice keeps its judgement."""
    column = ("Sommer am See\n\nDie Ausflugsschiffe waren voll wie nie. Was ist da los?\n\n"
              "Das war eine Katastrophe mit Ansage, und zum Glück blieb der See ruhig.\n")
    assert "zum Glück" in _author(column)


def test_a_stage_direction_in_the_label_still_names_the_speaker() -> None:
    """"Brandstätter (lacht): …" opens an answer like "Brandstätter: …"."""
    text = _FERRY_CAPTAIN.replace("Sonnenuntergang von der Brücke aus.",
                                  "Sonnenuntergang, leider viel zu kurz.")
    assert "leider" not in _author(text)


def test_the_authors_closing_paragraph_after_the_last_answer_stays_the_authors() -> None:
    """After the last unlabelled answer, a paragraph without a first person is the author's
    closing note, not the interviewee's."""
    text = _FERRY_CAPTAIN.replace(
        "Brandstätter (lacht): Der Sonnenuntergang von der Brücke aus. Dafür macht man das.\n",
        "Ich bleibe, solange ich kann. Mir gefällt die Arbeit.\n\n"
        "Die Reederei sucht leider noch immer Personal für die kommende Saison.\n")
    assert "leider" in _author(text)


def test_a_conditions_consequence_continues_the_speakers_account() -> None:
    """After reported speech, a condition in Konjunktiv II („Würde die Stadt …“, „Wenn … würde“)
    and its consequence are the speaker's, whatever the consequence's verb („ließen sich …
    womöglich vermeiden“); the author's comment after them stays the author's."""
    inverted = ("Der Mieterbund forderte eine Prüfung der Heizungen. Die Anlagen seien veraltet, "
                "sagte eine Sprecherin. Würde die Stadt früher sanieren, ließen sich solche "
                "Ausfälle womöglich vermeiden.")
    assert "womöglich" in _quoted(inverted)
    assert "womöglich" not in _author(inverted)
    with_wenn = ("Der Mieterbund forderte eine Prüfung. Die Anlagen seien veraltet, sagte eine "
                 "Sprecherin. Wenn die Stadt früher sanieren würde, ließen sich Ausfälle womöglich "
                 "vermeiden, doch das ist leider Vergangenheit.")
    assert "womöglich" in _quoted(with_wenn)
    assert "leider" in _author(with_wenn)
    alone = ("Die Heizungen fielen im Winter dreimal aus. Würde die Stadt früher sanieren, "
             "ließen sich solche Ausfälle womöglich vermeiden.")
    assert "womöglich" in _author(alone)


def test_a_reproach_held_against_someone_is_the_accusers_wording() -> None:
    """„X hielt Y vor, … zu …“ states the charge like „X warf Y vor, … zu …“; a „zu“ clause after
    another use of „halten“ stays the author's."""
    held = "Die Opposition hielt dem Bürgermeister vor, das Vertrauen der Bürger zu verspielen."
    assert "Vertrauen der Bürger zu verspielen" in _quoted(held)
    other = "Der Bürgermeister hielt an seinem Kurs fest, das Vertrauen der Bürger zu verspielen."
    assert "Vertrauen der Bürger zu verspielen" in _author(other)


def test_an_offices_man_named_in_the_next_sentence_hides_no_one() -> None:
    """„Im Rathaus sieht man das anders.“ followed by the named official's words: the source is
    named at once. Without the named speaker the vague „man“ stays a finding."""
    named = ("Die Eltern sind empört. Im Rathaus sieht man das anders. Baudezernentin Petra Kowalski "
             "betonte, die Pläne seien öffentlich gewesen.")
    bare = ("Die Eltern sind empört. Im Rathaus sieht man das anders. Die Pläne liegen seit "
            "Monaten aus.")
    assert not _vague(named)
    assert _vague(bare)


def test_a_compound_group_named_in_the_next_sentence_hides_no_one() -> None:
    """„Marktkenner sehen das anders.“ followed by a named analyst's words: the group's compound
    head („-kenner“) is a group like „Kenner“. Without the named analyst it stays a finding."""
    named = ("Die Fusion ist beschlossen. Marktkenner sehen das anders. Handelsanalystin Miriam "
             "Osterkamp von der Beratungsfirma Kernwert sagte, der Schritt komme zu spät.")
    bare = ("Die Fusion ist beschlossen. Marktkenner sehen das anders. Die Aktie stieg am "
            "Nachmittag um zwei Prozent.")
    assert not _vague(named)
    assert _vague(bare)


def test_an_expert_named_with_academic_title_names_the_experts() -> None:
    """„Der Klimatologe Prof. Henrik Olsen … sagte“ names the experts of the sentence before, also
    when the name lists do not know the names; a title without a name does not."""
    named = ("Die Studie ist erschienen. Unabhängige Fachleute bewerteten die Methodik als solide. "
             "Der Klimatologe Prof. Henrik Olsen von der Universität Nordheim sagte, die "
             "Messreihe sei eine Stärke.")
    bare = ("Die Studie ist erschienen. Unabhängige Fachleute bewerteten die Methodik als solide. "
            "Ein Klimatologe sagte, die Messreihe sei eine Stärke.")
    assert not _vague(named)
    assert _vague(bare)


def test_the_newsrooms_own_information_is_not_an_appeal() -> None:
    """„nach unseren Informationen“ is the newsroom's reporting, not a „wir“ that takes in the
    readers; „unsere Kinder“ still is."""
    assert not any(i.startswith("appeal") for i in finding_ids(
        "Das Treffen dauerte nach unseren Informationen keine Stunde."))
    assert any(i.startswith("appeal") for i in finding_ids(
        "Unsere Kinder verdienen endlich bessere Schulen."))


def test_a_subjects_wish_with_words_before_endlich_is_the_subjects() -> None:
    """„Die Rentnerin will mit dem Geld endlich ihr Dach flicken lassen“: her impatience, as in
    „will endlich“; the author's „wir wollen … endlich“ and a plain „hat endlich“ stay findings."""
    assert "endlich" not in _author("Die Rentnerin will mit dem Geld endlich ihr Dach flicken "
                                    "lassen.")
    assert "endlich" in _author("Wir wollen mit dem Geld endlich das Dach flicken.")
    assert "endlich" in _author("Die Gemeinde hat endlich das Dach geflickt.")


_MAYOR = (
    "„Ein Dorf ist keine Firma“\n\n"
    "Nach zwölf Jahren tritt Anton Weigl als Bürgermeister von Sulzbach ab. Ein Gespräch über "
    "leere Kassen und volle Sitzungssäle.\n\n"
    "Herr Weigl, warum hören Sie auf?\n\n"
    "Weil ich müde bin. Ich habe genug Sitzungen erlebt.\n\n"
    "Was war Ihr größter Erfolg?\n\n"
    "Das Freibad. Ich habe dafür gekämpft, und heute kommen tausend Gäste.\n\n"
    "Woran liegt es, dass niemand Ihr Amt will?\n\n"
    "An der Bezahlung in einer Gemeinde unserer Größe. Die ist, sagen wir, bescheiden.\n\n"
    "Was müsste sich ändern?\n\n"
    "Bund und Land müssten endlich bezahlen, was sie uns aufbürden.\n"
)


def test_an_interview_announced_as_a_conversation_hears_we_answers_as_the_interviewees() -> None:
    """„Ein Gespräch über …“ before the first question says the text is an interview: answers in
    „wir“/„uns“ without „ich“ are the interviewee's too („endlich“, „unserer“, „uns“)."""
    author = _author(_MAYOR)
    assert not {"endlich", "unserer", "uns", "wir"} & author


def test_critics_named_by_apposition_or_legal_title_hide_no_one() -> None:
    """„Kritiker …“ followed by „Der Vorsitzende des Vereins, Frank Seibold, sagte, …“ or „Der
    Verfassungsrechtler Matthias Grünberg warnt, …“: the critics are named at once. Followed by
    a sentence without a named speaker, they stay a finding."""
    apposition = ("Die Baustelle dauert. Kritiker werfen dem Landesbetrieb vor, die Anlieger nicht "
                  "informiert zu haben. Der Vorsitzende des Gewerbevereins, Frank Seibold, sagte, "
                  "das sei kein Umgang.")
    lawyer = ("Die Pflicht ist umstritten. Kritiker verweisen auf die Gerechtigkeitsfrage. Der "
              "Verfassungsrechtler Matthias Grünberg warnt, das lasse sich kaum rechtfertigen.")
    bare = ("Die Pflicht ist umstritten. Kritiker verweisen auf die Gerechtigkeitsfrage. Der "
            "Bundestag berät im Mai.")
    for named in (apposition, lawyer):
        assert not _vague(named)
    assert _vague(bare)


def test_an_experts_verdict_after_a_relative_clause_names_the_experts() -> None:
    """„Experten bewerten die Arbeit unterschiedlich. Der Entomologe Prof. Bernd Kallweit …, der
    …, bezeichnete sie als …“: the expert is named with title and name, his verb of rating comes
    after a relative clause. Without a name the experts stay a finding."""
    named = ("Die Daten sind neu. Experten bewerten die Arbeit unterschiedlich. Der Entomologe "
             "Prof. Bernd Kallweit vom Naturkundemuseum Lindhorst, der nicht beteiligt war, "
             "bezeichnete sie als sauber.")
    bare = ("Die Daten sind neu. Experten bewerten die Arbeit unterschiedlich. Ein Entomologe, "
            "der nicht beteiligt war, bezeichnete sie als sauber.")
    assert not _vague(named)
    assert _vague(bare)
