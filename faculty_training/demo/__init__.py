"""Demo content of the plugin, built in code and safe to run again (it updates, never duplicates)."""

from .builders import DEMO_PASSWORD, demo_content_load

__all__ = ["DEMO_PASSWORD", "demo_content_load"]
