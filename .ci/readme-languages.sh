#!/usr/bin/env bash
# The README's "Languages" section as a new user meets it, from the packed tarball:
#   - ESM and CommonJS consumers run its snippets; every `//=>` value and text block must match
#     byte for byte, and the whole output (with every other shipped locale) must be identical
#     under TZ=America/Santiago LANG=de_DE.UTF-8 and TZ=Asia/Kathmandu LANG=ja_JP.UTF-8;
#   - a TypeScript consumer (node16, strict, skipLibCheck false) compiles its code blocks verbatim,
#     the typed override the README shows, and must fail to compile a catalogue with a missing
#     or an extra message.
# Usage: bash .ci/readme-languages.sh [path/to/dji-care-refresh-x.y.z.tgz]   (packs the repo if none)
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tsc="$repo/node_modules/typescript/bin/tsc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="${1:-}"
if [ -z "$tarball" ]; then
  (cd "$repo" && npm pack --silent --pack-destination "$work" >/dev/null) || { echo "npm pack failed"; exit 1; }
  tarball="$(ls "$work"/*.tgz)"
fi
cd "$work"
echo '{ "name": "consumers", "private": true }' >package.json
npm install --no-audit --no-fund --silent "$tarball" >/dev/null || { echo "npm install of $tarball failed"; exit 1; }
mkdir esm cjs ts
echo '{ "type": "module" }' >esm/package.json
echo '{ "type": "commonjs" }' >cjs/package.json
echo '{ "type": "module" }' >ts/package.json
locales='ko zh-Hans zh-Hant fr es it'
name() { case "$1" in zh-Hans) echo zhHans ;; zh-Hant) echo zhHant ;; *) echo "$1" ;; esac; }
{
  echo "import * as lib from 'dji-care-refresh';"
  echo "import { check, MARKETS } from '$repo/.ci/readme-languages-check.mjs';"
  for t in ja de $locales; do echo "import { $(name $t) } from 'dji-care-refresh/locale/$t';"; done
  echo "const others = Object.fromEntries(Object.entries({ $(for t in $locales; do printf '%s, ' "$(name $t)"; done) }).map(([k, locale]) => [k, { locale, ...MARKETS[k] }]));"
  echo "const r = check(lib, { ja, de, others }, '$repo/README.md'); console.log(r.report); console.log(r.extra); process.exitCode = r.mismatches ? 1 : 0;"
} >esm/check.js
{
  echo "const lib = require('dji-care-refresh');"
  for t in ja de $locales; do echo "const { $(name $t) } = require('dji-care-refresh/locale/$t');"; done
  echo "import('$repo/.ci/readme-languages-check.mjs').then(({ check, MARKETS }) => {"
  echo "  const others = Object.fromEntries(Object.entries({ $(for t in $locales; do printf '%s, ' "$(name $t)"; done) }).map(([k, locale]) => [k, { locale, ...MARKETS[k] }]));"
  echo "  const r = check(lib, { ja, de, others }, '$repo/README.md'); console.log(r.report); console.log(r.extra); process.exitCode = r.mismatches ? 1 : 0;"
  echo "});"
} >cjs/check.js

status=0
for form in esm cjs; do
  node "$form/check.js" >"$form/out.txt" 2>&1 || status=1
  sed -n '/checks, /q;p' "$form/out.txt" | sed "s/^/[$form] /"
  grep -h 'checks, ' "$form/out.txt" | sed "s/^/[$form] /"
  for env in 'TZ=America/Santiago LANG=de_DE.UTF-8' 'TZ=Asia/Kathmandu LANG=ja_JP.UTF-8'; do
    env $env node "$form/check.js" >"$form/out.env.txt" 2>&1
    if cmp -s "$form/out.env.txt" "$form/out.txt"; then echo "[$form] identical under $env"
    else echo "[$form] DIFFERS under $env"; status=1; fi
  done
done
cmp -s esm/out.txt cjs/out.txt && echo "ESM and CommonJS print the same" || { echo "ESM and CommonJS differ"; status=1; }

# TypeScript: the README's code blocks of the section, verbatim, one module.
node -e '
  const readme = require("fs").readFileSync(process.argv[1], "utf8");
  const section = readme.slice(readme.indexOf("### Languages"), readme.indexOf("## Examples"));
  process.stdout.write([...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]).join("\n"));
' "$repo/README.md" >ts/snippet.ts
cat >ts/types-ok.ts <<'TS'
import { formatMoney, money, type Locale } from 'dji-care-refresh';
import { ja } from 'dji-care-refresh/locale/ja';
import { de } from 'dji-care-refresh/locale/de';
export const fromReadme: Locale = { ...de, messages: { ...de.messages, 'elig.once.unknown': () => ({ message: '…' }) } };
export const myJa: Locale = { ...ja, messages: { ...ja.messages, 'elig.window.exceeded': (p, c) => ({ message: `${p.hours}時間超 (${c.tag})` }) } };
export const yen: string = formatMoney(money('19800', 'JPY'), { locale: ja, region: 'JP' });
TS
cat >ts/fail-missing.ts <<'TS'
import type { Locale } from 'dji-care-refresh';
import { ja } from 'dji-care-refresh/locale/ja';
const { 'elig.once.unknown': _dropped, ...rest } = ja.messages;
export const bad: Locale = { ...ja, messages: rest };
TS
cat >ts/fail-extra.ts <<'TS'
import type { Locale } from 'dji-care-refresh';
import { ja } from 'dji-care-refresh/locale/ja';
export const bad: Locale = { ...ja, messages: { ...ja.messages, 'elig.no-such-code': () => ({ message: 'x' }) } };
TS
compile() { (cd ts && node "$tsc" --module node16 --moduleResolution node16 --target es2022 --strict --skipLibCheck false --noEmit "$1" 2>&1); }
for f in snippet.ts types-ok.ts; do
  if out="$(compile "$f")"; then echo "ok   TypeScript compiles $f"; else echo "FAIL TypeScript does not compile $f:"; echo "$out" | sed 's/^/       /'; status=1; fi
done
for f in fail-missing.ts fail-extra.ts; do
  if out="$(compile "$f")"; then echo "FAIL TypeScript accepts $f"; status=1; else echo "ok   TypeScript refuses $f: $(echo "$out" | head -1 | cut -c1-110)"; fi
done
exit $status
