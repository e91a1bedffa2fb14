/**
 * Doc examples are true: every ```ts block inside an `@example` of every doc comment in src/ is
 * run, and every line that shows its result (date-fns style) is checked against what the code
 * returns:
 *   `expression; //=> value`     the value of the expression (the `//=>` may also stand on the
 *                                lines after the statement, and a value may run on over several
 *                                `//` lines while its brackets are open)
 *   `const x = e; //=> value`    the value of `x`
 *   `e; //=> equal to e2`        `e` deeply equal to `e2` (also `the same as e2`; a note may follow
 *                                after `:`, `,` or ` (`)
 *   `console.log(e);` then lines `//=> text`: what it prints
 *   `expression; // throws Name` the expression throws that error class; with `(code 'c',
 *                                field 'f')` those too, and with `: text ...` the message's start
 * A value is read as a JS literal: strings, numbers, booleans, null, undefined, arrays and objects
 * of those. Two shorthands the examples use: `...` as a member of an object or array means "and
 * more" (the object has other keys, the array more items), and a string that ends in `...` or `…`
 * stands for any string that starts with the text before (a string of only `…`: any string).
 * `Decimal(159)` is a decimal.js value equal to 159. Text after the literal that starts with `(`,
 * `—` or `-` is a note, not checked; a value that is not a literal (prose) is counted as not
 * checked, with the reason.
 *
 * Each block runs with a prelude in scope: everything exported by src/index.ts, src/locale/index.ts,
 * each locale module, src/spec.ts and the module the comment sits in (that module's names win),
 * then the FIXTURES below for names a block uses without defining them (a block that stops on
 * `ReferenceError: x is not defined` is run again with fixture `x`). The module's own names that
 * it does not export are not in scope: no example needs one (a block that did would fail here).
 * `import` lines of a block are checked (each runtime name must be exported by the entry it
 * names) and bound. Blocks are
 * compiled with esbuild (types stripped) and run in order, deterministically: nothing reads the
 * clock or the process zone and locale unless the library does (the suite runs under several).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { inspect } from 'node:util';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as entryIndex from '../src/index';
import * as entryLocale from '../src/locale/index';
import * as de from '../src/locale/de';
import * as en from '../src/locale/en';
import * as es from '../src/locale/es';
import * as fr from '../src/locale/fr';
import * as itLocale from '../src/locale/it';
import * as ja from '../src/locale/ja';
import * as ko from '../src/locale/ko';
import * as zhHans from '../src/locale/zh-Hans';
import * as zhHant from '../src/locale/zh-Hant';
import * as entrySpec from '../src/spec';

const ROOT = process.cwd();
const SRC = resolve(ROOT, 'src');

/** The package's entries, as an example's `import ... from '<entry>'` names them. */
const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'dji-care-refresh': entryIndex,
  'dji-care-refresh/locale': entryLocale,
  'dji-care-refresh/spec': entrySpec,
  'dji-care-refresh/locale/en': en,
  'dji-care-refresh/locale/ja': ja,
  'dji-care-refresh/locale/ko': ko,
  'dji-care-refresh/locale/zh-Hans': zhHans,
  'dji-care-refresh/locale/zh-Hant': zhHant,
  'dji-care-refresh/locale/de': de,
  'dji-care-refresh/locale/fr': fr,
  'dji-care-refresh/locale/es': es,
  'dji-care-refresh/locale/it': itLocale,
};

/** Every name of every entry (where two entries export one name, the first listed gives it). */
const PRELUDE: Readonly<Record<string, unknown>> = Object.assign({}, ...Object.values(ENTRIES).reverse()) as Record<string, unknown>;

/**
 * Shared fixtures: names some blocks use without defining them (the reader is meant to supply
 * them), built afresh for each block that needs one. Each takes the prelude and the other
 * fixtures (as functions).
 */
const FIXTURES: Readonly<Record<string, (p: Readonly<Record<string, any>>) => unknown>> = {
  // The plan most examples write out: a Mavic 3, 1-year, US plan in Chicago from 2026-03-01.
  plan: () => ({ product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' }),
  // An instant after the ledger below.
  at: () => '2026-06-01T12:00:00Z',
  // The ledger of that plan: both replacements used, for damage (A1, then B2), each followed by
  // the rebinding to the unit received (B2, then C3).
  events: () => [
    { type: 'damage-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' },
    { type: 'rebind', at: '2026-04-09T18:00:00Z', serial: 'A1', newSerial: 'B2' },
    { type: 'damage-replacement', at: '2026-05-02T18:00:00Z', serial: 'B2' },
    { type: 'rebind', at: '2026-05-09T18:00:00Z', serial: 'B2', newSerial: 'C3' },
  ],
  // A storefront's eligibility question: a Mavic 3 activated 20 hours before, in the US.
  input: () => ({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-02T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false }),
  decision: (p) => p.checkPurchaseEligibility(p.input()),
  // A decision stored as JSON without words (renderDecision words it).
  stored: (p) => JSON.parse(JSON.stringify(p.checkPurchaseEligibility(p.input(), { messages: false }))),
  // An untrusted record, as readRecord reads it.
  value: () => ({ product: 'mavic-3', activatedAt: '2026-03-01T14:00:00Z' }),
};

// ---------------------------------------------------------------------------------------------
// Finding the examples.

/** One ```ts block of an `@example`. */
interface Block {
  /** `src/file.ts:line` of the block's first code line. */
  readonly where: string;
  readonly file: string;
  /** The declaration the comment documents. */
  readonly name: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The `@example` tags of every doc comment of a file, and their ```ts blocks. */
function examplesOf(file: string): { readonly tags: number; readonly blocks: readonly Block[] } {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const seen = new Set<number>();
  const blocks: Block[] = [];
  let tags = 0;
  const visit = (node: ts.Node): void => {
    for (const doc of ts.getJSDocCommentsAndTags(node)) {
      if (!ts.isJSDoc(doc) || seen.has(doc.pos)) continue;
      seen.add(doc.pos);
      const declName = ts.isSourceFile(doc.parent) ? '(module)' : nameOf(doc.parent);
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== 'example') continue;
        tags += 1;
        const startLine = sf.getLineAndCharacterOfPosition(tag.getStart(sf)).line;
        // The tag's raw text, each line without its leading ` * `.
        const lines = text
          .slice(tag.getStart(sf), tag.end)
          .split('\n')
          .map((l) => l.replace(/^\s*\*( |$)/, '').replace(/\s*\*\/\s*$/, ''));
        for (let i = 0; i < lines.length; i += 1) {
          if (!/^\s*```ts\s*$/.test(lines[i] ?? '')) continue;
          const end = lines.findIndex((l, j) => j > i && /^\s*```\s*$/.test(l));
          if (end < 0) throw new Error(`${rel(file)}:${startLine + i + 1}: unclosed code block`);
          blocks.push({ where: `${rel(file)}:${startLine + i + 2}`, file, name: declName, code: lines.slice(i + 1, end).join('\n') });
          i = end;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { tags, blocks };
}

function nameOf(node: ts.Node): string {
  const n = ts.isVariableStatement(node) ? node.declarationList.declarations[0]?.name : ts.getNameOfDeclaration(node as ts.Declaration);
  return n !== undefined && ts.isIdentifier(n) ? n.text : ts.SyntaxKind[node.kind];
}

function rel(file: string): string {
  return relative(ROOT, file);
}

// ---------------------------------------------------------------------------------------------
// The shown values: a small literal language.

/** What a `//=>` value shows. */
type Pattern =
  | { readonly t: 'value'; readonly v: unknown }
  | { readonly t: 'any-string' }
  | { readonly t: 'string-start'; readonly v: string }
  | { readonly t: 'decimal'; readonly v: string }
  | { readonly t: 'array'; readonly items: readonly Pattern[]; readonly more: boolean }
  | { readonly t: 'object'; readonly props: readonly (readonly [string, Pattern])[]; readonly more: boolean };

class Incomplete extends Error {}
class NotLiteral extends Error {}

/** Reads a literal at the start of `src`: the pattern and the text after it. */
function readLiteral(src: string): { readonly pattern: Pattern; readonly rest: string } {
  let i = 0;
  const ws = (): void => {
    while (i < src.length && /\s/.test(src[i] as string)) i += 1;
  };
  const peek = (): string => {
    ws();
    if (i >= src.length) throw new Incomplete();
    return src[i] as string;
  };
  const string = (): string => {
    const q = src[i] as string;
    let out = '';
    i += 1;
    for (;;) {
      if (i >= src.length) throw new Incomplete();
      const c = src[i] as string;
      if (c === q) {
        i += 1;
        return out;
      }
      if (c === '\n') throw new NotLiteral();
      if (c === '\\') {
        const e = src[i + 1] ?? '';
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };
        if (e === 'u') {
          const m = /^u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(src.slice(i + 1));
          if (m === null) throw new NotLiteral();
          out += String.fromCodePoint(parseInt((m[1] ?? m[2]) as string, 16));
          i += 1 + m[0].length;
          continue;
        }
        out += simple[e] ?? e;
        i += 2;
        continue;
      }
      out += c;
      i += 1;
    }
  };
  const value = (): Pattern => {
    const c = peek();
    if (c === "'" || c === '"' || c === '`') {
      const s = string();
      if (/^(…+|\.\.\.)$/.test(s)) return { t: 'any-string' };
      const cut = /^(.*?)\s*(?:\.\.\.|…)$/s.exec(s);
      return cut === null ? { t: 'value', v: s } : { t: 'string-start', v: cut[1] as string };
    }
    if (c === '[') {
      i += 1;
      const items: Pattern[] = [];
      let more = false;
      for (;;) {
        if (peek() === ']') break;
        if (src.startsWith('...', i)) {
          i += 3;
          more = true;
        } else items.push(value());
        if (peek() === ',') i += 1;
        else if (peek() !== ']') throw new NotLiteral();
      }
      i += 1;
      return { t: 'array', items, more };
    }
    if (c === '{') {
      i += 1;
      const props: [string, Pattern][] = [];
      let more = false;
      for (;;) {
        const k = peek();
        if (k === '}') break;
        if (src.startsWith('...', i)) {
          i += 3;
          more = true;
        } else {
          let key: string;
          if (k === "'" || k === '"') key = string();
          else {
            const m = /^[A-Za-z_$][\w$]*|^\d+/.exec(src.slice(i));
            if (m === null) throw new NotLiteral();
            key = m[0];
            i += key.length;
          }
          if (peek() !== ':') throw new NotLiteral();
          i += 1;
          props.push([key, value()]);
        }
        if (peek() === ',') i += 1;
        else if (peek() !== '}') throw new NotLiteral();
      }
      i += 1;
      return { t: 'object', props, more };
    }
    const dec = /^Decimal\((?:'([^']*)'|(-?[\d.]+))\)/.exec(src.slice(i));
    if (dec !== null) {
      i += dec[0].length;
      return { t: 'decimal', v: (dec[1] ?? dec[2]) as string };
    }
    const m = /^(?:-?(?:\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|Infinity)|NaN|true|false|null|undefined)(?![\w$])/.exec(src.slice(i));
    if (m === null) throw new NotLiteral();
    i += m[0].length;
    const w = m[0];
    const v = w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : w === 'undefined' ? undefined : Number(w.replaceAll('_', ''));
    return { t: 'value', v };
  };
  const pattern = value();
  return { pattern, rest: src.slice(i).trim() };
}

/** Where `actual` differs from the pattern (empty when it matches). */
function differences(actual: unknown, p: Pattern, path = ''): string[] {
  const at = path === '' ? 'the value' : path;
  const show = (x: unknown): string => inspect(x, { depth: 3, breakLength: Infinity });
  switch (p.t) {
    case 'value':
      return Object.is(actual, p.v) || (actual === 0 && p.v === 0) ? [] : [`${at}: ${show(actual)}, shown ${show(p.v)}`];
    case 'any-string':
      return typeof actual === 'string' ? [] : [`${at}: ${show(actual)}, shown a string`];
    case 'string-start':
      return typeof actual === 'string' && actual.startsWith(p.v) ? [] : [`${at}: ${show(actual)}, shown ${show(`${p.v}...`)}`];
    case 'decimal': {
      const d = actual as { constructor?: { name?: unknown }; eq?: (x: string) => boolean } | null;
      return d?.constructor?.name === 'Decimal' && d.eq?.(p.v) === true ? [] : [`${at}: ${show(actual)}, shown Decimal(${p.v})`];
    }
    case 'array': {
      if (!Array.isArray(actual)) return [`${at}: ${show(actual)}, shown an array`];
      const out: string[] = [];
      if (p.more ? actual.length < p.items.length : actual.length !== p.items.length) out.push(`${at}: ${actual.length} items, shown ${p.items.length}${p.more ? ' or more' : ''}: ${show(actual)}`);
      p.items.forEach((q, k) => out.push(...differences(actual[k], q, `${path}[${k}]`)));
      return out;
    }
    case 'object': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${at}: ${show(actual)}, shown an object`];
      const o = actual as Record<string, unknown>;
      const out: string[] = [];
      const shown = new Set(p.props.map(([k]) => k));
      if (!p.more) {
        const extra = Object.keys(o).filter((k) => !shown.has(k) && o[k] !== undefined);
        if (extra.length > 0) out.push(`${at}: has ${extra.join(', ')}, not shown (add them or \`...\`)`);
      }
      for (const [k, q] of p.props) out.push(...differences(o[k], q, `${path}${path === '' ? '' : '.'}${k}`));
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Turning a block into a program that records what each shown line gives.

/** One `//=>` or `// throws` line and what became of it. */
interface Shown {
  readonly where: string;
  readonly text: string;
  /** `printed`: a `console.log(x);` followed by the lines it prints, each after `//=>`. */
  /** `same`: `//=> equal to <expression>` (or `the same as`), deeply equal to its value. */
  readonly kind: 'value' | 'printed' | 'same' | 'throws' | 'unchecked';
  /** Why a line is not checked. */
  readonly why?: string;
  readonly pattern?: Pattern;
  readonly error?: { readonly name: string; readonly code?: string; readonly field?: string; readonly message?: string };
}

interface Prepared {
  readonly block: Block;
  readonly shown: readonly Shown[];
  /** The block as TypeScript, each shown statement wrapped in a call that records its value. */
  readonly program: string;
}

const THROWS = /^\/\/\s*throws\s+([A-Z]\w*)(.*)$/;

/** The `//` comments right after `end` (on its line and the lines below), up to the next code. */
function commentsAfter(code: string, end: number): { readonly pos: number; readonly text: string }[] {
  const out: { pos: number; text: string }[] = [];
  const re = /\s*(\/\/[^\n]*)/y;
  re.lastIndex = end;
  for (let m = re.exec(code); m !== null; m = re.exec(code)) out.push({ pos: (m.index as number) + m[0].indexOf('//'), text: m[1] as string });
  return out;
}

function prepare(block: Block): Prepared {
  const code = block.code;
  const sf = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const [file, line0] = block.where.split(':') as [string, string];
  const lineAt = (pos: number): string => `${file}:${Number(line0) + sf.getLineAndCharacterOfPosition(pos).line}`;
  const shown: Shown[] = [];
  // Insertions only (so that nested ones compose): [position, order, text].
  const inserts: [number, number, string][] = [];
  const used = new Set<number>();
  const consider = (st: ts.ExpressionStatement | ts.VariableStatement): void => {
    const comments = commentsAfter(code, st.end);
    const first = comments[0];
    if (first === undefined || used.has(first.pos)) return;
    const decl = ts.isVariableStatement(st) && st.declarationList.declarations.length === 1 ? st.declarationList.declarations[0] : undefined;
    const variable = decl !== undefined && ts.isIdentifier(decl.name) ? decl.name.text : undefined;
    const expression = ts.isExpressionStatement(st) ? st.expression : undefined;
    const index = shown.length;
    const record = (s: Shown, wrap: 'check' | 'print' | 'throws', other?: string): void => {
      shown.push(s);
      // `__same` records the value and that of the other expression, evaluated after it.
      const call = other === undefined ? `__${wrap}(${index}, ` : `__same(${index}, () => (${other}), `;
      if (wrap === 'throws') {
        inserts.push([st.getStart(sf), 0, `__throws(${index}, () => { return `], [st.end, 1, ' });']);
      } else if (expression !== undefined) {
        inserts.push([expression.getStart(sf), 0, `${call}() => (`], [expression.end, 1, '))']);
      } else {
        inserts.push([st.end, 1, ` ${call}() => ${variable as string});`]);
      }
    };
    const throws = THROWS.exec(first.text);
    if (throws !== null) {
      used.add(first.pos);
      const [, name, more] = throws as unknown as [string, string, string];
      const code_ = /code '([^']+)'/.exec(more)?.[1];
      const field = /field '([^']+)'/.exec(more)?.[1];
      const message = /^:\s*(.*?)\s*(?:\.\.\.|…)?\s*$/.exec(more)?.[1];
      const error = { name, ...(code_ === undefined ? {} : { code: code_ }), ...(field === undefined ? {} : { field }), ...(message === undefined ? {} : { message }) };
      if (expression === undefined) shown.push({ where: lineAt(first.pos), text: first.text, kind: 'unchecked', why: 'throws after a declaration' });
      else record({ where: lineAt(first.pos), text: first.text, kind: 'throws', error }, 'throws');
      return;
    }
    if (!first.text.startsWith('//=>')) return;
    // A drawing or text printed by `console.log(x)`: every following `//=>` line.
    if (expression !== undefined && ts.isCallExpression(expression) && expression.expression.getText(sf) === 'console.log') {
      const lines: string[] = [];
      for (const c of comments) {
        if (!c.text.startsWith('//=>')) break;
        used.add(c.pos);
        lines.push(c.text.replace(/^\/\/=> ?/, ''));
      }
      record({ where: lineAt(first.pos), text: lines.join('\n'), kind: 'printed' }, 'print');
      return;
    }
    used.add(first.pos);
    const same = /^\/\/=>\s*(?:equal to|the same as)\s+(.*)$/.exec(first.text)?.[1];
    if (same !== undefined && (expression !== undefined || variable !== undefined)) {
      record({ where: lineAt(first.pos), text: first.text.slice(4).trim(), kind: 'same' }, 'check', leadingExpression(same));
      return;
    }
    let text = first.text.slice(4);
    let read: ReturnType<typeof readLiteral> | undefined;
    for (let c = 1; ; c += 1) {
      try {
        read = readLiteral(text);
        break;
      } catch (e) {
        // A value whose brackets are still open runs on over the next comment lines.
        const next = comments[c];
        if (!(e instanceof Incomplete) || next === undefined) break;
        used.add(next.pos);
        text += `\n${next.text.replace(/^\/\/(=>)?/, '')}`;
      }
    }
    const where = lineAt(first.pos);
    if (read === undefined || (read.rest !== '' && !/^[(—–-]/.test(read.rest))) {
      shown.push({ where, text: text.trim(), kind: 'unchecked', why: 'not a literal' });
    } else if (expression === undefined && variable === undefined) {
      shown.push({ where, text: text.trim(), kind: 'unchecked', why: 'after a declaration of several names' });
    } else {
      record({ where, text: text.trim(), kind: 'value', pattern: read.pattern }, 'check');
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      inserts.push([node.getStart(sf), 0, `${importBinding(node)} /*`], [node.end, 1, '*/']);
      return;
    }
    ts.forEachChild(node, visit);
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) consider(node);
  };
  visit(sf);
  // `//=>` lines after no statement (inside an expression, after an `if`...).
  for (const m of code.matchAll(/\/\/=>[^\n]*/g)) {
    if (!used.has(m.index)) shown.push({ where: lineAt(m.index), text: m[0].slice(4).trim(), kind: 'unchecked', why: 'not after a statement' });
  }
  let program = code;
  for (const [pos, , text] of [...inserts].sort((a, b) => b[0] - a[0] || b[1] - a[1])) program = program.slice(0, pos) + text + program.slice(pos);
  return { block, shown, program };
}

/** The expression at the start of `text`, up to a `:`, `;`, `,` or ` (` outside brackets and quotes (a note). */
function leadingExpression(text: string): string {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quote !== '') {
      if (c === '\\') i += 1;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) depth -= 1;
    else if (depth === 0 && (/[:;,]/.test(c) || (c === ' ' && text[i + 1] === '('))) return text.slice(0, i).trim();
  }
  return text.trim();
}

/** `import { a, b as c } from 'dji-care-refresh/x'` as `const { a, b: c } = __import('…', [...])`. */
function importBinding(st: ts.ImportDeclaration): string {
  const from = (st.moduleSpecifier as ts.StringLiteral).text;
  const clause = st.importClause;
  if (clause === undefined || clause.isTypeOnly) return `__import(${JSON.stringify(from)}, []);`;
  const names: [string, string][] = [];
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamedImports(bindings)) {
    for (const s of bindings.elements) if (!s.isTypeOnly) names.push([(s.propertyName ?? s.name).text, s.name.text]);
  }
  if (clause.name !== undefined || (bindings !== undefined && ts.isNamespaceImport(bindings))) throw new Error(`default and namespace imports are not supported: ${st.getText()}`);
  return `const { ${names.map(([a, b]) => (a === b ? a : `${a}: ${b}`)).join(', ')} } = __import(${JSON.stringify(from)}, ${JSON.stringify(names.map(([a]) => a))});`;
}

// ---------------------------------------------------------------------------------------------
// Running.

interface Outcome {
  readonly prepared: Prepared;
  /** Why the block did not run to its end (it then checks only the lines before). */
  readonly failed?: string;
  readonly results: ReadonlyMap<number, { readonly value: unknown; readonly other?: unknown } | { readonly threw: unknown } | { readonly returned: unknown }>;
  readonly fixtures: readonly string[];
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;

/** The prelude, each fixture a function that builds it (fixtures are built from each other). */
function fixtureScope(): Record<string, any> {
  const out: Record<string, any> = { ...PRELUDE };
  for (const [n, make] of Object.entries(FIXTURES)) out[n] = () => make(out);
  return out;
}

const moduleCache = new Map<string, Record<string, unknown>>();

async function run(prepared: Prepared): Promise<Outcome> {
  const js = transformSync(prepared.program, { loader: 'ts', target: 'es2022' }).code;
  let mod = moduleCache.get(prepared.block.file);
  if (mod === undefined) {
    mod = (await import(prepared.block.file)) as Record<string, unknown>;
    moduleCache.set(prepared.block.file, mod);
  }
  // A name the block reads but neither defines nor finds in scope is taken from the fixtures,
  // and the block run again (blocks are deterministic and change nothing outside themselves).
  const fixtures: string[] = [];
  for (;;) {
    const outcome = await runOnce(prepared, js, { ...PRELUDE, ...mod }, fixtures);
    const missing = /^ReferenceError: ([\w$]+) is not defined$/.exec(outcome.failed ?? '')?.[1];
    if (missing === undefined || !Object.hasOwn(FIXTURES, missing) || fixtures.includes(missing)) return outcome;
    fixtures.push(missing);
  }
}

async function runOnce(prepared: Prepared, js: string, base: Readonly<Record<string, unknown>>, fixtures: readonly string[]): Promise<Outcome> {
  const scope: Record<string, unknown> = { ...base };
  const made = fixtureScope();
  for (const name of fixtures) scope[name] = made[name]();
  const results = new Map<number, { value: unknown; other?: unknown } | { threw: unknown } | { returned: unknown }>();
  let printed: string | undefined;
  // A console of its own: what a block prints is checked, never shown.
  scope.console = { log: (...args: unknown[]) => void (printed = args.map(String).join(' ')) };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const __check = (i: number, f: () => unknown): void => {
    results.set(i, { value: f() });
  };
  const __same = (i: number, other: () => unknown, f: () => unknown): void => {
    const value = f();
    results.set(i, { value, other: other() });
  };
  const __print = (i: number, f: () => unknown): void => {
    printed = undefined;
    f();
    results.set(i, { value: printed });
  };
  const __throws = (i: number, f: () => unknown): void => {
    try {
      results.set(i, { returned: f() });
    } catch (e) {
      // A name the block lacks is the block's failure, not the error it shows.
      if (e instanceof ReferenceError) throw e;
      results.set(i, { threw: e });
    }
  };
  const __import = (from: string, wanted: readonly string[]): Record<string, unknown> => {
    const entry = ENTRIES[from];
    if (entry === undefined) throw new Error(`imports from ${from}, not an entry of the package`);
    const missing = wanted.filter((n) => !(n in entry) && !isTypeExport(from, n));
    if (missing.length > 0) throw new Error(`imports ${missing.join(', ')} from ${from}, which does not export them`);
    return entry;
  };
  const body = `"use strict"; const { ${names.join(', ')} } = __scope; {\n${js}\n}`;
  try {
    await new AsyncFunction('__scope', '__check', '__print', '__same', '__throws', '__import', body)(scope, __check, __print, __same, __throws, __import);
    return { prepared, results, fixtures };
  } catch (e) {
    return { prepared, results, fixtures, failed: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** The type-only exports of each entry (an example may import a type by its name alone). */
const typeExports = new Map<string, ReadonlySet<string>>();
function isTypeExport(from: string, name: string): boolean {
  let set = typeExports.get(from);
  if (set === undefined) {
    const files: Record<string, string> = {
      'dji-care-refresh': 'src/index.ts',
      'dji-care-refresh/locale': 'src/locale/index.ts',
      'dji-care-refresh/spec': 'src/spec.ts',
    };
    const file = resolve(ROOT, files[from] ?? `src/locale/${from.split('/').pop() as string}.ts`);
    const program = ts.createProgram({ rootNames: [file], options: { noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 } });
    const checker = program.getTypeChecker();
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(file) as ts.SourceFile);
    set = new Set(checker.getExportsOfModule(symbol as ts.Symbol).map((s) => s.getName()));
    typeExports.set(from, set);
  }
  return set.has(name);
}

/** Deep equality as `toEqual` has it: own enumerable keys, prototypes and undefined keys aside. */
function equalValues(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

function failures(o: Outcome): string[] {
  const out: string[] = [];
  o.prepared.shown.forEach((s, i) => {
    if (s.kind === 'unchecked') return;
    const r = o.results.get(i);
    if (r === undefined) {
      out.push(`${s.where}: not reached (${o.failed ?? 'the block ended before'})`);
      return;
    }
    if (s.kind === 'value') {
      if ('value' in r) for (const d of differences(r.value, s.pattern as Pattern)) out.push(`${s.where}: ${d}`);
      return;
    }
    if (s.kind === 'same') {
      if ('value' in r && !equalValues(r.value, r.other)) out.push(`${s.where}: ${inspect(r.value, { depth: 4, breakLength: Infinity })}, shown ${s.text}: ${inspect(r.other, { depth: 4, breakLength: Infinity })}`);
      return;
    }
    if (s.kind === 'printed') {
      const lines = (text: unknown): string => String(text).replace(/\n$/, '').split('\n').map((l) => l.trimEnd()).join('\n');
      const got = 'value' in r ? lines(r.value) : '';
      if (got !== lines(s.text)) out.push(`${s.where}: prints\n${got}\nshown\n${lines(s.text)}`);
      return;
    }
    const want = s.error as NonNullable<Shown['error']>;
    if (!('threw' in r)) {
      out.push(`${s.where}: returned ${inspect((r as { returned: unknown }).returned, { depth: 2 })}, shown to throw ${want.name}`);
      return;
    }
    const e = r.threw as { name?: unknown; code?: unknown; field?: unknown; message?: unknown };
    if (e.name !== want.name) out.push(`${s.where}: threw ${String(e.name)}: ${String(e.message)}, shown ${want.name}`);
    if (want.code !== undefined && e.code !== want.code) out.push(`${s.where}: code ${String(e.code)}, shown '${want.code}'`);
    if (want.field !== undefined && e.field !== want.field) out.push(`${s.where}: field ${String(e.field)}, shown '${want.field}'`);
    if (want.message !== undefined && !String(e.message).startsWith(want.message)) out.push(`${s.where}: message ${JSON.stringify(e.message)}, shown ${JSON.stringify(want.message)}...`);
  });
  if (o.failed !== undefined && !o.prepared.shown.some((s, i) => s.kind !== 'unchecked' && !o.results.has(i))) {
    out.push(`${o.prepared.block.where} (${o.prepared.block.name}): the block fails after its last checked line: ${o.failed}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const files = sourceFiles(SRC).sort();
const found = files.map(examplesOf);
const blocks = found.flatMap((f) => f.blocks);
const tagCount = found.reduce((n, f) => n + f.tags, 0);

function fixtureUse(outcomes: readonly Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) for (const f of o.fixtures) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].map(([f, n]) => `${f} ${n}`).join(', ');
}

describe('doc examples: every @example block runs and shows what the code returns', () => {
  it('runs every block and checks every shown value', { timeout: 60_000 }, async () => {
    const outcomes: Outcome[] = [];
    for (const b of blocks) outcomes.push(await run(prepare(b)));
    const shown = outcomes.flatMap((o) => o.prepared.shown);
    const unchecked = shown.filter((s) => s.kind === 'unchecked');
    const why = new Map<string, number>();
    for (const s of unchecked) why.set(s.why as string, (why.get(s.why as string) ?? 0) + 1);
    const wrong = outcomes.flatMap(failures);
    console.log(
      [
        `doc examples: ${tagCount} @example tags, ${blocks.length} ts blocks in ${found.filter((f) => f.blocks.length > 0).length} files`,
        `  lines checked: ${shown.filter((s) => s.kind === 'value').length} values, ${shown.filter((s) => s.kind === 'printed').length} printed texts, ${shown.filter((s) => s.kind === 'same').length} equal to an expression, ${shown.filter((s) => s.kind === 'throws').length} throws`,
        `  lines not checked: ${unchecked.length}${why.size === 0 ? '' : ` (${[...why].map(([w, n]) => `${n} ${w}`).join(', ')})`}`,
        `  blocks that show no value (run only): ${outcomes.filter((o) => o.prepared.shown.every((s) => s.kind === 'unchecked')).length}`,
        `  blocks given fixtures: ${outcomes.filter((o) => o.fixtures.length > 0).length} (${fixtureUse(outcomes)})`,
        `  wrong: ${wrong.length}`,
      ].join('\n'),
    );
    if (process.env.DOC_EXAMPLES_VERBOSE !== undefined) for (const s of unchecked) console.log(`${s.where}: ${s.why}: ${s.text}`);
    if (process.env.DOC_EXAMPLES_VERBOSE !== undefined) {
      for (const o of outcomes) if (o.fixtures.length > 0) console.log(`${o.prepared.block.where}: fixtures ${o.fixtures.join(', ')}; ${o.prepared.shown.filter((s) => s.kind !== 'unchecked').length} checked`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

describe('doc examples: the checker itself', () => {
  const check = async (code: string): Promise<{ readonly shown: readonly Shown[]; readonly wrong: readonly string[] }> => {
    const o = await run(prepare({ where: 'src/x.ts:10', file: resolve(SRC, 'limits.ts'), name: 'x', code }));
    return { shown: o.prepared.shown, wrong: failures(o).map((w) => w.replace(/^src\/x\.ts:\d+: /, '')) };
  };

  it('passes true lines: values, notes, `...`, Decimal, continued values, a const, printed text, throws', async () => {
    const r = await check(
      [
        "LIMITS.serialLength; //=> 64 (a note)",
        "const m = money('159', 'USD'); //=> { amount: Decimal(159), ... }",
        "[1, 2, 3];",
        "//=> [1,",
        "//=>  2, ...]",
        "'abcdef'; //=> 'abc...'",
        "console.log('a\\nb');",
        '//=> a',
        '//=> b',
        "money('0.5', 'JPY'); // throws InvalidInputError (code 'invalid-value', field 'amount')",
        "money('x', 'USD'); // throws InvalidInputError: Invalid amount: ...",
        'JSON.parse(JSON.stringify(plan)); //=> equal to plan: a note',
        'LIMITS; //=> a frozen object',
      ].join('\n'),
    );
    expect(r.shown.map((s) => s.kind)).toEqual(['value', 'value', 'value', 'value', 'printed', 'throws', 'throws', 'same', 'unchecked']);
    expect(r.wrong).toEqual([]);
    expect(leadingExpression("f(a, { b: ':' }) (note)")).toBe("f(a, { b: ':' })");
  });

  it('names each wrong line: a value, an unshown key, a print, a missing throw, a block that fails, an import', async () => {
    expect((await check("LIMITS.serialLength; //=> 65\n({ a: 1, b: 2 }); //=> { a: 1 }")).wrong).toEqual(['the value: 64, shown 65', 'the value: has b, not shown (add them or `...`)']);
    expect((await check("console.log('a');\n//=> b")).wrong).toEqual(['prints\na\nshown\nb']);
    expect((await check("LIMITS.serialLength; // throws InvalidInputError")).wrong).toEqual(['returned 64, shown to throw InvalidInputError']);
    expect((await check('1; //=> equal to 2')).wrong).toEqual(['1, shown equal to 2: 2']);
    expect((await check('nothing; //=> 1')).wrong).toEqual(['not reached (ReferenceError: nothing is not defined)']);
    expect((await check("import { nothing } from 'dji-care-refresh';")).wrong).toEqual([
      'src/x.ts:10 (x): the block fails after its last checked line: Error: imports nothing from dji-care-refresh, which does not export them',
    ]);
  });
});
