"""Where the suite finds validators that do not come from PyPI: the npm packages scripts/test-tools.sh
installs under .tools/ (vnu-jar, axe-core), and Java for the Nu HTML checker."""

import os
import shutil
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / ".tools" / "node_modules"
VNU_JAR = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = TOOLS / "axe-core" / "axe.min.js"


def require(ready, what):
    """Skip with the reason when a tool is missing; under CI=true that is a failure instead."""
    if ready:
        return
    message = f"{what} is missing: run scripts/test-tools.sh"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def vnu_command():
    java = shutil.which("java")
    require(java and VNU_JAR.exists(), "the Nu HTML checker (Java and npm vnu-jar)")
    return [java, "-Xss4m", "-jar", str(VNU_JAR)]
