"""khabar on the web: a REST API under ``/api/`` and right-to-left Persian pages.

:func:`~khabar.web.app.create_app` builds the app over a store; ``khabar serve`` runs
it with uvicorn. Modules: :mod:`~khabar.web.api` (routes, validation, auth),
:mod:`~khabar.web.models` (response shapes for OpenAPI), :mod:`~khabar.web.pages` (HTML,
from ``templates/`` and ``static/``), :mod:`~khabar.web.display` (Persian dates, marked
text), :mod:`~khabar.web.people` (one person's page), :mod:`~khabar.web.corpus` (the shared
store, ingest over HTTP), :mod:`~khabar.web.limits` (body size and rate limits).
"""
