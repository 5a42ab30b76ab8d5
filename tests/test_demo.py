"""`communique demo`: the main job on examples/ prints a table of events and where the database is."""
from __future__ import annotations

from communique.cli import main


def test_demo_prints_events_and_the_database(tmp_path, capsys):
    db = tmp_path / "demo.duckdb"
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("date") and "type" in line)
    rows = [line for line in lines[header + 2:] if line.strip() and not line.startswith(("database:", "next:"))]
    assert len(rows) >= 10                                  # the examples hold many events
    types = {row.split()[1] for row in rows if len(row.split()) > 1}
    assert {"CONSULT", "SUPPORT"} <= types and types & {"ACCUSE", "SANCTION", "THREATEN", "REJECT"}
    assert f"database: {db.resolve()}" in out
    assert db.exists()
    # running it again stores nothing twice
    assert main(["demo", "--db", str(db)]) == 0
    again = capsys.readouterr().out
    assert again.count("\n") == out.count("\n")
