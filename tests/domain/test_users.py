"""PIN hashes and badge digests."""

from __future__ import annotations

from packstation.domain.users import Role, badge_digest, hash_pin, pin_matches


def test_a_pin_hash_round_trips_and_a_wrong_pin_does_not_match() -> None:
    stored = hash_pin("2468")
    assert "2468" not in stored
    assert stored.startswith("scrypt$16384$8$1$")  # the parameters kept with the hash
    assert pin_matches(stored, "2468")
    assert not pin_matches(stored, "2469")
    assert hash_pin("2468") != stored  # a salt of its own each time


def test_a_badge_is_kept_as_the_sha256_of_its_code() -> None:
    digest = badge_digest("BADGE-0042\n")
    assert digest == badge_digest("BADGE-0042") and len(digest) == 64
    assert "0042" not in digest


def test_supervisors_and_admins_supervise_packers_do_not() -> None:
    assert [role.supervises for role in Role] == [False, True, True]
