"""Lexicon entries widened in the eighteenth session (2026-12-02). Each entry is tested with a
sentence in the author's voice that must be found and a neutral use beside it that must stay
unflagged; every sentence is written for these tests."""

from __future__ import annotations

import pytest

from .conftest import assert_family

FAMILIES = [
    # (entry, author-voice finding, neutral use)
    # the outlet's own unnamed sources without an article: „Wie BILD erfuhr“
    ("vague_attribution.s13b_eigene_informationen",
     "Wie BILD erfuhr, soll es in der Kabine seit Wochen krachen.",
     "Wie die Polizei erfuhr, war der Fahrer ohne Führerschein unterwegs."),
    ("vague_attribution.s13b_eigene_informationen",
     "Wie dpa erfuhr, will der Vorstand schon im Mai zurücktreten.",
     "Wie er erfuhr, war der Zug ausgefallen."),
    # „in der Luft zerreißen“, not any „in der Luft zu …“
    ("loaded_language.idiom_kein_gutes_haar",
     "Die Kritik hat die Inszenierung in der Luft zerrissen.",
     "Das Messer ist so scharf, dass es ein Blatt Papier in der Luft zu teilen vermag."),
    # „brummt“ after a comma is a hive's or engine's sound, not a speaker's grumbling (and since
    # the twenty-eighth session „brummt:“ is no judging tag either: twice wrong on blind copy)
    ("speech_verb.s16f_tag_doppelpunkt",
     "Der Trainer knurrt: „Das war nichts.“",
     "Der dritte Kasten, ganz hinten im Garten, brummt lauter als die anderen."),
]


@pytest.mark.parametrize(("entry", "found", "neutral"), FAMILIES)
def test_family_in_the_authors_voice_and_not_in_neutral_use(entry: str, found: str,
                                                            neutral: str) -> None:
    assert_family(found, entry, evaluative=True)
    assert_family(neutral, entry, evaluative=False)
