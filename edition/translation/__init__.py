"""Translations: the translation-page format, pairing and alignment with the Japanese segments, sync,
status, and the exchange formats (corpus TMX/CSV, PO, XLIFF)."""
