#!/usr/bin/env bash
# The package as its users get it: pack a clean clone of the committed tree (`npm pack` runs
# `prepack`, the build), install the tarball into scratch consumers, and in each run the
# README's first tour snippet and compare its output with the README's:
#   esm/           plain Node ESM (import), also the `dji-care-refresh/spec` entry
#   cjs/           plain Node CommonJS (require), also the spec entry
#   mixed/         an app that both imports and requires the package: InvalidInputError from
#                  either copy passes the other's instanceof
#   ts-node16/     TypeScript, module/moduleResolution node16, ESM and CommonJS packages
#   ts-bundler/    TypeScript, moduleResolution bundler
#   ts-node10-cjs/ TypeScript, moduleResolution node10 (the spec entry's types via typesVersions)
# TypeScript is the repository's own (node_modules/typescript). Network: only the npm registry,
# for the tarball's runtime dependencies (normally served from the npm cache: --prefer-offline).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/dji-care-refresh-pack.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tsc="$repo/node_modules/typescript/bin/tsc"
npm_flags=(--no-audit --no-fund --prefer-offline --loglevel=error)

echo "clean clone of $(git -C "$repo" rev-parse --short HEAD) into $work/clone"
git clone -q --no-hardlinks "$repo" "$work/clone"
(cd "$work/clone" && npm ci "${npm_flags[@]}" >/dev/null && npm pack --pack-destination "$work" --json >"$work/pack.out")
# The build's own output (prepack) comes first on stdout; npm's JSON report is the last part.
node -e '
  const out = require("node:fs").readFileSync(process.argv[1], "utf8");
  require("node:fs").writeFileSync(process.argv[2], out.slice(out.lastIndexOf("\n[\n") + 1));
' "$work/pack.out" "$work/pack.json"
tarball="$work/$(node -e 'console.log(require(process.argv[1])[0].filename)' "$work/pack.json")"
node -e '
  const files = require(process.argv[1])[0].files.map((f) => f.path);
  for (const need of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/spec.js", "dist/spec.cjs", "dist/spec.d.ts", "README.md", "LICENSE", "SECURITY.md"]) {
    if (!files.includes(need)) { console.error(`packed without ${need}`); process.exit(1); }
  }
  console.log(`packed ${files.length} files`);
' "$work/pack.json"

consumers="$work/consumers"
mkdir -p "$consumers"
cd "$consumers"
echo '{ "name": "consumers", "private": true }' >package.json
npm install "${npm_flags[@]}" "$tarball" >/dev/null
node "$repo/.ci/readme-snippet.mjs" expected "$repo/README.md" >expected.txt

# An ESM and a CommonJS package, each running the README snippet and reading the spec entry.
mkdir esm cjs mixed
echo '{ "type": "module" }' >esm/package.json
echo '{ "type": "commonjs" }' >cjs/package.json
echo '{ "type": "module" }' >mixed/package.json
node "$repo/.ci/readme-snippet.mjs" esm "$repo/README.md" >esm/snippet.js
node "$repo/.ci/readme-snippet.mjs" cjs "$repo/README.md" >cjs/snippet.js
cat >esm/spec.js <<'JS'
import { specClause, SPEC_CLAUSES } from 'dji-care-refresh/spec';
import { CLAUSE_IDS } from 'dji-care-refresh';
if (SPEC_CLAUSES.length !== CLAUSE_IDS.length) throw new Error('spec entry and CLAUSE_IDS differ');
console.log(specClause('ELIG-48H').text);
JS
cat >cjs/spec.js <<'JS'
const { specClause, SPEC_CLAUSES } = require('dji-care-refresh/spec');
const { CLAUSE_IDS } = require('dji-care-refresh');
if (SPEC_CLAUSES.length !== CLAUSE_IDS.length) throw new Error('spec entry and CLAUSE_IDS differ');
console.log(specClause('ELIG-48H').text);
JS
cat >mixed/app.js <<'JS'
// An app that imports the package and also requires it (e.g. through a CommonJS dependency).
import { createRequire } from 'node:module';
import * as esm from 'dji-care-refresh';
const cjs = createRequire(import.meta.url)('dji-care-refresh');
const bad = { product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-02-30' };
function thrown(lib) {
  try { lib.coveragePeriods(bad); } catch (error) { return error; }
  throw new Error('no error thrown');
}
const fromEsm = thrown(esm);
const fromCjs = thrown(cjs);
const checks = {
  'two copies of the class are loaded': esm.InvalidInputError !== cjs.InvalidInputError,
  'required error instanceof imported class': fromCjs instanceof esm.InvalidInputError,
  'imported error instanceof required class': fromEsm instanceof cjs.InvalidInputError,
  'each instanceof its own class': fromEsm instanceof esm.InvalidInputError && fromCjs instanceof cjs.InvalidInputError,
  'still an Error': fromEsm instanceof Error && fromCjs instanceof Error,
  'a plain Error is not one': !(new Error('x') instanceof esm.InvalidInputError) && !(new Error('x') instanceof cjs.InvalidInputError),
  'same field and code': fromEsm.field === fromCjs.field && fromEsm.code === fromCjs.code,
};
const failed = Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name);
if (failed.length > 0) throw new Error(`instanceof across module systems: ${failed.join('; ')}`);
console.log(`InvalidInputError across import and require: ${Object.keys(checks).length} checks passed`);
JS

# TypeScript consumers: type-checked with the repository's TypeScript, compiled, then run.
ts_project() { # dir, package type, module, moduleResolution
  mkdir -p "$1"
  echo "{ \"type\": \"$2\" }" >"$1/package.json"
  cat >"$1/tsconfig.json" <<JSON
{ "compilerOptions": { "module": "$3", "moduleResolution": "$4", "target": "es2022", "lib": ["es2022", "dom"],
  "strict": true, "exactOptionalPropertyTypes": true, "skipLibCheck": false, "types": [], "outDir": "out" },
  "include": ["*.ts"] }
JSON
  node "$repo/.ci/readme-snippet.mjs" ts "$repo/README.md" >"$1/snippet.ts"
  cat >"$1/spec.ts" <<'TS'
import { specClause, type SpecClause } from 'dji-care-refresh/spec';
import { type ClauseId, InvalidInputError } from 'dji-care-refresh';
const id: ClauseId = 'ELIG-48H';
const clause: SpecClause = specClause(id);
console.log(clause.text, typeof InvalidInputError);
TS
  (cd "$1" && node "$tsc" -p tsconfig.json)
}
ts_project ts-node16 module node16 node16
ts_project ts-node16-cjs commonjs node16 node16
ts_project ts-bundler module esnext bundler
ts_project ts-node10-cjs commonjs commonjs node10   # older set-ups: subpath types via typesVersions

status=0
run() { # name, file: runs it and compares with the README's output
  local out
  out="$(node "$2" 2>&1)" || { echo "FAIL $1: exit $?"; echo "$out"; status=1; return; }
  if [ "$out" = "$(cat expected.txt)" ]; then echo "ok   $1: prints what the README shows"
  else echo "FAIL $1: output differs from the README"; diff <(echo "$out") expected.txt || true; status=1; fi
}
run "ESM (import)" esm/snippet.js
run "CommonJS (require)" cjs/snippet.js
run "TypeScript, node16, ESM" ts-node16/out/snippet.js
run "TypeScript, node16, CommonJS" ts-node16-cjs/out/snippet.js
run "TypeScript, bundler" ts-bundler/out/snippet.js
run "TypeScript, node10, CommonJS" ts-node10-cjs/out/snippet.js
for f in esm/spec.js cjs/spec.js ts-node16/out/spec.js ts-node16-cjs/out/spec.js ts-bundler/out/spec.js ts-node10-cjs/out/spec.js mixed/app.js; do
  if out="$(node "$f" 2>&1)"; then echo "ok   $f: $out"; else echo "FAIL $f"; echo "$out"; status=1; fi
done
exit $status
