"""`lagebild kb build` rebuilds exactly the shipped knowledge base from the shared sources."""

from lagebild.cli import main
from lagebild.kb.build import OUTPUT


def test_kb_build_reproduces_the_shipped_file(shared, tmp_path, capsys):
    out = tmp_path / "kb.json.gz"
    assert main(["kb", "build", "--shared", str(shared / "data"), "--output", str(out)]) == 0
    assert "actors" in capsys.readouterr().out
    assert out.read_bytes() == OUTPUT.read_bytes()
