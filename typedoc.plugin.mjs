// @ts-check
/**
 * TypeDoc plugin of this package.
 *
 * 1. The "Rules" page: the whole spec as shipped in `src/spec.ts` (entry `dji-care-refresh/spec`),
 *    every clause with its text and interpretation, and the exported symbols whose doc comments
 *    cite it, found in the documented API itself: the modules of typedoc.json's entry points
 *    (`dji-care-refresh`, `dji-care-refresh/locale` and each `dji-care-refresh/locale/<tag>`),
 *    each symbol linked through its module's name. A clause cited by no exported symbol says so.
 * 2. The "Quality" page: `test/README.md` (what the test suite checks, with figures). Added here,
 *    not through `projectDocuments`: a project document given as an option makes TypeDoc keep the
 *    single entry point as a module of its own ("index", filed under "Other").
 * 3. Markdown fixes at their cause, for every page (README included):
 *    - markdown-it's linkify turns a bare file name such as `RULES.md` or `SECURITY.md` into a
 *      link to `http://RULES.md` (`.md` is a top-level domain, and linkify-it's "fuzzy" links
 *      need no `http://`). Fuzzy links are turned off: only written-out addresses are linked.
 *    - TypeDoc names a heading (its anchor and the page outline) from the heading's text tokens
 *      only, so "Size (`npm run size`)" became "Size ()". Inline code in a heading gets a text
 *      child with its content, which TypeDoc reads; the heading itself renders as before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { Application, Comment, Converter, MinimalSourceFile, ReflectionKind } from 'typedoc';

/** @type {import('./src/spec.ts')} */
const { SPEC } = await tsImport('./src/spec.ts', import.meta.url);

const EXAMPLE_ONLY = new Set(['Clauses', 'Decisions', 'Errors']);
const ID_LIKE = /\b(?:CAT|TERMS|MONEY|SVC|QUOTA|ELIG|REGION|DATE|PERIOD|TIME|USE|FLY|PLUS|REBIND)-[A-Z0-9-]+\b/g;

/** Clause ids cited by a comment, leaving out its examples (they show outputs, not rules). */
function citedIds(comment) {
  if (!comment) return [];
  const parts = [comment.summary, ...comment.blockTags.filter((t) => t.tag !== '@example').map((t) => t.content)];
  const text = parts.map((p) => Comment.combineDisplayParts(p)).join('\n');
  return [...text.matchAll(ID_LIKE)].map((m) => m[0].replace(/-+$/, ''));
}

function kindWord(reflection) {
  if (reflection.kindOf(ReflectionKind.Function)) return 'function';
  if (reflection.kindOf(ReflectionKind.Interface)) return 'interface';
  if (reflection.kindOf(ReflectionKind.TypeAlias)) return 'type';
  if (reflection.kindOf(ReflectionKind.Class)) return 'class';
  return 'constant';
}

/**
 * markdown-it set-up for every page: no fuzzy links; inline code in headings readable by
 * TypeDoc's heading names.
 *
 * @param {any} parser a markdown-it instance
 */
function markdownFixes(parser) {
  parser.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  parser.core.ruler.push('heading_code_text', (state) => {
    for (const [i, token] of state.tokens.entries()) {
      if (token.type !== 'inline' || state.tokens[i - 1]?.type !== 'heading_open') continue;
      for (const child of token.children ?? []) {
        if (child.type !== 'code_inline' || child.children) continue;
        const text = new state.Token('text', '', 0);
        text.content = child.content;
        child.children = [text];
      }
    }
  });
}

/** The Markdown of the Rules page. */
function rulesPage(project) {
  /** @type {Map<string, {name: string, label: string, kind: string}[]>} */
  const byId = new Map(SPEC.sections.flatMap((s) => s.clauses.map((c) => [c.id, []])));
  // One module per entry point (the main entry, dji-care-refresh/locale, each locale): their
  // declarations, each linked by its module's name.
  const declarations = (project.children ?? []).flatMap((m) => (m.kindOf(ReflectionKind.Module) ? (m.children ?? []).map((c) => [m.name, c]) : [[undefined, m]]));
  for (const [moduleName, child] of declarations) {
    const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
    // The clause index itself, decision and error types name ids only as examples.
    const category = comments.flatMap((c) => c?.blockTags ?? []).find((t) => t.tag === '@category');
    if (category && EXAMPLE_ONLY.has(Comment.combineDisplayParts(category.content).trim())) continue;
    const ids = new Set(comments.flatMap(citedIds));
    // Members (an interface's fields) count for their interface.
    for (const member of child.children ?? []) for (const id of citedIds(member.comment)) ids.add(id);
    const name = moduleName === undefined ? child.name : `"${moduleName}".${child.name}`;
    for (const id of ids) byId.get(id)?.push({ name, label: child.name, kind: kindWord(child) });
  }

  const lines = [
    '---',
    'category: Guides',
    '---',
    '# Rules',
    '',
    'The spec the library encodes, clause by clause: what the source says and, where it is',
    'silent, ambiguous or contradicts itself, the interpretation the library takes. Each clause',
    'lists the exported functions and types whose documentation cites it. Every reason a rule',
    'returns carries the same `clause` id, so a support tool can link a refusal to this page',
    '(the anchor is the id in lower case, e.g. `#elig-48h`).',
    '',
    'The same text ships with the package as data, on an entry point of its own so that the main',
    "bundle does not carry it: `import { SPEC, SPEC_CLAUSES, specClause } from 'dji-care-refresh/spec'`.",
    'The decisions made under the built-in terms name it in their `edition`. The one-line summaries',
    'of {@link "dji-care-refresh".CLAUSES | CLAUSES} are in the main entry.',
    '',
    ...SPEC.about.flatMap((p) => [p, '']),
  ];
  for (const section of SPEC.sections) {
    lines.push(`## ${section.title}`, '');
    for (const clause of section.clauses) {
      // Functions first, then types and constants, each in source order.
      const found = byId.get(clause.id) ?? [];
      const users = [...found.filter((u) => u.kind === 'function'), ...found.filter((u) => u.kind !== 'function')];
      const cited =
        users.length === 0
          ? '*(no exported symbol)*'
          : users.map((u) => `{@link ${u.name} | ${u.label}}${u.kind === 'function' ? '()' : ''}`).join(', ');
      lines.push(`### ${clause.id}`, '');
      if (clause.text !== undefined) lines.push(clause.text, '');
      if (clause.interpretation !== undefined) lines.push(`*Interpretation:* ${clause.interpretation}`, '');
      lines.push(`Cited by: ${cited}`, '');
    }
    for (const note of section.notes) lines.push(`- ${note}`);
    if (section.notes.length > 0) lines.push('');
  }
  return lines.join('\n');
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Options are reset while TypeDoc boots (after plugins load): set the loader once it has booted.
  app.on(Application.EVENT_BOOTSTRAP_END, () => app.options.setValue('markdownItLoader', markdownFixes));
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      const file = new MinimalSourceFile(rulesPage(project), resolve(process.cwd(), 'RULES-INDEX.md'));
      app.converter.addDocument(project, file, 'Rules');
      const qualityPath = resolve(process.cwd(), 'test', 'README.md');
      app.converter.addDocument(project, new MinimalSourceFile(readFileSync(qualityPath, 'utf8'), qualityPath), 'Quality');
    },
    100,
  );
}
