"""One laptop's team sync in a process of its own, for the kill tests.

``python -m tests.reliability.sync_child LAPTOP_FILE NAME``: opens the laptop file as officer
NAME, then waits for a line on its standard input naming a marker file; it creates that file
right before the sync starts (so a kill is timed from the start of the sync, not of the
interpreter), syncs and prints the result as JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from unccd_desktop.services import Actor, open_services


def main(argv: list[str]) -> int:
    laptop, name = Path(argv[0]), argv[1]
    services = open_services(laptop, actor=Actor(name, "test"))
    try:
        marker = Path(sys.stdin.readline().strip())
        marker.touch()
        result = services.sync.sync()
    finally:
        services.close()
    print(json.dumps(result.to_json(), default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
