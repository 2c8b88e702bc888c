"""The private storage of generated personal files, and how to tell whether it is really private.

Files generated about people (certificate ZIPs, transcripts, exports) never go to the default
storage, which serves Wagtail's images and documents publicly under MEDIA_URL. They go to the
``STORAGES`` alias named by ``FACULTY_TRAINING_PRIVATE_STORAGE`` and are handed out only by the
checked view in ``views/files.py``.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, InMemoryStorage, InvalidStorageError, storages

from .conf import app_settings


class PrivateFileSystemStorage(FileSystemStorage):
    """A directory of private files: it has no URL, so no template or admin widget can link to it."""

    def url(self, name):
        raise ValueError("Private files have no public URL; they are served by the generated-file view.")


def private_storage():
    return storages[app_settings.PRIVATE_STORAGE]


def _place(storage):
    """Where a storage keeps its files, comparable across aliases, or None if nothing is shared.

    Local directories compare as resolved paths; object storage (django-storages and the like)
    as (bucket, key prefix). Each InMemoryStorage instance is its own world.
    """
    bucket = getattr(storage, "bucket_name", None) or getattr(storage, "azure_container", None)
    if bucket:
        return ("bucket", str(bucket), str(getattr(storage, "location", "") or "").strip("/"))
    if isinstance(storage, InMemoryStorage):
        return None
    if isinstance(storage, FileSystemStorage):
        return ("directory", Path(storage.location).resolve())
    return None


def _contains(outer, inner):
    """Whether place ``inner`` is ``outer`` or lies inside it."""
    if outer is None or inner is None or outer[0] != inner[0]:
        return False
    if outer[0] == "directory":
        return inner[1] == outer[1] or outer[1] in inner[1].parents
    if outer[1] != inner[1]:
        return False
    return not outer[2] or inner[2] == outer[2] or inner[2].startswith(outer[2] + "/")


def private_storage_problems():
    """Sentences (for a system check) saying why the private storage may be reachable publicly."""
    alias = app_settings.PRIVATE_STORAGE
    try:
        private = storages[alias]
    except InvalidStorageError:
        return [f"STORAGES has no {alias!r} alias (FACULTY_TRAINING_PRIVATE_STORAGE): generated files cannot be kept."]
    problems = []
    place = _place(private)
    public_places = {"the default storage": _place(storages["default"])}
    if getattr(settings, "MEDIA_ROOT", ""):
        public_places["MEDIA_ROOT"] = ("directory", Path(settings.MEDIA_ROOT).resolve())
    if getattr(settings, "STATIC_ROOT", ""):
        public_places["STATIC_ROOT"] = ("directory", Path(settings.STATIC_ROOT).resolve())
    seen = []
    for label, public in public_places.items():
        if public in seen:  # MEDIA_ROOT is usually the default storage's directory: say it once
            continue
        seen.append(public)
        if _contains(public, place) or _contains(place, public):
            problems.append(f"STORAGES[{alias!r}] keeps its files in or around {label}, which is served publicly.")
    if alias == "default" or private is storages["default"]:
        problems.append(f"STORAGES[{alias!r}] is the default (public) storage.")
    # Object storage that would hand out public or unsigned links.
    if str(getattr(private, "default_acl", "") or "").startswith("public"):
        problems.append(f"STORAGES[{alias!r}] uploads with a public ACL; use a private bucket and ACL.")
    if getattr(private, "bucket_name", None) and getattr(private, "querystring_auth", True) is False:
        problems.append(f"STORAGES[{alias!r}] makes unsigned URLs (querystring_auth=False); keep them signed.")
    if getattr(private, "custom_domain", None):
        problems.append(f"STORAGES[{alias!r}] has a custom (public) domain; private files must not have one.")
    return problems
