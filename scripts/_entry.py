"""What every script here runs: the `edition` command of this checkout.

Run by a Python without the project's packages (e.g. `python3 scripts/status.py`), it runs
itself again with `.venv/bin/python`, or says how to set up; never a ModuleNotFoundError.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAKE_TARGET = {"check": "check", "sync": "sync", "status": "status", "check-links": "links", "import": "import",
               "renderings": "renderings"}


def run(command: str) -> None:
    try:
        import markdown_it  # noqa: F401  (the project's packages are here)
        import yaml  # noqa: F401
    except ModuleNotFoundError as error:
        venv_python = ROOT / ".venv" / "bin" / "python"
        if venv_python.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
            os.execv(str(venv_python), [str(venv_python), sys.argv[0], *sys.argv[1:]])
        print(f"{Path(sys.argv[0]).name}: this Python ({sys.executable}) lacks the project's packages "
              f"({error.name}). Run `make setup` once, then `make {MAKE_TARGET[command]}` "
              f"or `.venv/bin/edition {command}`.", file=sys.stderr)
        sys.exit(2)
    sys.path.insert(0, str(ROOT))
    from edition.cli import main
    sys.exit(main([command, "--root", str(ROOT), *sys.argv[1:]]))
