"""Two people never share one actor: a wrong QID in a seed table once merged Orbán into von der Leyen."""

from lagebild.kb.lookup import load_kb


def test_orban_and_von_der_leyen_are_two_actors():
    kb = load_kb(None, None)
    orban = kb.actor_by_id["wd:Q57641"]
    assert orban.name == "Viktor Orbán"
    assert all(role[2] == "HUN" for role in orban.roles)
    leyen = [a for a in kb.actors if a.name == "Ursula von der Leyen"]
    assert len(leyen) == 1 and leyen[0].id != orban.id
