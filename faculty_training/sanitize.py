"""The one place that cleans user-supplied HTML (session feedback comments), with bleach.

bleach's maintainers have announced it gets no further releases, so it is imported here and
nowhere else: replacing it means changing this module, whose behaviour the tests pin down.
Allowed: bold, italics, paragraphs, line breaks, lists and links (http, https, mailto only);
every link gets rel="nofollow noopener". Everything else is escaped or removed.
"""

import re

import bleach
from bleach.linkifier import LinkifyFilter

from .conf import app_settings

ALLOWED_TAGS = frozenset({"a", "b", "strong", "i", "em", "p", "br", "ul", "ol", "li"})
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
HTML_TAG = re.compile(r"<(?:{})[\s/>]".format("|".join(sorted(ALLOWED_TAGS))), re.IGNORECASE)


def _link_rel(attrs, new=False):
    attrs[(None, "rel")] = "nofollow noopener"
    return attrs


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[lambda source: LinkifyFilter(source, callbacks=[_link_rel], skip_tags={"pre", "code"}, parse_email=False)],
)


def clean_comment_html(value):
    """Safe HTML for a feedback comment: the allowlist above, links made nofollow noopener."""
    if not value:
        return ""
    text = str(value)[: app_settings.FEEDBACK_MAX_LENGTH].strip()
    if not HTML_TAG.search(text):  # typed in the plain comment box: its line breaks are kept
        text = text.replace("\r\n", "\n").replace("\n", "<br>")
    return _cleaner.clean(text).strip()
