#!/bin/sh
# Rebuilds oracle-sample.txt, the independent check of TestOracleSample: a
# sample of days converted by Java's HijrahChronology and by ICU (Node.js).
# Needs a JDK and Node.js with full ICU; the tests only read the output.
set -e
cd "$(dirname "$0")"
{
  echo "# Days converted by Java $(java -version 2>&1 | head -1 | tr -d '"') (HijrahChronology)"
  echo "# and by Node.js $(node --version) with ICU $(node -p process.versions.icu)."
  echo "# Written by gen-sample.sh from HijrahSample.java and icu-sample.js."
  echo "# calendar gregorian year month day"
  java HijrahSample.java
  node icu-sample.js
} > oracle-sample.txt
