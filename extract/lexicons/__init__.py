"""The extractor's word lists: one module per subject, data only.

Every rule in ``tradefigures.extract`` reads its words from here, so extending the
extractor to a new phrasing is an edit to a list, not to code.
"""
