"""thinc ops that multiply matrices with numpy's BLAS on one thread.

thinc's CPU ops multiply with blis by default. The blis wheel runs these matrix shapes
(a few hundred to a few thousand rows by 96–288 columns) at well under half the speed of
the OpenBLAS that numpy ships with, on one core (BENCHMARKS.md, issue 3). OpenBLAS would
use every core, though: on a machine that is busy with other work its threads wait for
one another and the pipeline runs slower than with blis. So each product runs under a
one-thread limit, set and restored around the call, which leaves the threads of the rest
of the host process as they were.
"""

from typing import Any

from thinc.api import Model, NumpyOps
from thinc.types import Floats2d
from threadpoolctl import ThreadpoolController

_BLAS = ThreadpoolController().select(user_api="blas")


class OneThreadBlasOps(NumpyOps):
    """``NumpyOps`` without blis, each product on one BLAS thread."""

    name = "khabar_numpy"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(use_blis=False, **kwargs)

    def gemm(
        self,
        x: Floats2d,
        y: Floats2d,
        out: Floats2d | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Floats2d:
        with _BLAS.limit(limits=1):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_one_thread_blas(models: list[Model]) -> None:
    """Run ``models`` (and every layer inside them) on :class:`OneThreadBlasOps`."""
    ops = OneThreadBlasOps()
    for model in models:
        for node in model.walk():
            node.ops = ops
