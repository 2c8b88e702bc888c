"""The production profile refuses to start without its secrets; the dev profile is the default."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _start_django(settings_module, **env):
    return _run(settings_module, [sys.executable, "-c", "import django; django.setup(); print('started')"], **env)


def _run(settings_module, command, **env):
    # DJANGO_ALLOW_ASYNC_UNSAFE: set by the browser tests in this process, refused by check --deploy.
    unset = {
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "TRUSTED_PROXY_COUNT",
        "SITE_URL",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    }
    clean_env = {k: v for k, v in os.environ.items() if k not in unset}
    clean_env.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        command,
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


def _deploy_check(**env):
    production = {
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "training.example.org",
        "SITE_URL": "https://training.example.org",
        **env,
    }
    command = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    return _run("cms.settings.production", command, **production)


def test_deploy_check_warns_when_production_runs_without_a_trusted_proxy_count():
    result = _deploy_check()
    assert result.returncode != 0
    assert "faculty_training.W003" in result.stderr and "TRUSTED_PROXY_COUNT" in result.stderr


@pytest.mark.parametrize("site_url", ["http://127.0.0.1:8000", "http://training.example.org", ""])
def test_deploy_check_warns_when_the_site_address_is_not_a_public_https_one(site_url):
    result = _deploy_check(TRUSTED_PROXY_COUNT="0", SITE_URL=site_url)
    assert result.returncode != 0
    assert "faculty_training.W004" in result.stderr


@pytest.mark.parametrize("count", ["0", "1"])
def test_deploy_check_is_clean_once_the_proxy_count_is_set(count):
    result = _deploy_check(TRUSTED_PROXY_COUNT=count)
    assert result.returncode == 0, result.stderr


def test_production_refuses_a_proxy_count_that_is_not_a_number():
    result = _start_django(
        "cms.settings.production", SECRET_KEY="x" * 60, ALLOWED_HOSTS="training.example.org", TRUSTED_PROXY_COUNT="two"
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXY_COUNT must be a whole number" in result.stderr


@pytest.mark.parametrize(("count", "trusted"), [("0", "None"), ("1", "('HTTP_X_FORWARDED_PROTO', 'https')")])
def test_production_trusts_x_forwarded_proto_only_behind_a_proxy(count, trusted):
    command = [sys.executable, "-c", "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)"]
    env = {"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "training.example.org", "TRUSTED_PROXY_COUNT": count}
    result = _run("cms.settings.production", command, **env)
    assert result.stdout.strip() == trusted, result.stderr
