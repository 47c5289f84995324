"""Word senses of the seventeenth session (2026-12-02), from the blind desk22 verdicts.
Sentences written for these tests."""

from __future__ import annotations

from .conftest import finding_ids


def test_schon_wieder_after_a_time_of_day_means_already() -> None:
    """"konnte die Klinik am Abend schon wieder verlassen": already by then (a recovery), not
    the author's impatience; a repeated nuisance stays a finding."""
    assert "stance.tab_schon_wieder" not in finding_ids(
        "Der Fahrer konnte die Klinik am Abend schon wieder verlassen.")
    assert "stance.tab_schon_wieder" not in finding_ids(
        "Kurz darauf stand sie schon wieder auf dem Trainingsplatz.")
    assert "stance.tab_schon_wieder" in finding_ids("Schon wieder wird die Brücke gesperrt.")
    assert "stance.tab_schon_wieder" in finding_ids(
        "Vor dem Rathaus stehen schon wieder die Bagger.")
