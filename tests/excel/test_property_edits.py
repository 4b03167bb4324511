"""Property: whatever a partner types in the editable cells, an import either reports the row
as an error or leaves the database holding exactly the typed values (the comment as the
partner's update; the deliverable's notes untouched)."""

from __future__ import annotations

from datetime import date

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unccd_desktop.excel.columns import STATUS_LABELS
from unccd_desktop.excel.importing import apply_import, preview_import
from unccd_desktop.excel.partner_workbook import export_partner_workbook
from unccd_desktop.services import partner_updates

statuses = st.sampled_from([*STATUS_LABELS, "Done", "", "IN PROGRESS"])
progress = st.one_of(st.integers(-5, 120), st.sampled_from(["40%", "0.5", "abc", None]))
submitted = st.one_of(
    st.none(), st.dates(date(2000, 1, 1), date(2035, 12, 31)), st.just("31/12/2024")
)
comments = st.one_of(
    st.none(),
    st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=40),
    st.sampled_from(["=1+1", "@x", "#N/A"]),
)
edits = st.fixed_dictionaries(
    {"Status": statuses, "Progress (%)": progress, "Submitted on": submitted, "Comments": comments}
)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(edits=edits)
def test_random_edits(demo_services, partner, tmp_path_factory, edits):
    folder = tmp_path_factory.mktemp("edit")
    exported = export_partner_workbook(demo_services, partner["uuid"], folder / "sent.xlsx")
    path = folder / "edited.xlsx"
    wb = openpyxl.load_workbook(exported.path)
    ws = wb["Deliverables"]
    headers = [c.value for c in ws[1]]
    uuid = ws.cell(2, 1).value
    for header, value in edits.items():
        cell = ws.cell(2, headers.index(header) + 1)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # typed as text, as a partner's spreadsheet keeps it
    wb.save(path)
    report = preview_import(demo_services, path)
    row = next(r for r in report.rows if r.id == uuid)
    before = demo_services.deliverables.get(uuid)
    if row.action == "error":
        assert row.messages
        return
    assert row.action in ("update", "unchanged"), row  # nothing changed since this export
    apply_import(demo_services, report)
    after = demo_services.deliverables.get(uuid)
    for field, change in row.changes.items():
        if field == "comment":  # the partner's own, never the deliverable's notes
            latest = partner_updates.updates_of(demo_services, uuid)[0]
            assert latest.comment == (change.new or "")
            continue
        value = after[field]
        shown = value.value if hasattr(value, "value") else value
        shown = shown.isoformat() if isinstance(shown, date) else shown
        assert shown == change.new or (shown == "" and change.new is None), field
    untouched = set(before) - set(row.changes) - {"version", "updated_at"}
    assert {k: after[k] for k in untouched} == {k: before[k] for k in untouched}
