/**
 * API docs: every export of `src/index.ts` (functions, constants, classes, interfaces and type
 * aliases) has a doc comment with a summary, an `@example` holding a code block and a
 * `@category`; every function also has a `@param` for each parameter and a `@returns`.
 * Read with the TypeScript compiler API over the repository's own compiler options, so what is
 * checked is what typedoc documents. One Program is built for the whole file.
 */
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const ENTRY = resolve(ROOT, 'src', 'index.ts');

/** The compiler options of tsconfig.json, parsed as `tsc -p .` would. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = resolve(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath)).options;
}

/** What one export's documentation lacks (empty when it is complete). */
interface Finding {
  readonly name: string;
  readonly missing: readonly string[];
}

/** The text of a tag, with its parts joined. */
function tagText(tag: ts.JSDocTagInfo): string {
  return (tag.text ?? []).map((p) => p.text).join('');
}

/** The function-like declarations of a symbol: `function f` and `const f = (...) => ...`. */
function functionDeclarations(symbol: ts.Symbol): ts.SignatureDeclaration[] {
  const found: ts.SignatureDeclaration[] = [];
  for (const d of symbol.declarations ?? []) {
    if (ts.isFunctionDeclaration(d)) found.push(d);
    else if (
      ts.isVariableDeclaration(d) &&
      d.initializer !== undefined &&
      (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
    ) {
      found.push(d.initializer);
    }
  }
  return found;
}

/** The exports of a module and what each one's documentation lacks. */
function auditExports(program: ts.Program, entryFile: string): { readonly names: readonly string[]; readonly findings: readonly Finding[] } {
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(entryFile);
  if (entry === undefined) throw new Error(`no source file ${entryFile}`);
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  if (moduleSymbol === undefined) throw new Error(`${entryFile} is not a module`);
  const exported = checker.getExportsOfModule(moduleSymbol);

  const findings = exported.map((exportSymbol): Finding => {
    // `export { x } from './y'` and `export type { T }` resolve to the declaration itself.
    const symbol = exportSymbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exportSymbol) : exportSymbol;
    const missing: string[] = [];

    if (ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() === '') missing.push('summary');

    const tags = symbol.getJsDocTags(checker);
    const examples = tags.filter((t) => t.name === 'example');
    if (examples.length === 0) missing.push('@example');
    else if (!examples.some((t) => /```[^\n]*\n[\s\S]*\S[\s\S]*```/.test(tagText(t)))) missing.push('@example with a code block');
    if (!tags.some((t) => t.name === 'category' && tagText(t).trim() !== '')) missing.push('@category');

    const functions = functionDeclarations(symbol);
    if (functions.length > 0) {
      // Overloads share the tags of every declaration of the symbol.
      const documented = new Set<string>();
      let paramTags = 0;
      for (const d of symbol.declarations ?? []) {
        for (const tag of ts.getJSDocTags(d)) {
          if (!ts.isJSDocParameterTag(tag)) continue;
          paramTags += 1;
          if (ts.isIdentifier(tag.name)) documented.add(tag.name.text);
        }
      }
      const params = new Set(functions.flatMap((f) => f.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : null))));
      for (const p of params) {
        if (p === null) {
          if (paramTags === 0) missing.push('@param for a destructured parameter');
        } else if (!documented.has(p)) {
          missing.push(`@param ${p}`);
        }
      }
      const returnsVoid = functions.every((f) => f.type?.kind === ts.SyntaxKind.VoidKeyword);
      if (!returnsVoid && !tags.some((t) => t.name === 'returns' || t.name === 'return')) missing.push('@returns');
    }
    return { name: exportSymbol.getName(), missing };
  });
  return { names: exported.map((s) => s.getName()), findings };
}

/** Each incomplete export as `name: what is missing`. */
function incomplete(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.missing.length > 0).map((f) => `${f.name}: ${f.missing.join(', ')}`);
}

/** A Program over in-memory files, to show what the audit reports. */
function memoryProgram(files: Readonly<Record<string, string>>): ts.Program {
  const options: ts.CompilerOptions = { noLib: true, types: [], module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
  const host = ts.createCompilerHost(options);
  host.fileExists = (f) => Object.hasOwn(files, f);
  host.readFile = (f) => files[f];
  host.getSourceFile = (f, version) => {
    const text = files[f];
    return text === undefined ? undefined : ts.createSourceFile(f, text, version);
  };
  return ts.createProgram({ rootNames: Object.keys(files), options, host });
}

const LOCALE_ENTRY = resolve(ROOT, 'src', 'locale', 'index.ts');
/** The locale modules, each its own entry (`dji-care-refresh/locale/<tag>`). */
const LOCALE_MODULES = ['en', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'de', 'fr', 'es', 'it'].map((tag) => resolve(ROOT, 'src', 'locale', `${tag}.ts`));
const program = ts.createProgram({ rootNames: [ENTRY, LOCALE_ENTRY, ...LOCALE_MODULES], options: compilerOptions() });
const api = auditExports(program, ENTRY);

describe('API docs: every export documented', () => {
  it('finds the exports of src/index.ts, re-exported types included', () => {
    expect(api.names.length).toBeGreaterThan(100);
    for (const n of ['checkPurchaseEligibility', 'Decision', 'PRODUCTS', 'InvalidInputError', 'ClauseId', 'Remaining']) {
      expect(api.names).toContain(n);
    }
  });

  it('every export has a summary, an @example with a code block and a @category; functions their @param and @returns', () => {
    const lacking = incomplete(api.findings);
    expect(lacking, `exports with incomplete docs:\n${lacking.join('\n')}`).toEqual([]);
  });

  it('documents the locale entry (dji-care-refresh/locale) and every locale module the same way', () => {
    const locale = auditExports(program, LOCALE_ENTRY);
    expect(locale.names).toEqual(expect.arrayContaining(['formattingLocale', 'formatAmount', 'displayWidth', 'selectPlural', 'Locale']));
    const modules = LOCALE_MODULES.map((file) => auditExports(program, file));
    const lacking = [locale, ...modules].flatMap((m) => incomplete(m.findings));
    expect(lacking, `exports with incomplete docs:\n${lacking.join('\n')}`).toEqual([]);
  });

  it('names each export that lacks something, and what it lacks', () => {
    const example = ' * @example\n * ```ts\n * f(1); //=> 1\n * ```\n';
    const program = memoryProgram({
      '/m/api.ts': [
        `/**\n * Complete.\n *\n * @param x - a number\n * @returns x\n${example} *\n * @category A\n */`,
        'export function f(x: number): number { return x; }',
        `/**\n * No tags for its parameter and result.\n${example} * @category A\n */`,
        'export const g = (y: number): number => y;',
        '/** @category A */',
        'export function h({ z }: { z: number }): void { void z; }',
        '/**\n * An example without code.\n *\n * @example f(1) is 1\n * @category A\n */',
        'export const k = 1;',
        `/**\n * Uncategorised.\n${example} */`,
        'export interface T { readonly a: number }',
        'export type U = string;',
      ].join('\n'),
    });
    expect(incomplete(auditExports(program, '/m/api.ts').findings).sort()).toEqual([
      'g: @param y, @returns',
      'h: summary, @example, @param for a destructured parameter',
      'k: @example with a code block',
      'T: @category',
      'U: summary, @example, @category',
    ].sort());
  });
});
