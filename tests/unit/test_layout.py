"""The house's layout holds: every package ships, every asset is read through the one loader."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from kiosk import assets

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kiosk").rglob("__init__.py")}
    # resources/ ships as kiosk.resources, each of its folders as a data-only package (setuptools warns about an
    # importable folder it is not told about); the README's screenshots are not shipped.
    data = {f"kiosk.resources.{d.name}" for d in (ROOT / "resources").iterdir()
            if d.is_dir() and d.name not in ("screenshots", "__pycache__")}
    assert found | {"kiosk.resources"} | data == listed
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert set(package_data) == {"kiosk.resources"} | data


def test_assets_come_from_the_top_level_resources_folder():
    assert assets.root() == ROOT / "resources"
    assert "QWidget" in assets.text("kiosk.qss")
    assert assets.data("kiosk.png")[:8] == b"\x89PNG\r\n\x1a\n"
    ico = assets.data("kiosk.ico")
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 4  # several sizes
    assert assets.exists("kiosk.svg") and not assets.exists("no-such-file.css")


def test_no_module_reads_assets_its_own_way():
    offenders = []
    for path in (ROOT / "kiosk").rglob("*.py"):
        if path.name == "assets.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"resources\.files\(|importlib\.resources|Path\(__file__\)", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, f"read assets with kiosk.assets: {offenders}"
    assert not [p for p in (ROOT / "kiosk").rglob("*") if p.suffix in (".qss", ".js", ".css", ".html", ".png")]


def test_the_sandbox_pages_are_files_in_resources():
    from kiosk.sandbox import pages, webshop

    for name in ("webshop.html", "login.html", "popup.html", "index.html", "maintenance.html", "sandbox.css"):
        assert assets.exists(f"sandbox/{name}"), name
    assert not [p.name for p in (ROOT / "kiosk" / "sandbox").glob("*.py") if "<!doctype" in p.read_text(encoding="utf-8").lower()]
    identity = webshop.Identity(user_id=7, shop_id=8, pos_id=9, user_name="<Ann>", shop_name="S", pos_name="P")
    html = pages.webshop_page(identity, 0.5, "tok")
    assert "&lt;Ann&gt;" in html and "$" not in html.split("<script>")[0] and "<style>" in html
    assert "$" not in pages.login_page("nope") + pages.popup_page(1234) + pages.index_page()
