"""User actors file: validated rows, persons known from the start, overrides of the gazetteer."""
from __future__ import annotations

import json

import pytest

from communique.actors.resolve import ActorResolver
from communique.actors.userfile import load_user_actors
from communique.errors import DataFileError


def test_csv_rows_are_read_and_validated(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,kind,country,sector,title,aliases\n"
                    "Ana Ruiz,person,CHL,GOV,Trade Minister,Ruiz|A. Ruiz\n"
                    "Freedonia,state,FRE,,,Freedonian\n", encoding="utf-8")
    rows = load_user_actors(path)
    assert rows[0]["aliases"] == ["Ruiz", "A. Ruiz"] and rows[1]["kind"] == "state"


@pytest.mark.parametrize("body, where", [
    ("name,kind\nX,planet\n", ":2:"),
    ("name,kind,country\nX,state,chile\n", ":2:"),
    ("kind\nperson\n", ":1:"),
])
def test_bad_rows_name_file_and_line(tmp_path, body, where):
    path = tmp_path / "bad.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_user_actors(path)
    assert str(path) in str(info.value) and where in str(info.value)


def test_yaml_file(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("- name: Ana Ruiz\n  kind: person\n  country: CHL\n  sector: GOV\n  aliases: [Ruiz]\n",
                    encoding="utf-8")
    resolver = ActorResolver(user_file=path)
    known = {p["name"]: p for p in resolver.known_persons()}["Ana Ruiz"]
    assert known["country"] == "CHL" and "ruiz" in known["aliases"] and known["how"] == "user_file"


def test_user_entries_resolve_and_override(make_doc, article, tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,kind,country,sector,title,aliases\n"
                    "Ana Ruiz,person,CHL,GOV,Trade Minister,\n"
                    "Freedonia,state,CHL,,,Freedonian\n"
                    "Acme Corp,org,CHL,BUS,,Acme\n", encoding="utf-8")
    doc = make_doc(["Ruiz told Freedonian officials that Acme will invest ."], persons=[(0, 1)])
    ms = {m.text: m for m in ActorResolver(user_file=path).mentions(doc, article(doc))}
    assert ms["Ruiz"].actor.name == "Ana Ruiz" and ms["Ruiz"].actor.country == "CHL"
    assert ms["Freedonian"].actor.country == "CHL"
    assert (ms["Acme"].actor.kind, ms["Acme"].actor.sector, ms["Acme"].how) == ("org", "BUS", "user_file")


def test_stored_mention_texts_are_not_taken_as_names():
    resolver = ActorResolver(known=[{"name": "Dina Boluarte", "kind": "person", "country": "PER",
                                     "sector": "GOV", "title": "President",
                                     "aliases": ["He", "the host", "Boluarte"]}])
    aliases = {p["name"]: p for p in resolver.known_persons()}["Dina Boluarte"]["aliases"]
    assert "he" not in aliases and "the host" not in aliases and "boluarte" in aliases


def test_cli_extract_takes_an_actors_file(tmp_path, capsys):
    from communique.cli import main

    text = tmp_path / "story.txt"
    text.write_text("Ruiz met Freedonian officials in Lima on Monday.\n", encoding="utf-8")
    actors = tmp_path / "actors.csv"
    actors.write_text("name,kind,country,sector,title,aliases\nAna Ruiz,person,CHL,GOV,Trade Minister,Ruiz\n"
                      "Freedonia,state,CHL,,,Freedonian\n", encoding="utf-8")
    status = main(["extract", str(text), "--what", "mentions", "--format", "jsonl", "--quiet",
                   "--actors", str(actors)])
    assert status == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    names = {r["text"]: r["actor"] for r in rows}
    assert names["Ruiz"]["name"] == "Ana Ruiz" and names["Freedonian"]["country"] == "CHL"
