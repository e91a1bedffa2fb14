// Prints the README's first tour snippet (the storefront check) for a scratch consumer, or the
// output the README shows for it, so that .ci/pack-consumers.sh runs what a reader copies.
//
//   node .ci/readme-snippet.mjs esm|cjs|ts README.md   the code (cjs: `import` -> `require`)
//   node .ci/readme-snippet.mjs expected README.md     the output block that follows it
import { readFileSync } from 'node:fs';

const [form, readmePath] = process.argv.slice(2);
const readme = readFileSync(readmePath ?? 'README.md', 'utf8');
const tour = readme.indexOf('## A short tour');
if (tour < 0) throw new Error('README has no "## A short tour" section');
const fences = [...readme.slice(tour).matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)];
const at = fences.findIndex((f) => f[1] === 'ts');
const code = fences[at]?.[2];
const expected = fences[at + 1];
if (code === undefined || expected === undefined || expected[1] !== '') {
  throw new Error("README's tour has no ```ts block followed by a plain output block");
}

if (form === 'expected') process.stdout.write(expected[2]);
else if (form === 'esm' || form === 'ts') process.stdout.write(code);
else if (form === 'cjs') {
  process.stdout.write(
    code.replace(/^import \{([\s\S]*?)\} from '([^']+)';$/gm, (_, names, from) => `const {${names.replace(/\btype \w+,?/g, '')}} = require('${from}');`),
  );
} else throw new Error(`unknown form ${form}: esm, cjs, ts or expected`);
