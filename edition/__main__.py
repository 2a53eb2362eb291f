"""`python -m edition …` is the `edition` command."""

import sys

from edition.cli import main

sys.exit(main())
