"""Builds the demo site: the home page, then the plugin's demo content. Safe to run twice."""

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from cms.home.models import HomePage
from faculty_training.demo import DEMO_PASSWORD, demo_content_load
from faculty_training.demo.builders import demo_home_texts


class Command(BaseCommand):
    help = "Load the demo content and demo logins (development only; safe to run again)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("load_demo is for development only and refuses to run with these settings.")
        with transaction.atomic(), translation.override("en"):
            home = self._ensure_home_page()
            users = demo_content_load(home)
        cache.clear()  # site root paths are cached per language
        site = settings.FACULTY_TRAINING_SITE_URL.rstrip("/")
        self.stdout.write(self.style.SUCCESS(f"Demo content is ready at {site}/"))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for username, user in users.items():
            groups = ", ".join(user.groups.values_list("name", flat=True)) or "faculty member"
            self.stdout.write(f"  {username:<16} {groups}")

    def _ensure_home_page(self):
        texts = demo_home_texts()
        home = HomePage.objects.first()
        root = Page.get_first_root_node()
        if home is None:
            home = HomePage(slug="home")
            self._fill(home, texts)
            root.add_child(instance=home)
        else:
            self._fill(home, texts)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        old_root_id = site.root_page_id
        site.hostname, site.port, site.site_name = "localhost", 80, texts["title"]["en"]
        site.root_page = home
        site.save()
        if old_root_id and old_root_id != home.pk:
            # Wagtail's placeholder "Welcome" page, replaced by ours.
            Page.objects.filter(pk=old_root_id, depth=2).exclude(pk=home.pk).delete()
        return home

    @staticmethod
    def _fill(home, texts):
        for field_name, values in texts.items():
            for language, value in values.items():
                setattr(home, build_localized_fieldname(field_name, language), value)
        home.title = texts["title"]["en"]
