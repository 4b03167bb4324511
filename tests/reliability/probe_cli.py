"""The real command line, with the migrations folder given in UNCCD_TEST_MIGRATIONS.

Used by the crash tests to upgrade through a test-only revision (see support.probe_migrations)
while the application itself ships a single revision.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from unccd_desktop import cli
from unccd_desktop.storage import migrations


def main() -> int:
    folder = Path(os.environ["UNCCD_TEST_MIGRATIONS"])
    migrations.migrations_dir = lambda: folder
    migrations.SCHEMA_VERSION = migrations.head_revision()
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
