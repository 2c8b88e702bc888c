"""Downloads of generated personal files: the owner (or a programme administrator) only, never cached."""

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from ..models import GeneratedFile
from ..services.generated_files import generated_file_may_read, generated_file_open


@require_safe
def generated_file_download(request, file_id):
    generated_file = GeneratedFile.objects.filter(pk=file_id).first()
    # Everyone else, an expired file and an unknown id get the same answer.
    if not generated_file_may_read(request.user, generated_file):
        raise Http404
    try:
        handle = generated_file_open(generated_file)
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=generated_file.filename, content_type=generated_file.content_type
    )
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
