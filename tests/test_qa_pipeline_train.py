"""`khabar train` refuses what it cannot use before it starts an hour of work.

Every command here runs with $KHABAR_DATA pointing nowhere, so that a run that got past
its checks would stop at the data instead of training."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.pipeline import train


@pytest.fixture
def no_work(monkeypatch):
    """train_all's first piece of work, made to fail the test if it is reached."""

    def started(*args, **kwargs):
        raise AssertionError("work started before the options were checked")

    monkeypatch.setattr(train, "convert_all", started)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"ner_from": "missing"}, "--ner-from"),
        ({"ud_from": "missing"}, "--ud-from"),
        ({"assemble_only": True}, "--assemble-only"),
    ],
)
def test_a_pipeline_to_take_or_assemble_must_be_there(
    tmp_path: Path, no_work, options: dict, named: str
) -> None:
    options = {k: tmp_path / v if k.endswith("_from") else v for k, v in options.items()}
    with pytest.raises(FileNotFoundError, match=named):
        train.train_all(tmp_path / "build", tmp_path / "out", **options)


def test_a_folder_without_the_ner_is_no_source_of_one(tmp_path: Path, no_work) -> None:
    (tmp_path / "ud").mkdir()
    (tmp_path / "ud" / "config.cfg").write_text("[nlp]\n")
    with pytest.raises(FileNotFoundError, match=r"--ner-from.*ner"):
        train.train_all(tmp_path / "build", tmp_path / "out", ner_from=tmp_path / "ud")


def _khabar_train(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    options = ["--build", str(tmp_path / "build"), "--output", str(tmp_path / "out")]
    return subprocess.run(
        [sys.executable, "-m", "khabar", "train", *options, *args],
        capture_output=True,
        env={**os.environ, "KHABAR_DATA": str(tmp_path / "no-data")},
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((), "development data not found"),
        (("--ner-from", "missing-model"), "--ner-from"),
        (("--ud-train", "fa_perdt-ud-train.conllu"), "--ud-train"),
        (("--ud-steps", "0"), "--ud-steps"),
        (("--ner-steps", "-5"), "--ner-steps"),
    ],
)
def test_khabar_train_says_what_is_wrong_and_exits_2(
    tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    result = _khabar_train(tmp_path, *args)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert said in err and "Traceback" not in err
    assert not (tmp_path / "build").exists()


def test_the_ners_train_beside_the_ud_chain_and_stop_when_it_fails(
    tmp_path: Path, monkeypatch
) -> None:
    """The NERs need neither the vectors nor the UD, so they start before the vectors
    are built, niced below the UD chain; when it fails, no NER training is left running."""
    steps: list[str] = []
    started = []

    def start(name, config, output, overrides, nice, log):
        steps.append(name)
        assert nice == 10 + train.NER_YIELDS
        item = (subprocess.Popen(["sleep", "60"]), 0.0, output)
        started.append(item[0])
        return item

    def vectors(*args, **kwargs):
        steps.append("vectors")
        raise RuntimeError("floret failed")

    monkeypatch.setattr(train, "convert_all", lambda *args, **kwargs: {})
    monkeypatch.setattr(train, "_start", start)
    monkeypatch.setattr("khabar.pipeline.vectors.build_vectors", vectors)
    monkeypatch.setattr(train, "data_dir", lambda: tmp_path)
    monkeypatch.setattr(train, "check_inputs", lambda *args, **kwargs: None)
    with pytest.raises(RuntimeError, match="floret failed"):
        train.train_all(tmp_path / "build", tmp_path / "out", log=lambda message: None)
    assert steps == ["ner", train.NER_ARMAN, "vectors"]
    assert [proc.wait(timeout=10) for proc in started] == [-15, -15]


def test_the_seraji_parser_starts_when_the_ud_ends_not_when_the_ners_do(
    tmp_path: Path, monkeypatch
) -> None:
    running_at_seraji: list[bool] = []
    ners = []

    def start(name, config, output, overrides, nice, log):
        output.mkdir(parents=True, exist_ok=True)
        proc = subprocess.Popen(["sleep", "3"] if name in ("ner", train.NER_ARMAN) else ["true"])
        if name in ("ner", train.NER_ARMAN):
            ners.append(proc)
        if name == "seraji":
            running_at_seraji.append(all(p.poll() is None for p in ners))
        return proc, 0.0, output

    def assembled(*args):
        raise RuntimeError("assembled")

    monkeypatch.setattr(train, "convert_all", lambda *args, **kwargs: {})
    monkeypatch.setattr(train, "_start", start)
    monkeypatch.setattr("khabar.pipeline.vectors.build_vectors", lambda *a, **k: tmp_path)
    monkeypatch.setattr(train, "pretrain_ud", lambda *args: str(tmp_path / "weights.bin"))
    monkeypatch.setattr(train, "assemble", assembled)
    monkeypatch.setattr(train, "data_dir", lambda: tmp_path)
    monkeypatch.setattr(train, "check_inputs", lambda *args, **kwargs: None)
    with pytest.raises(RuntimeError, match="assembled"):
        train.train_all(tmp_path / "build", selftrain=False, log=lambda message: None)
    assert running_at_seraji == [True]
    assert all(p.poll() == 0 for p in ners)
