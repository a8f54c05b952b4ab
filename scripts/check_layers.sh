#!/usr/bin/env bash
# The layering rule (docs/architecture.md "Layers"), checked from the include lines: each folder of src/
# includes only from the folders below it, and rows are read by column position only inside src/store/.
# Prints every violation and exits 1 when there is one.
set -uo pipefail
cd "$(dirname "$0")/.."
bad=0
allowed() {  # layer -> the folders it may include from
  case "$1" in
    domain) echo "domain" ;;
    support) echo "domain support" ;;
    store) echo "domain support store" ;;
    app) echo "domain support store app" ;;
    demo) echo "domain support store app demo" ;;
    http) echo "domain support app http" ;;  # never store/: HTTP talks to use cases only
    cli) echo "domain support store app demo http cli" ;;
  esac
}
for layer in domain support store app demo http cli; do
  ok=" $(allowed "$layer") "
  while IFS= read -r hit; do
    file=${hit%%:*}
    inc=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$hit")
    if [[ "$ok" != *" $inc "* ]]; then
      echo "layer violation: $hit ($layer may include only:$ok)"
      bad=1
    fi
  done < <(grep -rnE '#include "[a-z_]+/' "src/$layer" 2>/dev/null)
done
# Untyped rows stay in the store: no Row/Rows and no positional column access above it.
if hits=$(grep -rnE '\bRows?\b|\bRowRef\b|\.(Int|Text|OptText|IsNull|Real)\([0-9]+\)' src/app src/demo src/http src/cli); then
  echo "untyped rows outside src/store/:"
  echo "$hits"
  bad=1
fi
[ "$bad" -eq 0 ] && echo "layers: ok"
exit "$bad"
