"""One writer of the two-writers test: edits partner notes for a bounded time.

python -m tests.reliability.writer TARGET NAME SECONDS SEED UUID [UUID ...]

Prints one JSON object: every landed write (uuid, value, version), the number of reported
conflicts and any other message shown to the user. Any other exception ends it with a
traceback and a non-zero exit: that would be a crash.
"""

from __future__ import annotations

import json
import random
import sys
import time
from typing import Any

from unccd_desktop.errors import ConflictError, UserError
from unccd_desktop.services import Actor, open_services


def edit_for(target: str, name: str, seconds: float, seed: int, uuids: list[str]) -> dict[str, Any]:
    """Read a record, think a little, save it; repeat until the time is up."""
    rng = random.Random(seed)
    services = open_services(target, actor=Actor(name, "test"))
    landed: list[dict[str, Any]] = []
    conflicts = 0
    messages: list[str] = []
    deadline = time.monotonic() + seconds
    try:
        n = 0
        while time.monotonic() < deadline:
            uuid = rng.choice(uuids)
            record = services.partners.get(uuid)
            time.sleep(rng.uniform(0, 0.004))  # the officer types
            value = f"{name} edit {n}"
            n += 1
            try:
                saved = services.partners.update(uuid, record["version"], {"notes": value})
            except ConflictError:
                conflicts += 1
                continue
            except UserError as exc:
                messages.append(str(exc))
                continue
            landed.append({"uuid": uuid, "value": value, "version": saved["version"]})
    finally:
        services.close()
    return {"name": name, "landed": landed, "conflicts": conflicts, "messages": messages}


if __name__ == "__main__":
    target, name, seconds, seed, *uuids = sys.argv[1:]
    print(json.dumps(edit_for(target, name, float(seconds), int(seed), uuids)))
