/**
 * The words alone of each translation (issue 13's size budget): what any encoding of a locale
 * must carry, however its code is written. `npm run size` prints it beside what each locale
 * adds to an app, so the gap between the two is the code's share and the rest is the text's.
 *
 * Measured from the source, not the bundle: every string literal and every literal part of a
 * template literal in `src/locale/<tag>/` (the catalogue, the texts and the glossary's names),
 * in file order; no property names (the message codes), no identifiers, no comments. They are
 * joined with a NUL between them (a template's parts are as many strings as its params split it
 * into) and gzipped at level 9, as `npm run size` gzips a bundle. English, for comparison: the
 * same of `src/messages/en*.ts` and `src/messages/texts.ts` (the English catalogue and texts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

/** The words of one locale: how many strings, their UTF-8 bytes joined, and those bytes gzipped. */
export interface Words {
  readonly strings: number;
  readonly bytes: number;
  readonly gzip: number;
}

function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // A quoted property name is a message code: the English catalogue has it already.
      const parent = node.parent;
      const isName = (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (!isName && !ts.isLiteralTypeNode(parent)) found.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      found.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function measureFiles(files: readonly string[]): Words {
  const strings = files.flatMap(stringsOf).filter((s) => s !== '');
  const joined = Buffer.from(strings.join('\u0000'), 'utf8');
  return { strings: strings.length, bytes: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
}

/**
 * The words alone of the locale `tag` (its folder `src/locale/<tag>/`), or of English for `'en'`.
 *
 * @example
 * ```ts
 * localeWords(ROOT, 'de').gzip; // gzip bytes of the German words alone
 * ```
 */
export function localeWords(root: string, tag: string): Words {
  if (tag === 'en') {
    const dir = join(root, 'src/messages');
    const files = readdirSync(dir).filter((f) => /^en(-.*)?\.ts$/.test(f) || f === 'texts.ts');
    return measureFiles(files.sort().map((f) => join(dir, f)));
  }
  const dir = join(root, 'src/locale', tag);
  return measureFiles(readdirSync(dir).sort().map((f) => join(dir, f)));
}
