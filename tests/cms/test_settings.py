"""The production profile refuses to start without its secrets; the dev profile is the default."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _start_django(settings_module, **env):
    clean_env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}}
    clean_env.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _start_django("cms.settings.production", ALLOWED_HOSTS="training.example.org")
    assert result.returncode != 0
    assert "The SECRET_KEY environment variable is required in production." in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _start_django("cms.settings.production", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_its_environment():
    result = _start_django("cms.settings.production", SECRET_KEY="x" * 60, ALLOWED_HOSTS="training.example.org")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_manage_py_defaults_to_dev_settings():
    text = (ROOT / "manage.py").read_text()
    assert 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")' in text


@pytest.mark.parametrize("module", ["cms.settings.dev", "cms.settings.test"])
def test_non_production_profiles_allow_demo_content(module):
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.DEMO_CONTENT_ALLOWED)"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": module},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "True"
