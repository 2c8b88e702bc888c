"""Issuer signatures in the formats our certificates use, with nothing but ``cryptography``.

- **Keys** of two kinds, chosen per issuer: ECDSA on P-256 (JWS ``alg: ES256``, RFC 7518 §3.4, the
  signature the 64 bytes r‖s) and Ed25519 (``alg: EdDSA``, RFC 8037). The database keeps the public
  key encoded compactly: Ed25519's 32 raw bytes, or P-256's 33-byte compressed point.
- **VC-JWT** (compact JWS, RFC 7515): header.payload.signature, each base64url without padding; the
  signature covers ``header.payload`` as ASCII.
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
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from ..params import json_loads_bounded

ES256, EDDSA = "ES256", "EdDSA"
ALGORITHMS = (ES256, EDDSA)  # JWS names of the key kinds an issuer may choose
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


def private_key_generate(algorithm=ES256):
    if algorithm == ES256:
        return ec.generate_private_key(ec.SECP256R1())
    if algorithm == EDDSA:
        return Ed25519PrivateKey.generate()
    raise ValueError(f"unknown key kind {algorithm!r}")


def private_key_pem(private_key):
    return private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def algorithm_of(key):
    """The JWS ``alg`` of a private or public key, or ValueError for a kind we do not sign with."""
    if isinstance(key, Ed25519PrivateKey | Ed25519PublicKey):
        return EDDSA
    if isinstance(key, ec.EllipticCurvePrivateKey | ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
        return ES256
    raise ValueError("neither an Ed25519 nor a P-256 key")


def private_key_load(pem_bytes):
    key = serialization.load_pem_private_key(pem_bytes, password=None)
    algorithm_of(key)  # refuses any other kind
    return key


def public_key_encoded(key):
    """The public key as the database keeps it: Ed25519 raw (32 bytes), P-256 compressed (33 bytes)."""
    public = key.public_key() if hasattr(key, "private_bytes") else key
    if algorithm_of(public) == EDDSA:
        return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return public.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint)


def public_key_decode(encoded, algorithm):
    if algorithm == EDDSA:
        return Ed25519PublicKey.from_public_bytes(encoded)
    if algorithm == ES256:
        return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), encoded)
    raise SignatureError("unknown key kind")


def public_jwk(public_key, kid):
    """The public key as a JSON Web Key: OKP/Ed25519 (RFC 8037) or EC/P-256 (RFC 7518 §6.2)."""
    if algorithm_of(public_key) == EDDSA:
        x = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return {"kty": "OKP", "crv": "Ed25519", "x": b64url(x), "kid": kid, "alg": EDDSA, "use": "sig"}
    numbers = public_key.public_numbers()
    x, y = (value.to_bytes(32, "big") for value in (numbers.x, numbers.y))
    return {"kty": "EC", "crv": "P-256", "x": b64url(x), "y": b64url(y), "kid": kid, "alg": ES256, "use": "sig"}


def public_key_from_jwk(jwk):
    try:
        if jwk.get("kty") == "OKP" and jwk.get("crv") == "Ed25519":
            return Ed25519PublicKey.from_public_bytes(b64url_decode(jwk["x"]))
        if jwk.get("kty") == "EC" and jwk.get("crv") == "P-256":
            x, y = (int.from_bytes(b64url_decode(jwk[name]), "big") for name in ("x", "y"))
            return ec.EllipticCurvePublicNumbers(x, y, ec.SECP256R1()).public_key()
    except (KeyError, ValueError) as error:
        raise SignatureError("not a usable key") from error
    raise SignatureError("neither an Ed25519 nor a P-256 key")


def sign(private_key, data):
    """The raw signature of ``data``: 64 bytes for both kinds (ES256 as r‖s, as JWS wants it)."""
    if algorithm_of(private_key) == EDDSA:
        return private_key.sign(data)
    r, s = decode_dss_signature(private_key.sign(data, ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def verify(public_key, signature, data):
    """Raises InvalidSignature unless ``signature`` is ``public_key``'s over ``data``."""
    if algorithm_of(public_key) == EDDSA:
        public_key.verify(signature, data)
        return
    if len(signature) != 64:
        raise InvalidSignature
    r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
    public_key.verify(encode_dss_signature(r, s), data, ec.ECDSA(hashes.SHA256()))


# --- compact JWS --------------------------------------------------------------------------------


def jws_sign(payload, private_key, *, kid, typ="JWT", extra_header=None):
    header = {"alg": algorithm_of(private_key), "kid": kid, "typ": typ, **(extra_header or {})}
    signing_input = f"{b64url(canonical_json(header))}.{b64url(canonical_json(payload))}"
    return f"{signing_input}.{b64url(sign(private_key, signing_input.encode('ascii')))}"


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
    # The key decides the algorithm; a header naming another one is refused (no algorithm confusion).
    if header.get("alg") != algorithm_of(public_key):
        raise SignatureError("unexpected algorithm")
    head, body, signature = token.split(".")
    try:
        verify(public_key, b64url_decode(signature), f"{head}.{body}".encode("ascii"))
        return json_loads_bounded(b64url_decode(body))
    except (InvalidSignature, ValueError) as error:
        raise SignatureError("signature does not match") from error


# --- QR payload -------------------------------------------------------------------------------


def qr_payload_sign(verify_url, fields, private_key):
    """``verify_url?p=…&s=…``: the fields and the address, signed together."""
    unsigned = f"{verify_url}?p={b64url(canonical_json(fields))}"
    return f"{unsigned}&s={b64url(sign(private_key, unsigned.encode('utf-8')))}"


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
        verify(public_key, signature, signing_input)
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
