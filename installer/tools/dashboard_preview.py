"""What the Grafana dashboard's panels show, from a real scrape, where no Grafana can run (docs/it/monitoring.md).

Starts three real kiosks (offscreen) against the sandbox, one ready, one whose secret BetGames rejects, one
whose autologin API is down, each serving /metrics on loopback as KIOSK_METRICS_LISTEN; Debian's Prometheus
scrapes them through a file_sd list like the Ansible role's; then every query of
installer/monitoring/kiosk-dashboard.json is evaluated by that Prometheus and printed as Markdown.

    python installer/tools/dashboard_preview.py > preview.md      (needs the prometheus package)
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk.sandbox import Sandbox  # noqa: E402
from tests.helpers import free_port  # noqa: E402

TERMINALS = [("Vilnius, Gedimino pr. 5", "Computer #1", {}),
             ("Vilnius, Gedimino pr. 5", "Computer #2", {"KIOSK_SECRET_KEY": "a-wrong-secret"}),
             ("Kaunas, Laisvės al. 60", "Computer #1", {"KIOSK_AUTH_URL": "http://127.0.0.1:9/s/api/v2/webshop/auth"})]


def main() -> None:
    prometheus = shutil.which("prometheus")
    assert prometheus, "apt-get install prometheus"
    work = Path(tempfile.mkdtemp(prefix="dashboard-preview-"))
    procs: list[subprocess.Popen] = []
    with Sandbox() as sb:
        targets = []
        for n, (shop, pos, over) in enumerate(TERMINALS):
            health, metrics = free_port(), free_port()
            env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
            env.update(sb.kiosk_env(data_dir=work / f"data{n}"), KIOSK_HEALTH_PORT=str(health), QT_QPA_PLATFORM="offscreen",
                       KIOSK_METRICS_LISTEN=f"127.0.0.1:{metrics}", KIOSK_SHOP_NAME=shop, KIOSK_POS_NAME=pos, **over)
            procs.append(subprocess.Popen([sys.executable, "-m", "kiosk", "run"], env=env, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
            targets.append({"targets": [f"127.0.0.1:{metrics}"],
                            "labels": {"shop": shop, "pos": pos, "terminal": f"t{n + 1}"}})
        (work / "targets.json").write_text(json.dumps(targets))
        (work / "prometheus.yml").write_text(json.dumps({
            "global": {"scrape_interval": "5s", "evaluation_interval": "5s"},
            "scrape_configs": [{"job_name": "betshop-kiosk", "file_sd_configs": [{"files": [str(work / "targets.json")]}]}]}))
        port = free_port()
        procs.append(subprocess.Popen([prometheus, f"--config.file={work / 'prometheus.yml'}",
                                       f"--storage.tsdb.path={work / 'tsdb'}", f"--web.listen-address=127.0.0.1:{port}"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        try:
            time.sleep(75)  # a few scrapes, and the kiosks' engines probed
            print(report(f"http://127.0.0.1:{port}"))
        finally:
            for p in procs:
                p.send_signal(signal.SIGTERM)
            for p in procs:
                p.wait(timeout=30)
            shutil.rmtree(work, ignore_errors=True)


def report(api: str) -> str:
    doc = json.loads((ROOT / "installer/monitoring/kiosk-dashboard.json").read_text(encoding="utf-8"))
    out = []
    for panel in doc["panels"]:
        out.append(f"**{panel['title']}**\n")
        for target in panel["targets"]:
            expr = target["expr"].replace("$__rate_interval", "1m").replace("$shop", ".*")
            result = httpx.get(f"{api}/api/v1/query", params={"query": expr}, timeout=10).json()["data"]["result"]
            out.append(f"`{target['expr']}`\n")
            if not result:
                out.append("(no series)\n")
                continue
            keys = sorted({k for r in result for k in r["metric"] if k not in ("job", "instance", "terminal")})
            out.append("| " + " | ".join([*keys, "value"]) + " |")
            out.append("|" + "---|" * (len(keys) + 1))
            for r in sorted(result, key=lambda r: [r["metric"].get(k, "") for k in keys]):
                value = float(r["value"][1])
                out.append("| " + " | ".join([*(r["metric"].get(k, "") for k in keys), f"{value:g}"]) + " |")
            out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    main()
