"""The fleet's alert rules as Prometheus tests them: ``promtool check rules`` and ``promtool test rules``
(Debian's prometheus package) on installer/monitoring/kiosk-alerts.yml and its suite kiosk-alerts.test.yml.

Each rule fires in a test series of its own and stays silent on a healthy terminal; and the suite bites: a
rule that can never fire makes it fail.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.helpers.debroot import ROOT

MONITORING = ROOT / "installer" / "monitoring"
RULES, SUITE = MONITORING / "kiosk-alerts.yml", MONITORING / "kiosk-alerts.test.yml"


def promtool(*args: str, cwd: Path = MONITORING) -> subprocess.CompletedProcess:
    tool = shutil.which("promtool")
    assert tool, "promtool is missing: apt-get install prometheus (.ci/extra-debian-packages.txt)"
    return subprocess.run([tool, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def alerts() -> dict[str, dict]:
    return {r["alert"]: r for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]}


def test_promtool_checks_the_rules_and_their_tests_pass():
    checked = promtool("check", "rules", RULES.name)
    assert checked.returncode == 0 and f"SUCCESS: {len(alerts())} rules found" in checked.stdout, checked.stdout + checked.stderr
    tested = promtool("test", "rules", SUITE.name)
    assert tested.returncode == 0 and "SUCCESS" in tested.stdout, tested.stdout + tested.stderr


def test_each_rule_fires_in_its_own_series_and_none_on_a_healthy_terminal():
    suite = yaml.safe_load(SUITE.read_text())
    fires: dict[str, list[str]] = {}
    silent: set[str] = set()
    for group in suite["tests"]:
        names = {t["alertname"] for t in group["alert_rule_test"]}
        if any(t["exp_alerts"] for t in group["alert_rule_test"]):
            assert len(names) == 1, f"{group['name']} tests several rules: {names}"
            (name,) = names
            fires.setdefault(name, []).append(group["name"])
            assert any(not t["exp_alerts"] for t in group["alert_rule_test"]), f"{name}: never checked silent first"
        else:
            silent |= names
    assert set(fires) == set(alerts()), f"rules with no firing test: {set(alerts()) - set(fires)}"
    assert silent >= set(alerts()), f"rules never checked on a healthy terminal: {set(alerts()) - silent}"


@pytest.mark.parametrize("name", sorted(alerts()))
def test_the_suite_fails_when_a_rule_can_no_longer_fire(name, tmp_path):
    """A check that cannot fail is no check: with the rule's expression made impossible, promtool says so."""
    doc = yaml.safe_load(RULES.read_text())
    for group in doc["groups"]:
        for rule in group["rules"]:
            if rule["alert"] == name:
                rule["expr"] = "vector(1) > 2"
    (tmp_path / RULES.name).write_text(yaml.safe_dump(doc))
    shutil.copy(SUITE, tmp_path / SUITE.name)
    tested = promtool("test", "rules", SUITE.name, cwd=tmp_path)
    assert tested.returncode != 0 and name in tested.stdout + tested.stderr
