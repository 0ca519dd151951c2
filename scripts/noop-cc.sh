#!/usr/bin/env bash
# A C compiler and archiver that build nothing, for checking another platform's Rust without its C
# toolchain (scripts/macos-check.sh): a check links nothing, so the objects and archives that
# build scripts make (ring's) only have to exist. `-o FILE` gets an empty file; an archive gets the
# archive header; a version or preprocessor question gets an empty answer.
set -euo pipefail
out=""
prev=""
for arg in "$@"; do
  if [ "$prev" = "-o" ]; then out=$arg; fi
  case $arg in
    -o*) [ "$arg" != "-o" ] && out=${arg#-o} ;;
    *.a) [ -z "$out" ] && out=$arg ;;
  esac
  prev=$arg
done
case $out in
  "") exit 0 ;;
  *.a) printf '!<arch>\n' >"$out" ;;
  *) : >"$out" ;;
esac
