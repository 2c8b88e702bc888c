"""JSON Schemas of the Open Badges 3.0 data model, built from 1EdTech's own model source.

1EdTech generates its published OB 3.0 JSON Schemas from the model files of its specification
repository. We keep that source (``openbadges/common_credentials.lines``, with 1EdTech's licence
and where it came from in ``openbadges/README.md``) and turn it into schemas the same way: each
class an object whose ``required`` are the properties of multiplicity 1 or more, arrays where a
property may repeat (``array-compacted``: one value or an array), the ``contains``/``equals``/
``items`` constraints, enumerations (extensible ones also take ``ext:`` terms) and the classes a
class extends. Properties the model does not name are allowed (the ``Extensions`` mixin).

So the test holds our credentials to the model 1EdTech wrote, not to our reading of the prose.
"""

import re
from functools import cache
from pathlib import Path

MODEL = Path(__file__).parent / "openbadges" / "common_credentials.lines"

_CLASS = re.compile(r"^\s*(Class|Include)\s+(\S+)(?:\s+(\S+)\s+(?:true|false)\s+\[([^\]]*)\])?")
_PROPERTY = re.compile(r"^\s*Property\s+(\S+)\s+(\S+)\s+(\S+)(\s+array-compacted)?")
_CONSTRAINT = re.compile(r"^\s*Constraint\s+(contains|equals|items)\s+(.+?)\s*$")
_PATTERN = re.compile(r'"v:(.+)"')

_STRINGS = {
    "String", "NormalizedString", "ASCIIString", "Markdown", "Language", "LanguageCode", "Namespace",
    "BaseTerm", "Term", "Identifier", "CountryCode", "EmailAddress", "PhoneNumber", "UUID", "URI", "IRI", "URL",
}  # fmt: skip
_PRIMITIVES = {
    **{name: {"type": "string"} for name in _STRINGS},
    "DateTime": {"type": "string", "format": "date-time"},
    "DateTimeZ": {"type": "string", "format": "date-time"},
    "Date": {"type": "string", "format": "date"},
    "Boolean": {"type": "boolean"},
    "Float": {"type": "number"},
    "Integer": {"type": "integer"},
    "NumericDate": {"type": "integer"},
    "NonNegativeInteger": {"type": "integer", "minimum": 0},
    "PositiveInteger": {"type": "integer", "minimum": 1},
}
_EXTENSION_TERM = r"^ext:[a-zA-Z0-9.\-_]+$"


def _parse():
    """{class name: {"kind", "bases", "properties": [(name, type, multiplicity, compacted, constraints)]}}"""
    classes, current, prop = {}, None, None
    for line in MODEL.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("//") or not line.strip():
            continue
        if match := _CLASS.match(line):
            keyword, name, kind, bases = match.groups()
            current = classes.setdefault(
                name,
                {
                    "kind": kind or "Include",
                    "bases": [base.strip() for base in (bases or "").split(",") if base.strip()],
                    "properties": [],
                    "pattern": None,
                },
            )
            prop = None
        elif re.match(r"^\s*(Package|Includes|Model)\b", line):
            current = prop = None
        elif current is not None and (match := _PROPERTY.match(line)):
            name, kind, multiplicity, compacted = match.groups()
            if current["kind"] == "DerivedType" and name == "pattern" and (pattern := _PATTERN.search(line)):
                current["pattern"] = pattern.group(1).replace("\\\\", "\\")
                continue
            prop = [name, kind, multiplicity, bool(compacted), []]
            current["properties"].append(prop)
        elif prop is not None and (match := _CONSTRAINT.match(line)):
            prop[4].append(match.groups())
    return classes


def _list(text):
    text = text.strip()
    if not text.startswith("["):
        return [text]
    return [item.strip() for item in text[1:-1].split(", ")]


def _item_schema(value):
    if value.startswith("/") and value.endswith("/"):
        return {"type": "string", "pattern": value[1:-1].replace("\\/", "/")}
    return {"const": value}


def _type_schema(classes, kind):
    if kind in _PRIMITIVES:
        return dict(_PRIMITIVES[kind])
    definition = classes.get(kind)
    if definition is None:
        return {}  # a class of 1EdTech's common data model that this file does not describe
    if definition["kind"] == "DerivedType":
        schema = {"type": "string"}
        if definition["pattern"]:
            schema["pattern"] = definition["pattern"]
        return schema
    if definition["kind"] in ("Enumeration", "EnumExt") or (definition["kind"] == "Include" and kind.endswith("Enum")):
        terms = [name for name, *_rest in definition["properties"]]
        if definition["kind"] == "Enumeration":
            return {"type": "string", "enum": terms}
        return (
            {"type": "string", "anyOf": [{"enum": terms}, {"pattern": _EXTENSION_TERM}]}
            if terms
            else {"type": "string"}
        )
    if definition["kind"] == "EmbeddedSelection":
        return {
            "oneOf": [
                _type_schema(classes, base) if base != "Map" else {"type": "object"} for base in definition["bases"]
            ]
        }
    return {"$ref": f"#/$defs/{kind}"}


def _property_schema(classes, kind, multiplicity, compacted, constraints):
    single = _type_schema(classes, kind)
    lower, _dots, upper = multiplicity.partition("..")
    repeats = upper == "*"
    singles, arrays = [], []
    for name, value in constraints:
        values = _list(value)
        if name == "items":
            arrays.append({"prefixItems": [_item_schema(item) for item in values]})
        else:  # contains / equals: the value (or one of the values) must be there
            wanted = {"const": values[0]} if len(values) == 1 else {"enum": values}
            singles.append(wanted)
            arrays.append({"contains": wanted})
    one = {"allOf": [single, *singles]} if singles else single
    if not repeats:
        return one
    array = {"type": "array", "items": single, "minItems": max(int(lower), 1) if lower != "0" else 0}
    if arrays:
        array = {"allOf": [array, *arrays]}
    return {"oneOf": [one, array]} if compacted else array


def _class_schema(classes, name, seen=()):
    definition = classes[name]
    properties, required = {}, []
    for base in definition["bases"]:
        if base in classes and classes[base]["kind"] in ("Unordered", "Include") and base not in seen:
            inherited = _class_schema(classes, base, (*seen, name))
            properties.update(inherited["properties"])
            required += inherited["required"]
    for prop_name, kind, multiplicity, compacted, constraints in definition["properties"]:
        properties[prop_name] = _property_schema(classes, kind, multiplicity, compacted, constraints)
        if prop_name in required and multiplicity.startswith("0"):
            required.remove(prop_name)
        if not multiplicity.startswith("0") and prop_name not in required:
            required.append(prop_name)
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": True}


@cache
def schema_for(class_name):
    """A JSON Schema (2020-12) for one class of the model, with every class it refers to in $defs."""
    classes = _parse()
    defs = {
        name: _class_schema(classes, name)
        for name, definition in classes.items()
        if definition["kind"] in ("Unordered", "Include") and not name.endswith("Enum")
    }
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": f"#/$defs/{class_name}", "$defs": defs}
