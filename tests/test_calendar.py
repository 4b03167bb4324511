"""The calendar export: reminder dates as an .ics file, read back with icalendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from unccd_desktop.cli import main
from unccd_desktop.services import Services
from unccd_desktop.services.calendar import write_calendar

TODAY = date.today()


@dataclass
class Dated:
    """The records the tests give dates to, by UUID."""

    ifrc_mou: str  # signed, GM + IFRC: notice in 10 days, expiry in 40
    arc_mou: str  # signed, GM + ARC: expiry in 200 days, no notice period
    iucn: str  # under negotiation: its expiry is no reminder
    ifrc_report: str  # open, under the IFRC MoU, due in 5 days
    arc_study: str  # open, ARC responsible, due in 100 days
    participant_output: str  # open, of a project, due in 20 days
    participant: str  # a partner of that project (no agreement with dates)
    accepted: str  # accepted, due in 6 days: no reminder
    late: str  # open, due 3 days ago: before today


def _agreement(services: Services, acronym: str, **changes) -> str:
    partner = services.partners.find_by_name(acronym)["uuid"]
    row = next(
        r
        for r in services.agreements.rows(limit=100)
        if any(p["partner"] == partner for p in services.agreements.get(r["uuid"])["parties"])
    )
    record = services.agreements.get(row["uuid"])
    return services.agreements.update(record["uuid"], record["version"], changes)["uuid"]


def _deliverable(services: Services, title: str, days: int, **fields) -> str:
    data = {"title": title, "due_on": TODAY + timedelta(days=days), **fields}
    return services.deliverables.create(data)["uuid"]


@pytest.fixture
def dated(demo_services: Services) -> Dated:
    s = demo_services
    ifrc = _agreement(
        s,
        "IFRC",
        expires_on=TODAY + timedelta(days=40),
        renewal_notice_days=30,
        reference="GM-IFRC-2021 (illustrative)",
    )
    arc = _agreement(s, "ARC", expires_on=TODAY + timedelta(days=200))
    iucn = _agreement(s, "IUCN", expires_on=TODAY + timedelta(days=50), renewal_notice_days=20)
    project = next(
        p
        for p in (s.projects.get(r["uuid"]) for r in s.projects.rows(limit=100))
        if p["participants"]
    )
    arc_partner = s.partners.find_by_name("ARC")["uuid"]
    return Dated(
        ifrc_mou=ifrc,
        arc_mou=arc,
        iucn=iucn,
        ifrc_report=_deliverable(
            s, "Probe: joint drought report", 5, agreement=ifrc, status="in_progress"
        ),
        arc_study=_deliverable(
            s, "Probe: insurance study", 100, agreement=arc, responsible_partner=arc_partner
        ),
        participant_output=_deliverable(s, "Probe: project output", 20, project=project["uuid"]),
        participant=project["participants"][0]["partner"],
        accepted=_deliverable(s, "Probe: accepted", 6, agreement=ifrc, status="accepted"),
        late=_deliverable(s, "Probe: late", -3, agreement=ifrc),
    )


def read_events(path: Path) -> dict[str, dict]:
    """The events of an .ics file by UID, with the calendar's own properties under ''."""
    cal = Calendar.from_ical(path.read_bytes())
    out: dict[str, dict] = {"": {"PRODID": str(cal["PRODID"]), "VERSION": str(cal["VERSION"])}}
    for event in cal.walk("VEVENT"):
        out[str(event["UID"])] = {
            "start": event.decoded("DTSTART"),
            "end": event.decoded("DTEND"),
            "summary": str(event["SUMMARY"]),
            "description": str(event["DESCRIPTION"]),
            "sequence": int(event["SEQUENCE"]),
            "stamp": event.decoded("DTSTAMP"),
            "modified": event.decoded("LAST-MODIFIED"),
        }
    return out


def uid(entity: str, uuid: str, kind: str) -> str:
    return f"{entity}-{uuid}-{kind}@unccd-desktop"


def test_the_file_holds_every_reminder_date_from_today(
    demo_services: Services, dated: Dated, tmp_path: Path
) -> None:
    result = write_calendar(demo_services, tmp_path / "reminders.ics")
    events = read_events(result.path)
    calendar = events.pop("")
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"].startswith("-//UNCCD Global Mechanism//UNCCD Partnerships")
    assert result.events == len(events)
    assert set(events) == {
        uid("agreement", dated.ifrc_mou, "notice"),
        uid("agreement", dated.ifrc_mou, "expiry"),
        uid("agreement", dated.arc_mou, "expiry"),  # no notice period, no notice date
        uid("deliverable", dated.ifrc_report, "due"),
        uid("deliverable", dated.arc_study, "due"),
        uid("deliverable", dated.participant_output, "due"),
    }  # not: the agreement under negotiation, the accepted and the late deliverables

    ifrc = demo_services.agreements.get(dated.ifrc_mou)
    notice = events[uid("agreement", dated.ifrc_mou, "notice")]
    assert notice["start"] == TODAY + timedelta(days=10)  # expiry minus 30 days' notice
    assert notice["end"] == TODAY + timedelta(days=11)  # all day: a date, not a time
    assert not isinstance(notice["start"], datetime)
    assert notice["summary"] == f"Renewal notice: {ifrc['title']}"
    assert "International Federation of Red Cross" in notice["description"]
    assert "Reference: GM-IFRC-2021 (illustrative)" in notice["description"]
    assert "Status: Signed" in notice["description"]
    assert notice["sequence"] == ifrc["version"]
    assert notice["modified"] == ifrc["updated_at"].replace(microsecond=0)
    expiry = events[uid("agreement", dated.ifrc_mou, "expiry")]
    assert expiry["start"] == TODAY + timedelta(days=40)
    assert expiry["summary"] == f"Agreement expires: {ifrc['title']}"

    report = events[uid("deliverable", dated.ifrc_report, "due")]
    assert report["start"] == TODAY + timedelta(days=5)
    assert report["summary"] == "Deliverable due: Probe: joint drought report"
    assert "Status: In progress" in report["description"]
    assert f"Agreement: {ifrc['title']}" in report["description"]
    study = events[uid("deliverable", dated.arc_study, "due")]
    assert "African Risk Capacity" in study["description"]


def test_uids_stay_the_same_and_sequence_follows_the_version(
    demo_services: Services, dated: Dated, tmp_path: Path
) -> None:
    first = read_events(write_calendar(demo_services, tmp_path / "a.ics").path)
    ifrc = demo_services.agreements.get(dated.ifrc_mou)
    demo_services.agreements.update(dated.ifrc_mou, ifrc["version"], {"notes": "Renewal asked."})
    second = read_events(write_calendar(demo_services, tmp_path / "b.ics").path)

    assert set(first) == set(second)
    for kind in ("notice", "expiry"):
        key = uid("agreement", dated.ifrc_mou, kind)
        assert second[key]["sequence"] == first[key]["sequence"] + 1
        assert second[key]["modified"] >= first[key]["modified"]
    key = uid("deliverable", dated.ifrc_report, "due")
    assert second[key]["sequence"] == first[key]["sequence"]
    assert second[key]["stamp"] <= datetime.now(UTC)


def test_a_partner_sees_its_agreements_and_deliverables(
    demo_services: Services, dated: Dated, tmp_path: Path
) -> None:
    def uuids_for(partner: str) -> set[str]:
        path = write_calendar(demo_services, tmp_path / "p.ics", partner=partner).path
        uids = [key.split("@")[0] for key in read_events(path) if key]
        return {key.split("-", 1)[1].rsplit("-", 1)[0] for key in uids}

    ifrc = demo_services.partners.find_by_name("IFRC")["uuid"]
    arc = demo_services.partners.find_by_name("African Risk Capacity")["uuid"]
    assert uuids_for(ifrc) == {dated.ifrc_mou, dated.ifrc_report}
    assert uuids_for(arc) == {dated.arc_mou, dated.arc_study}
    assert dated.participant_output in uuids_for(dated.participant)


def test_days_limit_the_dates_to_a_horizon(
    demo_services: Services, dated: Dated, tmp_path: Path
) -> None:
    path = write_calendar(demo_services, tmp_path / "week.ics", days=10).path
    assert set(read_events(path)) - {""} == {
        uid("agreement", dated.ifrc_mou, "notice"),  # in 10 days: the last day included
        uid("deliverable", dated.ifrc_report, "due"),
    }
    path = write_calendar(demo_services, tmp_path / "none.ics", days=0).path
    assert set(read_events(path)) == {""}  # nothing falls today: an empty calendar


def test_command_line_export(demo_services: Services, dated: Dated, tmp_path: Path, capsys) -> None:
    db = str(demo_services.db.path)
    out = tmp_path / "cli.ics"
    args = ["export", "calendar", "--db", db, "--out", str(out)]
    assert main([*args, "--partner", "ifrc", "--days", "30"]) == 0
    assert "2 reminder dates for International Federation" in capsys.readouterr().out
    assert set(read_events(out)) - {""} == {
        uid("agreement", dated.ifrc_mou, "notice"),
        uid("deliverable", dated.ifrc_report, "due"),
    }

    out.unlink()
    assert main([*args, "--partner", "Nobody at all"]) == 2
    assert "no partner is called 'Nobody at all'" in capsys.readouterr().err
    assert not out.exists()
    for days in ("-1", "soon"):
        with pytest.raises(SystemExit) as stopped:
            main([*args, "--days", days])
        assert stopped.value.code == 2
    assert not out.exists()
    assert main(args) == 0
    assert len(read_events(out)) == 7  # six dates and the calendar
