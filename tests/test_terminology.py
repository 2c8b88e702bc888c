"""Every catalog uses the glossary's terms (docs/glossary.md), so the next string added cannot drift.

The glossary's table is the one source: its renderings are the accepted ones, its avoid column the
misleading ones. See the glossary's introduction for how the table is read.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "docs" / "glossary.md"
LANGUAGES = ("ur", "kk", "ru")
CATALOGS = [
    *sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po")),
    *sorted(ROOT.glob("faculty_training/locale/*/LC_MESSAGES/django.po")),
]
ENGLISH_ENDINGS = r"(?:s|es|d|ed|ing|ment|ments|led|ling|ion|ions)?"
LETTERS = r"[^\W\d_]"


@dataclass
class Term:
    english: str
    renderings: dict = field(default_factory=dict)  # language -> [rendering, ...]
    avoid: list = field(default_factory=list)  # [(language, rendering, anywhere)]

    @property
    def pattern(self):
        words = [re.escape(word) for word in re.split(r"[\s-]+", self.english)]
        flags = 0 if self.english[:1].isupper() else re.IGNORECASE
        return re.compile(r"\b" + r"[\s-]+".join(words) + ENGLISH_ENDINGS + r"\b", flags)


def _cells(line):
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _without_notes(text):
    return re.sub(r"\([^)]*\)", "", text).strip()


def _alternatives(cell):
    parts = [_without_notes(part) for part in re.split(r" / |, ", cell)]
    return [part for part in parts if part and not re.search(r"[A-Za-z]", part)]


def _avoid_items(cell):
    items = []
    for item in cell.split(";"):
        match = re.match(r"\s*(ur|kk|ru)\s+«([^»]+)»(.*)", item)
        if match:
            items.append((match.group(1), match.group(2), "anywhere" in match.group(3)))
    return items


def read_glossary(text):
    """The glossary's terms, one per English term (rows with `a / b` pair up with their renderings)."""
    lines = [line for line in text.splitlines() if line.startswith("|")]
    header = [cell.lower() for cell in _cells(lines[0])]
    column = {name: header.index(name) for name in ("term", "urdu", "kazakh", "russian", "avoid")}
    languages = {"ur": "urdu", "kk": "kazakh", "ru": "russian"}
    terms = []
    for line in lines[2:]:
        cells = _cells(line)
        with_word = re.search(r"\(with (\w+)\)", cells[column["term"]])
        not_phrases = re.findall(r'\(not "([^"]+)"\)', cells[column["term"]])
        english_cell = _without_notes(cells[column["term"]])
        slash_parts = [part.strip() for part in english_cell.split(" / ")]
        avoid = _avoid_items(cells[column["avoid"]])
        for index, part in enumerate(slash_parts):
            for english in [word.strip() for word in part.split(",") if word.strip()]:
                term = Term(english, avoid=avoid)
                term.with_word = with_word.group(1) if with_word else None
                term.not_phrases = [phrase.lower() for phrase in not_phrases]
                for language, name in languages.items():
                    cell = cells[column[name]]
                    pieces = cell.split(" / ")
                    if len(slash_parts) > 1 and len(pieces) == len(slash_parts):
                        cell = pieces[index]
                    term.renderings[language] = _alternatives(cell)
                terms.append(term)
    return terms


def _stem(word):
    return word if len(word) <= 4 else word[: max(4, round(len(word) * 0.6))]


def renders(msgstr, rendering):
    """Whether ``rendering`` (any inflection of each of its longer words) is in ``msgstr``."""
    words = [word for word in re.findall(LETTERS + "+", rendering) if len(word) >= 4 or word.isupper()]
    if not words:
        return rendering.casefold() in msgstr.casefold()
    return all(re.search(r"(?<!\w)" + re.escape(_stem(word)), msgstr, re.IGNORECASE) for word in words)


def avoided(msgstr, rendering):
    if rendering.endswith("…"):
        return re.search(r"(?<!\w)" + re.escape(rendering[:-1]), msgstr, re.IGNORECASE) is not None
    return re.search(r"(?<!\w)" + re.escape(rendering) + r"(?!\w)", msgstr, re.IGNORECASE) is not None


def _entries(path):
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        # A context names the sense ("question: feedback" is not feedback on a session).
        english = " ".join(
            filter(None, [f"{entry.msgctxt}:" if entry.msgctxt else "", entry.msgid, entry.msgid_plural])
        )
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for text in translations:
            if text:
                yield english, text


def problems_in(entries, language, terms):
    """Each (msgid, reason) where the catalog of ``language`` leaves the glossary."""
    found = []
    for english, text in entries:
        plain = re.sub(r"<[^>]+>|%\(\w+\)[sd]|\{\{[^}]*\}\}|\{[^}]*\}", " ", english)
        for term in terms:
            names_term = (
                term.pattern.search(plain)
                and (not term.with_word or term.with_word in plain.lower())
                and not any(phrase in plain.lower() for phrase in term.not_phrases)
            )
            for avoid_language, rendering, anywhere in term.avoid:
                if avoid_language == language and (anywhere or names_term) and avoided(text, rendering):
                    found.append((english, f"«{rendering}» is to be avoided ({term.english})"))
            accepted = term.renderings.get(language)
            kept_in_english = term.pattern.search(text)
            if names_term and accepted and not kept_in_english and not any(renders(text, r) for r in accepted):
                found.append((english, f"{term.english!r} is not rendered as any of {accepted}"))
    return sorted(set(found))


TERMS = read_glossary(GLOSSARY.read_text())


def test_the_glossary_table_is_read():
    english = {term.english for term in TERMS}
    assert {"certificate", "enrol", "session", "Present", "Absent", "CPD", "transcript"} <= english
    present = next(term for term in TERMS if term.english == "Present")
    assert present.renderings["ru"] == ["Присутствие"]
    assert ("kk", "тіркел…", False) in next(term for term in TERMS if term.english == "enrol").avoid


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: str(path.relative_to(ROOT)))
def test_catalog_keeps_to_the_glossary(path):
    language = path.parts[-3]
    problems = problems_in(_entries(path), language, TERMS)
    assert not problems, f"{len(problems)} entries leave docs/glossary.md:\n" + "\n".join(
        f"  {english[:90]!r}: {reason}" for english, reason in problems
    )


def test_the_check_catches_misleading_and_inconsistent_renderings():
    entries = [
        ("This certificate was revoked.", "Бұл сертификат кері қайтарылды."),
        ("Enrol", "Тіркелу"),
        ("Sessions", "Оқулар"),
        ("Present", "Қатысты"),
        ("Your session starts at 10:00.", "Сіздің сабағыңыз 10:00-де басталады."),
    ]
    reasons = [reason for _, reason in problems_in(entries, "kk", TERMS)]
    assert any("қайтарылды" in reason for reason in reasons)
    assert any("тіркел" in reason for reason in reasons)
    assert any("'session'" in reason for reason in reasons)
    assert len([english for english, _ in problems_in(entries, "kk", TERMS) if english == "Present"]) == 0
    assert not [english for english, _ in problems_in(entries, "kk", TERMS) if english.startswith("Your session")]
    russian = [("Attendance statuses: Present", "Статусы: Присутствовал"), ("12 CPD hours", "12 часов НМО")]
    assert len(problems_in(russian, "ru", TERMS)) >= 3
