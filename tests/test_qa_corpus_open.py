"""Opening a store by a path that names none: readers refuse it instead of creating an
empty store and answering "nothing found"; a writer says what is wrong with the path."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.cli.main import app
from khabar.corpus import StoreError
from khabar.web.app import create_app


def test_search_refuses_a_store_that_is_not_there(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(app, ["search", "کتاب", "--db", str(missing)])
    assert result.exit_code == 2
    assert "no such store" in result.output and str(missing) in result.output
    assert not missing.exists()


def test_serve_read_only_refuses_a_store_that_is_not_there(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)], env={"KHABAR_TOKEN": ""})
    assert result.exit_code == 2 and "no such store" in result.output
    assert not missing.exists()


def test_a_server_with_a_token_may_start_a_new_store(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    with pytest.raises(StoreError):
        create_app(str(new))
    create_app(str(new), "token").state.corpus.close()
    assert new.exists()


@pytest.mark.parametrize(
    ("where", "says"), [("no/such/folder/k.db", "no such folder"), (".", "is a folder")]
)
def test_ingest_says_what_is_wrong_with_the_path(tmp_path: Path, where: str, says: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("عنوان خبر\n\nمتن خبر در اینجا است.\n", encoding="utf-8")
    db = tmp_path / where
    result = CliRunner().invoke(app, ["ingest", str(article), "--db", str(db)])
    assert result.exit_code == 2
    assert says in result.output, result.output


def test_serve_on_a_port_in_use_says_so_in_one_line_before_serving(tmp_path: Path) -> None:
    import socket

    db = tmp_path / "k.db"
    create_app(str(db), "token").state.corpus.close()
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(
            app, ["serve", "--db", str(db), "--port", str(port)], env={"KHABAR_TOKEN": ""}
        )
    assert result.exit_code == 2
    assert result.output.startswith(f"khabar: cannot listen at 127.0.0.1:{port}")
    assert "serving" not in result.output
