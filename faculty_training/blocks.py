"""StreamField blocks of module pages: what editors can put in a module's body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"), max_length=255, help_text=_("Describe the image for people who cannot see it.")
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "faculty_training/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"), help_text=_("A link to the video, for example on YouTube or Vimeo."))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "faculty_training/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "faculty_training/blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("clinical", _("Clinical note")), ("tip", _("Teaching tip")), ("warning", _("Caution"))],
        default="clinical",
    )
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "faculty_training/blocks/callout.html"


class ReadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=300)
    author = blocks.CharBlock(label=_("author"), required=False, max_length=300)
    year = blocks.IntegerBlock(label=_("year"), required=False, min_value=1800, max_value=2100)
    url = blocks.URLBlock(label=_("link"), required=False)


class ReadingListBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(ReadingBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Reading list")
        template = "faculty_training/blocks/reading_list.html"


class ModuleBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), form_classname="title", icon="title", template="faculty_training/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    image = ImageWithCaptionBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    reading = ReadingListBlock()

    class Meta:
        required = False
