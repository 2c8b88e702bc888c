"""The plugin is reusable: nothing in faculty_training imports the host site."""

import ast
from pathlib import Path

PLUGIN = Path(__file__).resolve().parents[1] / "faculty_training"


def _imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_faculty_training_never_imports_cms():
    offenders = [
        f"{path.relative_to(PLUGIN.parent)}: {module}"
        for path in PLUGIN.rglob("*.py")
        for module in _imported_modules(path)
        if module == "cms" or module.startswith("cms.")
    ]
    assert offenders == []


def test_boundary_check_sees_an_import_of_cms(tmp_path):
    offender = tmp_path / "bad.py"
    offender.write_text("from cms.home.models import HomePage\n")
    assert list(_imported_modules(offender)) == ["cms.home.models"]
