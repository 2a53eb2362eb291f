"""How a waiver is written in a translation: an HTML comment naming the rule, the value and the reason
(like mdbook-i18n-helpers' directives)::

    <!-- waive number-missing 1: the slide's "1人当たり" is rendered as "per person" -->

The syntax alone, for every reader of a page: the checks (edition/checks/waivers.py) apply waivers,
and the CAT import (edition/translation/exchange/layout.py) keeps them out of what a translation
may change.

>>> WAIVER.match("<!-- waive number-missing 1: per person -->").groups()
('number-missing', '1', 'per person')
"""

from __future__ import annotations

import re

WAIVER = re.compile(r"^<!--\s*waive\s+([a-z][a-z-]*)(?:\s+(\S+?))?\s*:\s+(.+?)\s*-->\s*$", re.S)
