"""``khabar serve``: the REST API and the Persian web pages over a store."""

import os
import socket
from typing import Annotated

import typer


def serve_command(
    db: Annotated[
        str | None, typer.Option(help="SQLite file (default khabar.db) or postgresql://… URL.")
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token_env: Annotated[
        str,
        typer.Option(
            help="Environment variable holding the token for POST /api/articles; unset: read-only."
        ),
    ] = "KHABAR_TOKEN",
) -> None:
    """Serve the store: search, articles, stories, people and quotes as pages and a REST API.

    The API is documented at /docs and /openapi.json. It is read-only unless the token
    variable is set; then POST /api/articles ingests one article for a client that sends
    `Authorization: Bearer TOKEN`. The token is read from the environment so it never
    shows in the process list.
    """
    import uvicorn

    from khabar.corpus import StoreError
    from khabar.web.app import create_app

    token = os.environ.get(token_env) or None
    try:
        app = create_app(db, token)
    except StoreError as e:
        typer.echo(f"khabar: {e}", err=True)
        raise typer.Exit(2) from None
    # Listen before saying so: a port in use or an address not of this machine is one
    # line, not a "serving" line and then the server's own error.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        listening = socket.create_server((host, port), family=family)
    except OSError as e:
        typer.echo(f"khabar: cannot listen at {host}:{port}: {e.strerror or e}", err=True)
        raise typer.Exit(2) from None
    mode = "read and write (token set)" if token else f"read-only (${token_env} not set)"
    typer.echo(f"khabar: serving {db or 'khabar.db'} at http://{host}:{port}/, {mode}", err=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listening])
