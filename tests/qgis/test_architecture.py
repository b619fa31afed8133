"""The package's shape, read from its source: no import cycle (module-level and function-level imports
alike), the rules import and their unit tests run without QGIS, and no dead code."""

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "jlp_monitor_plugin"

# The rule modules tests/unit covers: plain Python, QGIS imported (if at all) only when a function needs it.
RULE_MODULES = [
    "jlp_monitor_plugin.core.monitoring.periods",
    "jlp_monitor_plugin.core.monitoring.lineage",
    "jlp_monitor_plugin.core.monitoring.five_year_supply",
    "jlp_monitor_plugin.core.monitoring.hdt",
    "jlp_monitor_plugin.core.monitoring.requirement",
    "jlp_monitor_plugin.core.monitoring.site_progress",
    "jlp_monitor_plugin.core.importing.validation",
    "jlp_monitor_plugin.core.user_settings",
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def import_graph() -> Dict[str, Set[str]]:
    """Module → the package's modules it imports, anywhere in it (inside functions too)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names if alias.name in modules)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = package.split(".")
                    parts = parts[: len(parts) - (node.level - 1)]
                    target = ".".join(parts + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target not in modules:
                    continue
                submodules = [target + "." + a.name for a in node.names if target + "." + a.name in modules]
                if len(submodules) < len(node.names):  # names defined in the module (or package) itself
                    found.add(target)
                found.update(submodules)
        found.discard(name)
        graph[name] = found
    return graph


def cycles(graph: Dict[str, Set[str]]) -> List[List[str]]:
    """The strongly connected components of more than one module (Tarjan), each a cycle or a knot."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on_stack: Set[str] = set()
    found: List[List[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_import_graph_has_no_cycle():
    graph = import_graph()
    assert len(graph) > 80
    # The graph sees imports inside functions: the plugin imports its PostGIS dialog only there.
    assert "jlp_monitor_plugin.gui.postgis_dialog" in graph["jlp_monitor_plugin.plugin"]
    # Tagging's SQL engine is behind the store's seam: the PostGIS store offers it, tagging asks the store.
    assert "jlp_monitor_plugin.core.postgis_tagging" in graph["jlp_monitor_plugin.core.store_postgis"]
    assert "jlp_monitor_plugin.core.postgis_tagging" not in graph["jlp_monitor_plugin.core.tagging"]
    assert "jlp_monitor_plugin.core.tagging_rules" in graph["jlp_monitor_plugin.core.postgis_tagging"]
    assert cycles(graph) == []


def test_a_cycle_is_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_rules_import_and_their_unit_tests_run_without_qgis():
    """QGIS made unimportable (sys.modules['qgis'] = None): the rule modules import, and tests/unit
    passes on plain Python."""
    code = (
        "import sys; sys.modules['qgis'] = None; sys.path.insert(0, {root!r})\n"
        "import importlib\n"
        "for name in {modules!r}: importlib.import_module(name)\n"
        "from jlp_monitor_plugin.core.translation import tr\n"
        "assert tr('Sites') == 'Sites'\n"
        "import pytest\n"
        "sys.exit(pytest.main(['-p', 'no:pytest_qgis', '-p', 'no:cacheprovider', '-q', 'tests/unit']))\n"
    ).format(root=str(ROOT), modules=RULE_MODULES)
    result = subprocess.run(
        [sys.executable, "-I", "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    passed = re.search(r"(\d+) passed", result.stdout)
    assert passed and int(passed.group(1)) >= 40, result.stdout[-2000:]
    assert "failed" not in result.stdout and "error" not in result.stdout.lower().split("passed")[-1]


# -- dead code -------------------------------------------------------------------------------------

# Called by Qt, QGIS, jinja2 or the standard library, never by name in our code.
CALLED_BY_FRAMEWORKS = {"handle_starttag", "handle_endtag", "handle_data", "unsafe_undefined"}


def _definitions(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            yield node.name, node.lineno
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    yield target.id, node.lineno
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    yield item.name, item.lineno


def _is_qt_override(name: str) -> bool:
    return bool(re.match(r"^[a-z]+[A-Z]", name))  # camelCase: Qt/QGIS virtual methods (paintEvent, …)


def test_every_definition_is_used_somewhere():
    """A module-level name or a method that nothing uses (the package, tests, scripts, templates, .ui
    files) is dead code: delete it."""
    texts = []
    for pattern in ("*.py", "*.j2", "*.ui", "*.sh"):
        for folder in (PACKAGE, ROOT / "tests", ROOT / "scripts"):
            texts.extend(p.read_text(encoding="utf-8") for p in folder.rglob(pattern))
    words: Dict[str, int] = {}
    for text in texts:
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text):
            words[word] = words.get(word, 0) + 1
    unused = []
    for source in sorted(PACKAGE.rglob("*.py")):
        for name, line in _definitions(ast.parse(source.read_text(encoding="utf-8"))):
            if name.startswith("__") or _is_qt_override(name) or name in CALLED_BY_FRAMEWORKS:
                continue
            if words.get(name, 0) <= 1:  # only its own definition
                unused.append("{}:{} {}".format(source.relative_to(ROOT), line, name))
    assert unused == []


def test_shared_helpers_are_defined_once_and_not_re_exported():
    definitions: Dict[str, List[str]] = {}
    for source in PACKAGE.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for node in ast.parse(text).body:
            if isinstance(node, ast.FunctionDef):
                definitions.setdefault(node.name, []).append(str(source.relative_to(PACKAGE)))
        # "from x import y  # noqa: F401" keeps an unused name for other modules to import from here
        assert not re.search(r"^from .* import .*noqa: F401", text, re.M), source
    assert definitions["quote_identifier"] == ["core/sql.py"]
    assert definitions["plain_value"] == ["core/values.py"]
