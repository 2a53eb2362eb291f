"""Integrity checks: one rule family per module, one runner (``run_checks``).

Every rule yields :class:`edition.findings.Finding` (``path:line:col: [rule] message — hint``).
The same runner serves the MkDocs hooks, ``edition check`` and the tests.
"""
