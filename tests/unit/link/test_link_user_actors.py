"""A user's own actors from a plain TSV, without rebuilding the package."""

from dataclasses import replace

import pytest
from link_helpers import make_article

from lagebild.errors import PipelineConfigError
from lagebild.kb.lookup import load_kb
from lagebild.link.mentions import link_mentions
from lagebild.settings import Settings, load_settings

TSV = (
    "# my local actors\n"
    "name\taliases\ttype\tcountry\tcameo\trole\ttitle\tstart\tend\tid\n"
    "Erika Musterfrau\tMusterfrau|Bürgermeisterin Musterfrau\tPER\tDEU\tDEUGOV\thead_of_government\tmayor"
    "\t2021-05-01\t\t\n"
    "Stadtwerke Beispielstadt\tStadtwerke\tORG\tDEU\tDEUBUS\t\t\t\t\tkb:stadtwerke\n"
)


@pytest.fixture()
def settings(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text(TSV, encoding="utf-8")
    return load_settings(environ={"LAGEBILD_KB_USER_ACTORS": str(path)})


def test_user_actor_is_found_and_linked(settings):
    article = make_article("Erika Musterfrau kritisiert die Stadtwerke Beispielstadt. Musterfrau droht.",
                           published="2023-01-01")
    link_mentions(article, settings)
    assert [(m.text, m.actor) for m in article.mentions] == [
        ("Erika Musterfrau", "user:erika-musterfrau"), ("Stadtwerke Beispielstadt", "kb:stadtwerke"),
        ("Musterfrau", "user:erika-musterfrau")]
    mayor = article.actors[0]
    assert (mayor.type, mayor.country, mayor.cameo, mayor.role) == ("PER", "DEU", "DEUGOV", "mayor")


def test_user_actors_leave_the_shipped_kb_alone(settings):
    load_kb(None, settings.kb.user_actors)
    assert "user:erika-musterfrau" not in load_kb().actor_by_id


def test_missing_file_is_a_clear_error(tmp_path):
    settings = replace(Settings(), kb=replace(Settings().kb, user_actors=str(tmp_path / "nope.tsv")))
    with pytest.raises(PipelineConfigError, match="user actors file"):
        link_mentions(make_article("Putin."), settings)


def test_bad_type_names_the_row(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("name\ttype\nJane Doe\tPERSON\n", encoding="utf-8")
    with pytest.raises(PipelineConfigError, match="row 2"):
        load_kb(None, str(path))
