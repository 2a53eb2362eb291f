"""`python -m edition …` is the `edition` command."""

import sys

from .cli import main

sys.exit(main())
