"""Where the development data lives: ``$KHABAR_DATA`` or ``../shared/data`` beside the repo."""

import os
from pathlib import Path


def data_dir() -> Path:
    """The shared data folder; raises with a clear message when it is absent."""
    env = os.environ.get("KHABAR_DATA")
    path = Path(env) if env else Path(__file__).resolve().parents[3] / "shared" / "data"
    if not path.is_dir():
        raise FileNotFoundError(
            f"development data not found at {path}; set KHABAR_DATA to the shared/data folder"
        )
    return path


PERDT_DEV = "ud/fa_perdt-ud-dev.conllu"
SERAJI_DEV = "ud/fa_seraji-ud-dev.conllu"
ARMAN_TRAIN = "ner/arman/train_fold1.txt"
