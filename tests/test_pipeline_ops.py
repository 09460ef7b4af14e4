"""The trained components multiply on numpy's BLAS, one thread per product, and leave the
host process's BLAS threads as they found them."""

import numpy
import pytest
from threadpoolctl import threadpool_info

from khabar.pipeline.load import load
from khabar.pipeline.ops import OneThreadBlasOps


@pytest.fixture(scope="module")
def nlp():
    return load(news=False)


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_gemm_is_numpy_product():
    rng = numpy.random.default_rng(0)
    x = rng.random((40, 24), dtype=numpy.float32)
    y = rng.random((30, 24), dtype=numpy.float32)
    ops = OneThreadBlasOps()
    numpy.testing.assert_allclose(ops.gemm(x, y, trans2=True), x @ y.T, rtol=1e-5)
    out = numpy.zeros((24, 24), dtype=numpy.float32)
    assert ops.gemm(x, x, out=out, trans1=True) is out
    numpy.testing.assert_allclose(out, x.T @ x, rtol=1e-5)


def test_host_threads_are_restored(nlp):
    before = _blas_threads()
    if not before:
        pytest.skip("numpy has no BLAS that threadpoolctl can see")
    x = numpy.ones((300, 96), dtype=numpy.float32)
    OneThreadBlasOps().gemm(x, x, trans2=True)
    nlp("وزیر امور خارجه روسیه دیروز به تهران سفر کرد.")
    assert _blas_threads() == before


def test_every_trained_layer_runs_on_one_thread_ops(nlp):
    trained = [proc.model for _, proc in nlp.pipeline if hasattr(proc, "model")]
    assert {"tok2vec", "ner", "parser"} <= set(nlp.pipe_names)
    assert trained
    assert all(isinstance(node.ops, OneThreadBlasOps) for m in trained for node in m.walk())
