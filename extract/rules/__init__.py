"""The extractor's rules, one table per field: data only, read by `extract/engine.py`.

Each rule names the reach it reads (phrase, lead, object, verb, clause, sentence,
paragraph, article), the tests that must hold (`extract/features.py`), the value it
gives and its strength; precedence is by reach, then strength (see the engine).
"""
