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


# ---- the import graph: arrows only point down ------------------------------------------------------
def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _kiosk_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in (ROOT / "kiosk").rglob("*.py")}


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every module ``name`` imports anywhere in its text (top level, functions, TYPE_CHECKING), read with ast."""
    import ast

    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            submodules = {f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in modules}
            found.update(submodules)
            if len(submodules) < len(node.names):  # a name from the module itself, not only its submodules
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    """kiosk module → every module it imports (kiosk's and others, e.g. ``PySide6.QtCore``)."""
    modules = _kiosk_modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v] & graph.keys()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph[v]:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_is_read_from_the_code():
    graph = import_graph()
    assert "kiosk.worker" in graph["kiosk.ui.verify.bridge"]  # a top-level import
    assert "kiosk.pin" in graph["kiosk.settings"]  # an import inside a function counts too
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
    assert "kiosk.sandbox" not in graph["kiosk.sandbox.server"]  # `from . import pages`: the submodule only


def test_no_import_cycle_inside_kiosk():
    cycles = _cycles(import_graph())
    assert not cycles, "modules that import each other (directly or round a circle): " + "; ".join(
        " ⇄ ".join(c) for c in cycles)


def test_the_qt_free_brains_import_no_qt():
    offenders = {name: sorted(i for i in imported if i.split(".")[0] in ("PySide6", "shiboken6"))
                 for name, imported in import_graph().items()
                 if name.startswith(("kiosk.autologin", "kiosk.verification", "kiosk.broker"))}
    offenders = {k: v for k, v in offenders.items() if v}
    assert not offenders, f"kiosk/autologin, kiosk/verification and kiosk/broker are Qt-free: {offenders}"


def test_arrows_point_down_from_the_entry_points_to_the_qt_free_brains():
    graph = import_graph()

    def importers(target: str) -> list[str]:
        return sorted(m for m, imported in graph.items() if target in imported and m != target)

    assert importers("kiosk.cli") == ["kiosk.__main__"]  # the top: nothing below turns errors into exit codes
    assert importers("kiosk.terminal") == ["kiosk.cli"]  # the running terminal's wiring, above every feature
    qt_free = [m for m in graph if m.startswith(("kiosk.autologin", "kiosk.verification"))] + ["kiosk.settings"]
    upward = {m: sorted(i for i in graph[m] if i.startswith(("kiosk.ui", "kiosk.technician", "kiosk.printing")))
              for m in qt_free}
    assert not {m: v for m, v in upward.items() if v}, "the brains and the settings import no face above them"
    # The broker is above the login brain (it asks through the webshop client); the brain never asks the broker:
    # the terminal and the technicians' tools choose between them (kiosk.broker.client.link_source).
    assert not [m for m in graph if m.startswith("kiosk.autologin") and any(i.startswith("kiosk.broker")
                                                                            for i in graph[m])]
    outside = [m for m in importers("kiosk.broker.client") if not m.startswith("kiosk.broker")]
    assert outside == ["kiosk.technician.configure", "kiosk.terminal"]
