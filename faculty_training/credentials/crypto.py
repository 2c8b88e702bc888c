"""Ed25519 signatures in the formats our certificates use, with nothing but ``cryptography``.

- **VC-JWT** (compact JWS, RFC 7515, ``alg: EdDSA`` per RFC 8037): header.payload.signature, each
  base64url without padding; the signature covers ``header.payload`` as ASCII.
- **QR payload**: ``<verify URL>?p=<base64url JSON>&s=<base64url signature>``; the signature covers
  everything before ``&s=``, so the verify address is signed too.
- **Bitstring Status List** (W3C, v1.0): a GZIP-compressed bitstring, multibase base64url (``u``
  prefix); bit 0 is the most significant bit of the first byte.

Everything here is deterministic and side-effect free, so verifiers (ours and the README recipe)
and tests use exactly the same rules as the signer.
"""

import base64
import gzip
import json

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..params import json_loads_bounded

STATUS_LIST_MIN_BITS = 131_072  # 16 KB: the specification's minimum, for group privacy


class SignatureError(ValueError):
    """The signature does not match, or the token is not well formed."""


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text):
    if not isinstance(text, str) or any(char in text for char in "=+/ \n"):
        raise SignatureError("not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as error:
        raise SignatureError("not base64url") from error
    # Canonical only: a changed last character whose extra bits decoders ignore is still a change.
    if b64url(data) != text:
        raise SignatureError("not canonical base64url")
    return data


def canonical_json(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


# --- keys -------------------------------------------------------------------------------------


def private_key_generate():
    return Ed25519PrivateKey.generate()


def private_key_pem(private_key):
    return private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def private_key_load(pem_bytes):
    key = serialization.load_pem_private_key(pem_bytes, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    return key


def public_key_raw(key):
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_jwk(raw_public_key, kid):
    """The public key as a JSON Web Key (RFC 8037: OKP, Ed25519)."""
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw_public_key), "kid": kid, "alg": "EdDSA", "use": "sig"}


def public_key_from_jwk(jwk):
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519":
        raise SignatureError("not an Ed25519 key")
    return Ed25519PublicKey.from_public_bytes(b64url_decode(jwk["x"]))


# --- compact JWS --------------------------------------------------------------------------------


def jws_sign(payload, private_key, *, kid, typ="JWT", extra_header=None):
    header = {"alg": "EdDSA", "kid": kid, "typ": typ, **(extra_header or {})}
    signing_input = f"{b64url(canonical_json(header))}.{b64url(canonical_json(payload))}"
    return f"{signing_input}.{b64url(private_key.sign(signing_input.encode('ascii')))}"


def jws_header(token):
    """The unverified header (to find the key id); raises SignatureError if malformed."""
    parts = token.split(".") if isinstance(token, str) else []
    if len(parts) != 3:
        raise SignatureError("not a compact JWS")
    try:
        header = json_loads_bounded(b64url_decode(parts[0]))
    except ValueError as error:  # not UTF-8, not JSON, or nested absurdly deep
        raise SignatureError("bad header") from error
    if not isinstance(header, dict):
        raise SignatureError("bad header")
    return header


def jws_verify(token, public_key):
    """The payload of ``token`` if ``public_key`` signed it; SignatureError otherwise."""
    header = jws_header(token)
    if header.get("alg") != "EdDSA":
        raise SignatureError("unexpected algorithm")
    head, body, signature = token.split(".")
    try:
        public_key.verify(b64url_decode(signature), f"{head}.{body}".encode("ascii"))
        return json_loads_bounded(b64url_decode(body))
    except (InvalidSignature, ValueError) as error:
        raise SignatureError("signature does not match") from error


# --- QR payload -------------------------------------------------------------------------------


def qr_payload_sign(verify_url, fields, private_key):
    """``verify_url?p=…&s=…``: the fields and the address, signed together."""
    unsigned = f"{verify_url}?p={b64url(canonical_json(fields))}"
    return f"{unsigned}&s={b64url(private_key.sign(unsigned.encode('utf-8')))}"


def qr_payload_read(text):
    """(verify URL, fields, signing input, signature) of a scanned payload, not yet verified."""
    text = (text or "").strip()
    unsigned, separator, signature = text.rpartition("&s=")
    url, marker, encoded = unsigned.partition("?p=")
    if not separator or not marker or not url:
        raise SignatureError("not a certificate payload")
    try:
        fields = json_loads_bounded(b64url_decode(encoded))
    except ValueError as error:
        raise SignatureError("not a certificate payload") from error
    if not isinstance(fields, dict):
        raise SignatureError("not a certificate payload")
    return url, fields, unsigned.encode("utf-8"), b64url_decode(signature)


def qr_payload_verify(text, public_key):
    url, fields, signing_input, signature = qr_payload_read(text)
    try:
        public_key.verify(signature, signing_input)
    except InvalidSignature as error:
        raise SignatureError("signature does not match") from error
    return url, fields


# --- Bitstring Status List ----------------------------------------------------------------------


def status_list_encode(set_indexes, size=STATUS_LIST_MIN_BITS):
    bits = bytearray(size // 8)
    for index in set_indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + b64url(gzip.compress(bytes(bits), mtime=0))


def status_list_bit(encoded_list, index):
    if not encoded_list.startswith("u"):
        raise SignatureError("not a multibase base64url list")
    bits = gzip.decompress(b64url_decode(encoded_list[1:]))
    if index < 0 or index >= len(bits) * 8:
        raise SignatureError("index outside the list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))
