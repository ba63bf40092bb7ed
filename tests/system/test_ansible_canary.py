"""installer/ansible/upgrade.yml's canary rollout over three terminals: three overlays of the cached Debian 13
root, set up with site.yml from a signed repository on loopback, each running its kiosk in the package's X
session (whose supervisor restarts the kiosk, as on a terminal without a systemd user manager) against the
sandbox, through the broker the package installed (started as its units say, with the identity the role wrote).

A good version goes out batch by batch (1, 10%, the rest) and every terminal comes back ready on it. A broken
version (its kiosk exits at start) stops the rollout after the first terminal, which is rolled back to the
version it had and is ready on it again; the others are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import time

import pytest
import yaml

from kiosk import __version__
from kiosk.sandbox import Sandbox
from tests.helpers.aptrepo import AptRepo, build_system_deb
from tests.helpers.broker import installed_broker
from tests.helpers.debroot import base_root, chroot_env, dependency_layer, free_port, health, mounted_root, run
from tests.helpers.fleet import graphical_session, playbook, private_archives, recap, x_server

pytestmark = pytest.mark.slow

HOSTS = ("shop-1", "shop-2", "shop-3")
BASE = __version__.replace("rc", "~rc")
GOOD, BROKEN = f"{__version__}+canary.1", f"{__version__}+canary.2"


def installed(root) -> str:
    return run(["chroot", root, "dpkg-query", "-W", "-f", "${Version}", "betshop-kiosk-system"], env=chroot_env()).stdout


def wait_ready(port: int, version: str, timeout: float = 120) -> dict:
    deadline, seen = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        seen = health(port) or seen
        if seen and seen.get("state") == "ready" and seen.get("version") == version:
            return seen
        time.sleep(0.5)
    raise AssertionError(f"not ready on {version} within {timeout:.0f} s; last /health: {seen}")


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    """Three terminals on the base version, running; yields what the tests need."""
    if os.geteuid() != 0:
        pytest.fail("this test runs Ansible against Debian 13 roots over chroot: run it as root (CI does)")
    started = time.monotonic()
    work = tmp_path_factory.mktemp("canary")
    debs = {"base": build_system_deb(work), "good": build_system_deb(work, version=GOOD),
            "broken": build_system_deb(work, version=BROKEN, broken=True)}
    repo = AptRepo(work)
    repo.publish(debs["base"])
    repo.serve()
    base = base_root()
    layer = dependency_layer(base, " ".join(run(["dpkg-deb", "-f", debs["base"], "Depends"]).stdout.split()))
    lowers = [layer, base] if layer else [base]
    ports = {host: free_port() for host in HOSTS}
    with contextlib.ExitStack() as stack:
        stack.callback(repo.stop)
        sandbox = stack.enter_context(Sandbox())
        roots = {}
        for host in HOSTS:
            roots[host], _ = stack.enter_context(mounted_root(lowers, work / host))
            private_archives(roots[host])
        inventory = work / "inventory"
        (inventory / "group_vars").mkdir(parents=True)
        (inventory / "hosts.yml").write_text(yaml.safe_dump({"betshop_kiosks": {"hosts": {
            host: {"ansible_connection": "community.general.chroot", "ansible_host": str(roots[host]),
                   "ansible_become": False, "betshop_kiosk_health_port": ports[host],
                   "betshop_kiosk_shop_name": f"Shop {host}", "betshop_kiosk_pos_name": "POS 1",
                   "betshop_kiosk_user_name": "Cashier"} for host in HOSTS}}}))
        (inventory / "group_vars/betshop_kiosks.yml").write_text(yaml.safe_dump({
            "betshop_kiosk_partner_id": sandbox.partner_id, "betshop_kiosk_secret_key": sandbox.secret_key,
            "betshop_kiosk_auth_url": sandbox.auth_url, "betshop_kiosk_allowed_hosts": [sandbox.address],
            "betshop_kiosk_repo_url": repo.url, "betshop_kiosk_repo_key": repo.public_key,
            "betshop_kiosk_metrics_listen": "", "betshop_kiosk_autologin": False, "betshop_kiosk_file_sd_path": "",
            "betshop_kiosk_settings": {"fullscreen": False, "daily_restart": ""},
            "betshop_kiosk_ready_poll": 2}))
        code, output = playbook(inventory / "hosts.yml", "site.yml")
        assert code == 0, f"site.yml exited {code}:\n{output[-6000:]}"
        display = stack.enter_context(x_server())
        for host in HOSTS:
            stack.enter_context(installed_broker(roots[host], work / f"{host}-broker.log"))
            stack.enter_context(graphical_session(roots[host], display, work / f"{host}.log", user="kiosk"))
        for host in HOSTS:
            wait_ready(ports[host], __version__)
        print(f"\nthree terminals set up with site.yml and ready in {time.monotonic() - started:.0f} s")
        yield {"roots": roots, "ports": ports, "repo": repo, "debs": debs, "inventory": inventory, "work": work}


@pytest.mark.timeout(2400)
def test_a_good_version_rolls_out_batch_by_batch_and_each_terminal_is_ready_on_it(fleet):
    roots, ports = fleet["roots"], fleet["ports"]
    assert {installed(roots[h]) for h in HOSTS} == {BASE}
    fleet["repo"].publish(fleet["debs"]["good"])
    started = time.monotonic()
    code, output = playbook(fleet["inventory"] / "hosts.yml", "upgrade.yml", "-e", f"betshop_kiosk_version={GOOD}",
                            "-e", "betshop_kiosk_ready_timeout=120")
    took = time.monotonic() - started
    (fleet["work"] / "upgrade-good.log").write_text(output)
    assert code == 0, output[-6000:]
    assert output.count("PLAY [Roll a new kiosk version out, canary first]") == 3  # three batches of one
    assert all(counts["failed"] == 0 and counts["rescued"] == 0 for counts in recap(output).values()), recap(output)
    for host in HOSTS:
        assert installed(roots[host]) == GOOD
        assert wait_ready(ports[host], GOOD, timeout=5)["version"] == GOOD
    print(f"\n{GOOD} rolled out to 3 terminals, each ready on it, in {took:.0f} s")


@pytest.mark.timeout(2400)
def test_a_broken_version_stops_after_the_first_terminal_which_is_rolled_back(fleet):
    roots, ports = fleet["roots"], fleet["ports"]
    before = {host: installed(roots[host]) for host in HOSTS}
    assert set(before.values()) == {GOOD}, "runs after the good rollout"
    untouched = {host: health(ports[host])["uptime"] for host in HOSTS[1:]}
    fleet["repo"].publish(fleet["debs"]["broken"])
    started = time.monotonic()
    code, output = playbook(fleet["inventory"] / "hosts.yml", "upgrade.yml", "-e", f"betshop_kiosk_version={BROKEN}",
                            "-e", "betshop_kiosk_ready_timeout=40")
    took = time.monotonic() - started
    (fleet["work"] / "upgrade-broken.log").write_text(output)
    assert code != 0, output[-6000:]
    counts = recap(output)
    assert counts["shop-1"]["failed"] == 1 and counts["shop-1"]["rescued"] == 1, counts  # rolled back, then failed
    assert output.count("PLAY [Roll a new kiosk version out, canary first]") == 1, "went on to a second batch"
    assert re.search(rf"{re.escape(BROKEN)} did not come up ready on shop-1 .*Rolled back to {re.escape(GOOD)}\. "
                     r"The rollout stops here", output.replace("\n", " ")), output[-4000:]
    # The canary: rolled back, and its kiosk ready on the version it had.
    assert installed(roots["shop-1"]) == GOOD
    assert wait_ready(ports["shop-1"], GOOD, timeout=60)["version"] == GOOD
    dpkg_log = (roots["shop-1"] / "var/log/dpkg.log").read_text()
    assert f"upgrade betshop-kiosk-system:all {GOOD} {BROKEN}" in dpkg_log  # it was really installed, then not
    # The others: never given the broken version, their kiosks never restarted.
    for host in HOSTS[1:]:
        assert installed(roots[host]) == GOOD
        assert BROKEN not in (roots[host] / "var/log/dpkg.log").read_text()
        now = health(ports[host])
        assert now["state"] == "ready" and now["version"] == GOOD and now["uptime"] > untouched[host], now
    print(f"\n{BROKEN} stopped at the canary and rolled back in {took:.0f} s")
