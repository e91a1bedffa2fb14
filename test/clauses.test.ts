/**
 * The clause index against the spec and the code: every clause id of RULES.md is in
 * `CLAUSES` and back; every clause is cited by a doc comment in `src/` and named by a test in
 * `test/`; no file cites an id that does not exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSES, CLAUSE_IDS, type ClauseId, isClauseId } from '../src/clauses';

// vitest runs from the repository root; the spec sits beside the repository (../shared/).
const ROOT = process.cwd();
const RULES_PATH = resolve(ROOT, '..', 'shared', 'RULES.md');
const SELF = resolve(ROOT, 'test', 'clauses.test.ts');
const CLAUSES_FILE = resolve(ROOT, 'src', 'clauses.ts');

/** Ids written in bold at the head of a clause: `- **ELIG-48H** — ...`. */
function specIds(markdown: string): string[] {
  return [...markdown.matchAll(/\*\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\*\*/g)].map((m) => m[1] as string);
}

/** Anything that looks like a clause id, so that a typo or an id not in the spec is caught. */
const ID_LIKE = /\b(?:CAT|TERMS|MONEY|SVC|QUOTA|ELIG|REGION|DATE|PERIOD|TIME|USE|FLY|PLUS|REBIND)-[A-Z0-9-]+\b/g;

/**
 * Ids written on purpose as examples of what is NOT a clause (negative tests of `isClauseId`,
 * validation tests). Each must not be a clause.
 */
const DELIBERATELY_UNKNOWN: ReadonlySet<string> = new Set(['ELIG-99H', 'PERIOD-9Y', 'ELIG-24H', 'FLY-NOPE']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|cts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function idLike(text: string): string[] {
  return [...text.matchAll(ID_LIKE)].map((m) => (m[0] as string).replace(/-+$/, ''));
}

/** The text of every `/** ... *\/` doc comment. */
function docComments(source: string): string[] {
  return [...source.matchAll(/\/\*\*[\s\S]*?\*\//g)].map((m) => m[0]);
}

/**
 * The titles of `describe`, `it` and `test` blocks (with `.each`, `.skip`, `.skipIf(...)` and
 * the like): the first argument when it is a string literal or a template.
 */
function testTitles(source: string): string[] {
  const call = /\b(?:describe|it|test)(?:\.\w+(?:\([^()]*\))?)*\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*)\1/g;
  return [...source.matchAll(call)].map((m) => m[2] as string);
}

const spec = readFileSync(RULES_PATH, 'utf8');
const ids = specIds(spec);
const srcFiles = filesUnder(resolve(ROOT, 'src'));
const testFiles = filesUnder(resolve(ROOT, 'test'));

describe('clause index: CLAUSES matches RULES.md', () => {
  it('reads the clause ids of the spec', () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every clause id of the spec', () => {
    expect(ids.filter((id) => !isClauseId(id))).toEqual([]);
  });

  it('has no id the spec does not have', () => {
    expect(CLAUSE_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('lists the ids in the order of the spec', () => {
    expect(CLAUSE_IDS).toEqual(ids);
  });

  it('gives every clause a one-line summary', () => {
    for (const id of CLAUSE_IDS) {
      const summary: string = CLAUSES[id];
      expect(summary.trim(), id).not.toBe('');
      expect(summary, id).not.toContain('\n');
      expect(summary.length, id).toBeLessThanOrEqual(200);
    }
  });

  it('answers isClauseId for ids and non-ids', () => {
    expect(isClauseId('ELIG-48H')).toBe(true);
    expect(isClauseId('ELIG-99H')).toBe(false);
    expect(isClauseId('toString')).toBe(false);
    expect(isClauseId(48)).toBe(false);
  });
});

describe('clause index: every clause is cited by the code and the tests', () => {
  const cited = new Map<string, string[]>();
  for (const file of srcFiles.filter((f) => f !== CLAUSES_FILE)) {
    for (const comment of docComments(readFileSync(file, 'utf8'))) {
      for (const id of idLike(comment)) cited.set(id, [...(cited.get(id) ?? []), relative(ROOT, file)]);
    }
  }
  const tested = new Set<string>();
  for (const file of testFiles.filter((f) => f !== SELF)) {
    for (const title of testTitles(readFileSync(file, 'utf8'))) for (const id of idLike(title)) tested.add(id);
  }

  it('finds doc comments and test titles to search', () => {
    expect(cited.size).toBeGreaterThan(0);
    expect(tested.size).toBeGreaterThan(0);
  });

  it('every clause is cited by a doc comment in src/ (outside clauses.ts)', () => {
    const uncited: ClauseId[] = CLAUSE_IDS.filter((id) => !cited.has(id));
    expect(uncited, `clauses no doc comment in src/ cites: ${uncited.join(', ')}`).toEqual([]);
  });

  it('every clause is named by a describe/it/test title in test/', () => {
    const untested: ClauseId[] = CLAUSE_IDS.filter((id) => !tested.has(id));
    expect(untested, `clauses no test title names: ${untested.join(', ')}`).toEqual([]);
  });
});

describe('clause index: no file cites an id that does not exist', () => {
  it('the deliberately unknown examples are indeed not clauses', () => {
    for (const id of DELIBERATELY_UNKNOWN) expect(isClauseId(id), id).toBe(false);
  });

  for (const file of [...srcFiles, ...testFiles].filter((f) => f !== SELF)) {
    it(relative(ROOT, file), () => {
      const source = readFileSync(file, 'utf8');
      const unknown = [...new Set(idLike(source))].filter((id) => !isClauseId(id) && !DELIBERATELY_UNKNOWN.has(id));
      expect(unknown, `ids that are not clauses of RULES.md in ${relative(ROOT, file)}`).toEqual([]);
    });
  }

  it('the id pattern finds ids and trims a trailing hyphen', () => {
    expect(idLike('see ELIG-48H-style rules, DATE-BUNDLED-OM and PERIOD-* or date-fns')).toEqual(['ELIG-48H', 'DATE-BUNDLED-OM']);
  });

  it('reads test titles of every form', () => {
    const titles = testTitles(
      "describe('ELIG-48H', () => {}); it.each([1])(\"QUOTA-1Y %s\", () => {}); describe.skipIf(x)(`FLY-MODEL`, () => {}); test(\"it's PERIOD-1Y\", f);",
    );
    expect(titles.flatMap(idLike)).toEqual(['ELIG-48H', 'QUOTA-1Y', 'FLY-MODEL', 'PERIOD-1Y']);
  });
});
