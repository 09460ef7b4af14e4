"""Analysis at scale: ``khabar batch`` on one machine, ``khabar spark`` on a cluster.

Both run the same per-article work (:mod:`~khabar.scale.work`) and group syndicated copies
the same way (:mod:`~khabar.scale.stories`), so on the same input they write the same rows
(:mod:`khabar.corpus.analysed`), which ``khabar ingest`` stores without analysing again.
"""

import sys

if "pyspark.worker" in sys.modules:  # a Spark Python worker: tasks start faster
    from khabar.scale.zipcache import read_zips_once

    read_zips_once()
