"""Voice fixes of the eighteenth session (2026-12-02). Sentences written for these tests."""

from __future__ import annotations

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
