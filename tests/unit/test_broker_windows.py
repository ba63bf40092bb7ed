"""The Windows broker's parts that run anywhere: the pipe's DACL and who a client is (the rest needs Windows)."""

from __future__ import annotations

import re

import pytest

from kiosk.broker.service import Role
from kiosk.broker.windows import SE_GROUP_ENABLED, SID_ADMINISTRATORS, SID_SYSTEM, pipe_sddl, role_for_token

KIOSK_SID = "S-1-5-21-1004336348-1177238915-682003330-1001"
OTHER_SID = "S-1-5-21-1004336348-1177238915-682003330-1002"


def aces(sddl: str) -> list[tuple[str, str, str]]:
    """(type, rights, trustee) of each ACE in a ``D:`` SDDL string."""
    assert sddl.startswith("D:")
    found = re.findall(r"\((\w*);(\w*);(\w*);(\w*);(\w*);([\w-]+)\)", sddl)
    return [(t, rights, trustee) for t, _flags, rights, _obj, _inh, trustee in found]


def test_the_pipe_admits_only_the_kiosk_user_system_administrators_and_its_owner():
    sddl = pipe_sddl(KIOSK_SID)
    assert sddl.startswith("D:P("), "protected: nothing inherited from the pipe namespace's defaults"
    entries = aces(sddl)
    assert entries[0] == ("D", "GA", "NU"), "network logons are denied before anything is allowed"
    allowed = {trustee: rights for kind, rights, trustee in entries if kind == "A"}
    assert allowed == {"SY": "GA", "BA": "GA", "OW": "GA", KIOSK_SID: "GRGW"}
    assert not {"WD", "AU", "BU", "IU", "AN", "LS", "NS"} & {trustee for _k, _r, trustee in entries}, "no broad group"


@pytest.mark.parametrize("bad", ["", "kiosk", "S-1-1-0", SID_SYSTEM, SID_ADMINISTRATORS, "S-1-5-21-1) (A;;GA;;;WD"])
def test_only_a_user_accounts_sid_may_be_admitted(bad):
    with pytest.raises(ValueError):
        pipe_sddl(bad)


def test_who_a_connected_client_is():
    kiosk = [KIOSK_SID]
    assert role_for_token(SID_SYSTEM, [], kiosk) is Role.ADMIN
    assert role_for_token(OTHER_SID, [(SID_ADMINISTRATORS, SE_GROUP_ENABLED)], kiosk) is Role.ADMIN
    # A filtered (not elevated) administrator's token carries the group as deny-only: not an administrator.
    assert role_for_token(OTHER_SID, [(SID_ADMINISTRATORS, 0x10)], kiosk) is None
    assert role_for_token(KIOSK_SID, [], kiosk) is Role.KIOSK
    assert role_for_token(OTHER_SID, [("S-1-5-11", SE_GROUP_ENABLED)], kiosk) is None
