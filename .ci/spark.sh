#!/usr/bin/env bash
# Java for the Spark tests (pyspark runs Spark in a JVM): installs Debian's
# default-jre-headless when no java is on PATH. pyspark itself comes with '.[test]'.
set -euo pipefail

if ! command -v java >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless) >&2
fi
java -version >&2
