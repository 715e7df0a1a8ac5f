"""The probe of our own sentences: every case is well formed, and the scorer counts a
field the extractor misses as a miss."""

from __future__ import annotations

from datetime import date

from benchmarks import probe
from benchmarks.probe_cases import CASES


def test_every_case_has_a_text_a_date_and_fields_to_check():
    for case in CASES:
        assert case["text"].strip() and isinstance(case.get("pub"), date)
        assert all(isinstance(fields, dict) and fields for fields in case["expect"].values())


def test_a_field_the_extractor_gets_wrong_is_printed_and_counted(monkeypatch, capsys):
    monkeypatch.setattr(probe, "CASES", [
        {"pub": date(2025, 3, 1), "text": "Ottawa put a 25% surtax on U.S. steel.",
         "expect": {"25%": {"kind": "tariff_rate", "imposed_by": "MX"}}},
    ])
    probe.main()
    out = capsys.readouterr().out
    assert "imposed_by: expected 'MX', got 'CA'" in out
    assert "1/2 = 0.500" in out
