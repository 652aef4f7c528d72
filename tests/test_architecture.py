"""The shape of the code (issue #12): no import cycles, a small `index/` top level, one door into `index`.

The import graph is read from the source (`ast`), so imports placed inside functions count;
imports under `if TYPE_CHECKING:` do not, since they never run.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import index

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("index", "bot")
MAX_TOP_LEVEL = 12


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _targets(name: str, path: Path, node: ast.Import | ast.ImportFrom, modules: dict[str, Path]) -> set[str]:
    """The project modules one import statement loads (a `from pkg import mod` loads `pkg.mod`)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in modules}
    if node.level:
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        base = package[: len(package) - (node.level - 1)]
        module = ".".join(base + ([node.module] if node.module else []))
    else:
        module = node.module or ""
    out = {f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in modules}
    if module in modules and len(out) < len(node.names):
        out.add(module)
    return out


@functools.cache  # parsed once: two tests read it
def import_graph() -> dict[str, frozenset[str]]:
    modules = _modules()
    graph: dict[str, frozenset[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for node in _imports(tree):
            edges |= _targets(name, path, node, modules)
        graph[name] = frozenset(edges - {name})
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    counter = 0
    low: dict[str, int] = {}
    order: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def strong(v: str) -> None:
        nonlocal counter
        order[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in order:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], order[w])
        if low[v] == order[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in order:
            strong(v)
    return cycles


def test_there_is_no_import_cycle() -> None:
    assert find_cycles(import_graph()) == []


def test_the_checker_sees_a_cycle() -> None:
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_index_top_level_is_small() -> None:
    top = sorted(p.name for p in (ROOT / "index").glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL, top


def test_bot_imports_index_only_through_its_public_names() -> None:
    for path in sorted((ROOT / "bot").rglob("*.py")):
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("index") for a in node.names), path
            elif node.level == 0 and (node.module or "").split(".")[0] == "index":
                assert node.module == "index", f"{path.name}: from {node.module} import …"
                private = [a.name for a in node.names if a.name not in index.__all__]
                assert not private, f"{path.name}: {private} are not in index.__all__"


def test_the_public_names_resolve() -> None:
    for name in index.__all__:
        assert getattr(index, name) is not None, name


def test_a_base_module_imports_none_of_its_implementations() -> None:
    graph = import_graph()
    bases = [name for name in graph if name.endswith(".base")]
    assert bases
    for name in bases:
        package = name.rsplit(".", 1)[0]
        assert not [m for m in graph[name] if m.startswith(package + ".")], name


# index/attribution's parts, each allowed to import only the parts after it in this order
# (`claim` reads a /quote claim and `query` the questions, which checks and answers both read;
# `overstated` the verbs of "did X threaten …?" that query parses and answers judge).
ATTRIBUTION_LAYERS = (
    "answers",
    "checks",
    "claim",
    "query",
    "overstated",
    "quoted_by",
    "extraction",
    "speakers",
)


def test_the_attribution_parts_import_one_way() -> None:
    def part(module: str) -> str | None:
        rest = module.removeprefix("index.attribution.")
        return rest.split(".")[0] if rest != module else None

    for name, targets in import_graph().items():
        mine = part(name)
        if mine is None or mine not in ATTRIBUTION_LAYERS:
            continue
        allowed = set(ATTRIBUTION_LAYERS[ATTRIBUTION_LAYERS.index(mine) :])
        wrong = sorted(t for t in targets if (p := part(t)) is not None and p not in allowed)
        assert not wrong, f"{name} imports {wrong}"


def test_every_attribution_module_sits_in_a_part() -> None:
    here = ROOT / "index" / "attribution"
    parts = {p.stem if p.is_file() else p.name for p in here.iterdir() if p.name != "__pycache__"}
    assert parts - {"__init__"} == set(ATTRIBUTION_LAYERS)


def test_the_retrieval_parts_stand_apart() -> None:
    """`index/retrieval`'s parts (the sentence checks, conflicts, whole-article questions) import
    no other part and, of the retrieval modules beside them, only the shared term weighting."""
    parts = {p.name for p in (ROOT / "index" / "retrieval").iterdir() if (p / "__init__.py").is_file()}
    assert parts == {"checks", "conflicts", "articles"}
    for name, targets in import_graph().items():
        rest = name.removeprefix("index.retrieval.").split(".")
        if rest[0] not in parts or len(rest) < 2:
            continue
        wrong = sorted(
            t
            for t in targets
            if t.startswith("index.retrieval.")
            and not t.startswith(f"index.retrieval.{rest[0]}.")
            and t != "index.retrieval.lexical"
        )
        assert not wrong, f"{name} imports {wrong}"
