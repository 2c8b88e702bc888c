"""Public, language-independent addresses of signed credentials. Include at the site root.

``.well-known/jwks.json`` (every issuer key, retired ones too), ``issuers/<CODE>/did.json``
(did:web documents), ``credentials/status/<CODE>/`` (signed revocation lists) and
``credentials/achievements/<id>`` (what a credential's achievement id names).
"""

from django.urls import path

from ..views import credentials

app_name = "faculty_training_credentials"

urlpatterns = [
    path(".well-known/jwks.json", credentials.jwks_view, name="jwks"),
    path("issuers/<text:code>/did.json", credentials.did_view, name="did"),
    path("credentials/status/<text:code>/", credentials.status_list_view, name="status_list"),
    path("credentials/achievements/<id:course_id>", credentials.achievement_view, name="achievement"),
]
