"""The packages show the pipeline, and no stage imports a later one (imports read from the source)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"

# Lowest first. A module may import its own layer and any layer below it, never one above.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"errors", "models", "text", "state", "config"}),
    frozenset({"collect"}),
    frozenset({"feeds"}),
    frozenset({"dedupe"}),
    frozenset({"figures"}),
    frozenset({"writeup"}),
    frozenset({"render"}),
    frozenset({"build"}),
    frozenset({"deliver"}),
    frozenset({"cli", "__main__"}),
)
STAGES = ("collect", "feeds", "dedupe", "figures", "writeup", "render", "deliver", "config", "cli", "text")


def layer_of(top: str) -> int:
    return next(i for i, names in enumerate(LAYERS) if top in names)


def briefing_imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every `briefing.…` import in the file, lazy ones inside functions too."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("briefing"):
            names = [node.module] if node.module != "briefing" else [f"briefing.{a.name}" for a in node.names]
            found += [(node.lineno, n) for n in names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("briefing.")]
    return found


def top_of(module: str) -> str | None:
    """The package or top-level module of `briefing` that `module` lies in (None for `briefing` itself)."""
    parts = module.split(".")
    if len(parts) < 2 or not ((PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").is_file()):
        return None  # `from briefing import __version__`
    return parts[1]


def test_no_stage_imports_a_later_one() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if own == "__init__":
            continue
        for line, module in briefing_imports(path):
            target = top_of(module)
            if target and target != "__init__" and layer_of(target) > layer_of(own):
                upward.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({own}) imports {module}")
    assert not upward, "imports that run back up the pipeline:\n" + "\n".join(upward)


def test_every_module_belongs_to_a_known_layer_and_each_stage_is_a_package() -> None:
    tops = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in PACKAGE.glob("*") if p.name != "__pycache__"}
    tops.discard("__init__")
    assert tops <= set().union(*LAYERS), f"modules in no layer: {tops - set().union(*LAYERS)}"
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file(), f"briefing/{stage}/ is not a package"


def test_the_check_itself_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text("import briefing.text\n\ndef f():\n    from briefing.deliver.send import send\n")
    assert sorted(top_of(m) or "" for _, m in briefing_imports(module)) == ["deliver", "text"]
    assert layer_of("deliver") > layer_of("figures")
