"""Fixtures for the workbook exchange tests: a partner update workbook exported from demo data."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from unccd_desktop.excel.partner_workbook import ExportResult, export_partner_workbook, find_partner
from unccd_desktop.services import Actor, Services, open_services
from unccd_desktop.services.demo import populate_demo

PARTNER = "GEO"  # the demo partner responsible for three deliverables


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once and copied for each test (building it takes seconds)."""
    path = tmp_path_factory.mktemp("template") / "demo.unccd"
    svc = open_services(path, actor=Actor("tester", "test"), create=True)
    populate_demo(svc.with_actor(Actor("tester", "demo")))
    svc.close()
    return path


@pytest.fixture
def demo_services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    copy = tmp_path / "demo.unccd"
    shutil.copyfile(demo_template, copy)
    svc = open_services(copy, actor=Actor("tester", "test"), backup=False)
    yield svc
    svc.close()


@pytest.fixture
def partner(demo_services: Services) -> dict:
    return find_partner(demo_services, PARTNER)


@pytest.fixture
def exported(demo_services: Services, partner: dict, tmp_path: Path) -> ExportResult:
    return export_partner_workbook(demo_services, partner["uuid"], tmp_path / "update.xlsx")


def soffice_convert(source: Path, fmt: str, out_dir: Path) -> Path:
    """Re-save a file with LibreOffice Calc (headless, with its own writable HOME)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (make test installs it)")
    out_dir.mkdir(parents=True, exist_ok=True)
    home = out_dir / "lo-home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(home))
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            "--convert-to",
            fmt,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        env=env,
        capture_output=True,
        timeout=180,
    )
    converted = out_dir / f"{source.stem}.{fmt.split(':')[0]}"
    assert converted.is_file(), f"LibreOffice did not write {converted}"
    return converted
