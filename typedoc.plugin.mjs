// @ts-check
/**
 * TypeDoc plugin of this package: adds the "Rules" page, clause id -> the exported symbols
 * whose doc comments cite it, built from the documented API itself (no generated file to keep
 * in sync). Clause ids and their one-line summaries come from src/clauses.ts (CLAUSES), in the
 * order of the spec. A clause cited by no exported symbol is listed as such.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Comment, Converter, MinimalSourceFile, ReflectionKind } from 'typedoc';

const EXAMPLE_ONLY = new Set(['Clauses', 'Decisions', 'Errors']);
const ID_LIKE = /\b(?:CAT|SVC|QUOTA|ELIG|REGION|DATE|PERIOD|USE|FLY|PLUS|REBIND)-[A-Z0-9-]+\b/g;

/** The clause ids and summaries of src/clauses.ts, in order. */
function readClauses(file) {
  const clauses = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*'([A-Z][A-Z0-9-]+)':\s*(['"])(.*)\2,\s*$/.exec(line);
    if (m) clauses.push({ id: m[1], summary: m[3].replace(/\\(['"\\])/g, '$1') });
  }
  return clauses;
}

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

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      const clausesFile = resolve(process.cwd(), 'src', 'clauses.ts');
      const clauses = readClauses(clausesFile);
      /** @type {Map<string, {name: string, kind: string}[]>} */
      const byId = new Map(clauses.map((c) => [c.id, []]));
      for (const child of project.children ?? []) {
        const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
        // The clause index itself, decision and error types name ids only as examples.
        const category = comments.flatMap((c) => c?.blockTags ?? []).find((t) => t.tag === '@category');
        if (category && EXAMPLE_ONLY.has(Comment.combineDisplayParts(category.content).trim())) continue;
        const ids = new Set(comments.flatMap(citedIds));
        // Members (an interface's fields) count for their interface.
        for (const member of child.children ?? []) for (const id of citedIds(member.comment)) ids.add(id);
        for (const id of ids) byId.get(id)?.push({ name: child.name, kind: kindWord(child) });
      }

      const lines = [
        '# Rules',
        '',
        'Every clause of the spec (`RULES.md`), with its one-line summary from `CLAUSES` and the',
        'exported functions and types whose documentation cites it. Every reason a rule returns',
        'carries the same `clause` id, so a support tool can link a refusal to this page.',
        '',
        '| Clause | Summary | Cited by |',
        '| --- | --- | --- |',
      ];
      for (const { id, summary } of clauses) {
        // Functions first, then types and constants, each in source order.
        const found = byId.get(id) ?? [];
        const users = [...found.filter((u) => u.kind === 'function'), ...found.filter((u) => u.kind !== 'function')];
        const cell =
          users.length === 0
            ? '*(no exported symbol)*'
            : users.map((u) => `{@link ${u.name}}${u.kind === 'function' ? '()' : ''}`).join(', ');
        lines.push(`| <a id="${id.toLowerCase()}"></a>\`${id}\` | ${summary.replace(/\|/g, '\\|')} | ${cell} |`);
      }
      lines.push('');
      const file = new MinimalSourceFile(lines.join('\n'), resolve(process.cwd(), 'RULES-INDEX.md'));
      app.converter.addDocument(project, file, 'Rules');
    },
    100,
  );
}
