"""Finds English left in pages that should be entirely Urdu, Kazakh or Russian.

Visible text (and the text people meet in placeholder, title, aria-label, alt and button
values) is split into words; a word in Latin letters is a leak unless it sits inside an element
marked ``translate="no"`` (names, codes, e-mail addresses, the language switcher), or is on the
short, reviewed allowlist below.
"""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

# Brand names, file formats, standards and abbreviations kept in Latin letters in all languages.
ALLOWLIST = frozenset(
    word.upper()
    for word in {
        "PK",
        "KZ",
        "PDF",
        "CSV",
        "XLSX",
        "ZIP",
        "QR",
        "URL",
        "UTF",
        "OSCE",
        "PMDC",
        "DOPS",
        "CEX",
        "Mini",
        "DMFT",
        "YouTube",
        "Vimeo",
        "WHO",
        "Windows",
        "OK",
        "ID",
        "API",
        "HTML",
        "UTC",
        "CPD",
        "MINI-CEX",
        "PPM",
        "JSON",
    }
)
SKIP_TAGS = {"head", "script", "style", "noscript", "svg", "template", "code"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TEXT_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
URLISH = re.compile(r"\S*(?:https?://|www\.|@|\.org|\.com|/)\S*")


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # True for elements whose content is skipped
        self.chunks = []

    def _skipping(self):
        return any(self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        skip = tag in SKIP_TAGS or attributes.get("translate") == "no" or self._skipping()
        if not skip:
            for name in TEXT_ATTRIBUTES:
                if attributes.get(name):
                    self.chunks.append(attributes[name])
            if tag == "input" and attributes.get("type") in ("submit", "button") and attributes.get("value"):
                self.chunks.append(attributes["value"])
        if tag not in VOID_TAGS:
            self.stack.append(skip)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.stack:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag not in VOID_TAGS and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self._skipping() and data.strip():
            self.chunks.append(data)


def visible_text(html):
    """The text a reader meets in ``html``, outside untranslatable (translate="no") elements."""
    parser = _VisibleText()
    parser.feed(html)
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    return ([title.group(1)] if title else []) + parser.chunks


def leaked_words(html, allowlist=ALLOWLIST):
    """Latin-letter words of the page that are neither allowlisted nor marked untranslatable."""
    leaks = []
    for chunk in visible_text(html):
        for token in TOKEN.findall(URLISH.sub(" ", chunk)):
            word = token.strip("'’-")
            # Tokens with digits are codes, serials, dates and model names (R2C2), not words.
            if not word or any(char.isdigit() for char in word) or word.upper() in allowlist:
                continue
            leaks.append(word)
    return leaks


def crawl(client, language, seeds, *, skip, limit, seen, keep_query=True):
    """(address, html) of each HTML page in ``language`` that ``client`` reaches from ``seeds`` by
    same-site links; every address opened is added to ``seen`` (at most ``limit``); addresses
    matching ``skip`` are not opened."""
    queue = deque(seeds)
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen or not url.startswith(f"/{language}/") or skip.search(url.split("?")[0]):
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        yield url, html
        for href in re.findall(r'href="([^"#]+)"', html):
            parts = urlsplit(urljoin(url, href.replace("&amp;", "&")))
            if parts.netloc in ("", "testserver"):
                link = parts.path + (f"?{parts.query}" if keep_query and parts.query else "")
                if link not in seen:
                    queue.append(link)
