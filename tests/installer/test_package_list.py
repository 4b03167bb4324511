"""The Debian packages installer/README.md tells officers to install are the checked ones."""

from __future__ import annotations

import re
from pathlib import Path

from installer import bundle_contents

INSTALLER = Path(__file__).resolve().parents[2] / "installer"


def readme_apt_packages() -> set[str]:
    text = (INSTALLER / "README.md").read_text(encoding="utf-8")
    block = re.search(r"sudo apt-get install --no-install-recommends (.*?)\n```", text, re.S)
    assert block is not None
    return set(block.group(1).replace("\\", " ").split())


def bare_system_font_packages() -> set[str]:
    script = (INSTALLER / "linux" / "check-bare-system.sh").read_text(encoding="utf-8")
    fonts = re.search(r"^FONT_PACKAGES=\((.*?)\)$", script, re.M)
    assert fonts is not None
    return set(fonts.group(1).split())


def test_readme_lists_the_table_packages_and_the_fonts_the_bare_system_check_installs():
    libraries = set(bundle_contents.system_libraries().values()) - {"libc6"}  # always there
    assert {"libgl1", "libegl1", "libxcb1"} <= libraries
    assert readme_apt_packages() == libraries | bare_system_font_packages()
