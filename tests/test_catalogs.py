"""Shipped catalogs are complete, not fuzzy, use each language's plural forms, and are compiled."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGS = sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po")) + sorted(
    ROOT.glob("faculty_training/locale/*/LC_MESSAGES/django.po")
)
NPLURALS = {"ru": 3, "kk": 2, "ur": 2}


def test_every_language_has_site_and_plugin_catalogs():
    languages = {
        (path.parts[-5] if path.parts[-5] == "faculty_training" else "site", path.parts[-3]) for path in CATALOGS
    }
    assert languages == {(part, lang) for part in ("site", "faculty_training") for lang in ("ur", "kk", "ru")}


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalog_is_complete_and_not_fuzzy(po_path):
    po = polib.pofile(str(po_path))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert not po.metadata_is_fuzzy
    language = po_path.parts[-3]
    assert f"nplurals={NPLURALS[language]};" in po.metadata["Plural-Forms"]
    for entry in po.translated_entries():
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == NPLURALS[language]
        assert entry.msgstr != entry.msgid or entry.msgid.strip().startswith("%") or len(entry.msgid) <= 3, entry.msgid


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_catalog_matches_source(po_path):
    po = polib.pofile(str(po_path))
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural)) for e in mo if e.msgid}
    source = {
        (e.msgctxt, e.msgid): (e.msgstr, {int(k): v for k, v in e.msgstr_plural.items()})
        for e in po.translated_entries()
    }
    assert compiled == source
