"""A quick start for the JVM of a local Spark master, which lives for one ``khabar spark`` run.

Such a JVM does little of the work (Python analyses), but it starts by loading some ten
thousand classes, which took 7–8 s and 8 s of CPU here. With a class data sharing
archive (CDS, part of every JDK since 13) the first run records the classes it loaded as it
exits (``-XX:ArchiveClassesAtExit``) and later runs map them (``-XX:SharedArchiveFile``):
the session then starts in about 3 s with half the CPU. The archive, about 100 MB, is kept
in khabar's cache folder, one per Java and Spark installation. A JVM that finds an archive
it cannot use ignores it and starts as it would without.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

# The JIT that starts quickest and the single-threaded collector leave the cores to Python.
QUICK = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# CDS reports every class it cannot archive; none of it concerns a user.
QUIET = "-Xlog:cds*=off"
# Writing the archive took about 10 s here; a JVM still at it after this is given up on.
DUMP_SECONDS = 120


def cache_folder() -> Path:
    """khabar's cache folder: ``$XDG_CACHE_HOME/khabar``, else ``~/.cache/khabar``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "khabar"


class ClassArchive:
    """The class archive for this Java and this pyspark, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        import pyspark

        java = _java()
        stamp = f"{java}:{java.stat().st_mtime_ns}:{pyspark.__file__}:{pyspark.__version__}"
        name = f"spark-{hashlib.sha1(stamp.encode()).hexdigest()[:16]}.jsa"
        self.path = folder / name
        self.dump = folder / f"{name}.{os.getpid()}"
        self.recording = False

    def options(self) -> str:
        """The JVM options: use the archive, or record it on exit when there is none yet."""
        self.recording = not self.path.is_file()
        if not self.recording:
            return f"{QUICK} {QUIET} -XX:SharedArchiveFile={self.path}"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return f"{QUICK} {QUIET} -XX:ArchiveClassesAtExit={self.dump}"

    def keep(self, gateway) -> None:
        """After the session stopped: when this run records the archive, end the JVM (which
        writes it, about 10 s) and put it in place for the next runs. The dump has a name
        of its own until complete, so a run starting meanwhile never maps half a file.
        Whether this run records is what :meth:`options` chose: another run may have put an
        archive in place since, and this JVM's dump must not be left behind."""
        if not self.recording:
            return
        print("khabar: saving Spark's classes for quicker starts (first run only)", file=sys.stderr)
        jvm = gateway.proc
        jvm.stdin.close()  # the JVM exits when its input ends
        try:
            written = jvm.wait(timeout=DUMP_SECONDS) == 0 and self.dump.is_file()
        except subprocess.TimeoutExpired:  # a run's results never wait on a cache
            jvm.kill()
            jvm.wait()
            written = False
        if written:
            os.replace(self.dump, self.path)
        else:
            self.dump.unlink(missing_ok=True)


def _java() -> Path:
    """The java binary Spark launches: ``$JAVA_HOME/bin/java``, else the one on PATH."""
    home = os.environ.get("JAVA_HOME")
    found = Path(home) / "bin" / "java" if home else shutil.which("java")
    return Path(found).resolve()
