"""Voice fixes of the twenty-sixth session (2026-12-03) after the desk48 verdicts: unnamed critics
are named at once by a named person whose role an apposition gives before the verb of saying.
Sentences written for these tests."""

from __future__ import annotations

from .conftest import finding_ids


def test_a_named_speaker_with_a_role_apposition_names_the_critics_before() -> None:
    """"Kritiker bemängeln … Der frühere Meister Jan Roth, heute als Experte im Fernsehen tätig,
    sagte, …": the apposition's "Experte" is the named man's role, and he names the critics.
    An unnamed speaker with the same apposition names no one."""
    assert "vague_attribution.kritiker_sagen" not in finding_ids(
        "Kritiker bemängeln seit Jahren, dass der Verband zu wenig in die Jugend investiere. "
        "Der frühere Olympiasieger Jan Roth, heute als Experte im Fernsehen tätig, sagte in "
        "Inzell, es fehle eine ganze Generation.")
    assert "vague_attribution.kritiker_sagen" in finding_ids(
        "Kritiker bemängeln seit Jahren, dass der Verband zu wenig in die Jugend investiere. "
        "Ein früherer Olympiasieger, heute als Experte im Fernsehen tätig, sagte in Inzell, es "
        "fehle eine ganze Generation.")
