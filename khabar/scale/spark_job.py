"""The ``spark-submit`` entry point of ``khabar spark``::

    spark-submit --master yarn --py-files dist/khabar-0.1.0-py3-none-any.whl \\
        khabar/scale/spark_job.py INPUT OUTPUT [--format parquet|jsonl]

Without ``--py-files`` khabar must be installed on every worker (``pip install khabar``).
See docs/scaling.md.
"""

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Analyse articles on Spark (khabar spark).")
    parser.add_argument("input", help="JSON Lines or Parquet file or folder of articles")
    parser.add_argument("output", help="folder for the part files; must not exist")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    parser.add_argument("--input-format", choices=("parquet", "jsonl"), default=None)
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    from khabar.scale.spark import run

    spark = SparkSession.builder.appName("khabar").getOrCreate()
    try:
        count, failures = run(
            spark, args.input, args.output, args.format, args.input_format, args.partitions
        )
    finally:
        spark.stop()
    for failure in failures:
        print(f"khabar: {failure.label}: {failure.message}", file=sys.stderr)
    print(f"khabar: {count} articles in {args.output}, {len(failures)} failed", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
