"""The documentation stays true: the two commands first, every link resolves, every setting listed."""

import re
from pathlib import Path

from faculty_training.conf import DEFAULTS

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_the_readme_starts_with_the_two_commands_and_stays_short():
    text = (ROOT / "README.md").read_text()
    first_block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in first_block.splitlines()] == [["make", "run"], ["make", "test"]]
    assert len(text.encode()) < 8_000


def test_every_link_between_the_guides_resolves():
    for page in DOCS:
        for target in re.findall(r"\]\(([^)#:]+\.(?:md|png))(?:#[^)]*)?\)", page.read_text()):
            assert (page.parent / target).exists(), f"{page.name} links to a missing {target}"


def test_every_plugin_setting_is_documented_with_its_default():
    table = (ROOT / "docs" / "configuration.md").read_text()
    missing = [name for name in DEFAULTS if f"`FACULTY_TRAINING_{name}`" not in table]
    assert not missing, missing


def test_every_management_command_is_documented():
    guide = (ROOT / "docs" / "development.md").read_text()
    commands = [path.stem for path in (ROOT / "faculty_training" / "management" / "commands").glob("[!_]*.py")]
    commands += [path.stem for path in (ROOT / "cms").rglob("management/commands/[!_]*.py")]
    missing = [name for name in commands if name not in guide]
    assert not missing, missing
