"""A base form for Wagtail images that turns every unreadable upload into a form error.

Wagtail's image field already rejects unknown formats, oversized files and decompression
bombs, but a file that starts with a valid PNG signature and is then broken reaches Pillow
while its pixel size is read and raises UnidentifiedImageError: a 500 instead of a message.
Host sites set ``WAGTAILIMAGES_IMAGE_FORM_BASE = "faculty_training.forms.images.SafeImageForm"``.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class SafeImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as exc:  # Pillow's errors for broken files are many and undocumented
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc


class SafeImageForm(BaseImageForm):
    file = SafeImageField(label=_("File"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The field reads its size and pixel limits from settings when built: build it per form.
        if "file" in self.fields:
            old = self.fields["file"]
            self.fields["file"] = SafeImageField(
                label=old.label, required=old.required, help_text=old.help_text, widget=old.widget
            )
