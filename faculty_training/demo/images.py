"""Images for the demo, drawn locally with Pillow (no downloads), and stored once by title."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model


def _hex_to_rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


def draw_cover(colour, seed, size=(1200, 400)):
    """A calm abstract cover: a colour field with soft circles (deterministic for a seed)."""
    base = _hex_to_rgb(colour)
    image = PILImage.new("RGB", size, base)
    draw = ImageDraw.Draw(image, "RGBA")
    rng = random.Random(seed)
    for _ in range(14):
        radius = rng.randint(40, 220)
        x, y = rng.randint(0, size[0]), rng.randint(0, size[1])
        shade = tuple(min(255, channel + rng.randint(20, 90)) for channel in base) + (70,)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    draw.rectangle((0, size[1] - 12, size[0], size[1]), fill=(255, 255, 255, 160))
    return image


def draw_logo(colour, seed, size=(240, 240)):
    """A simple round emblem standing in for an institution's logo."""
    image = PILImage.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    rgb = _hex_to_rgb(colour)
    draw.ellipse((8, 8, size[0] - 8, size[1] - 8), fill=rgb + (255,))
    draw.ellipse((48, 48, size[0] - 48, size[1] - 48), outline=(255, 255, 255, 255), width=10)
    rng = random.Random(seed)
    cx, cy = size[0] // 2, size[1] // 2
    arm = rng.randint(28, 40)
    draw.rectangle((cx - 10, cy - arm, cx + 10, cy + arm), fill=(255, 255, 255, 255))
    draw.rectangle((cx - arm, cy - 10, cx + arm, cy + 10), fill=(255, 255, 255, 255))
    return image


def demo_image_ensure(title, pil_image, filename):
    """Return the Wagtail image titled ``title``, creating it from ``pil_image`` if missing."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    return image_model.objects.create(title=title, file=ImageFile(_png(pil_image), name=filename))
