/**
 * The clause index against the spec and the code: the shipped spec (`src/spec.ts`, the entry
 * `dji-care-refresh/spec`) has every clause of `CLAUSES` and back, in order, each with its text
 * or interpretation; every clause is cited by a doc comment in `src/` and named by a test in
 * `test/`; no file cites an id that does not exist. Where the project's source spec
 * (`../shared/RULES.md`, beside the repository) is present, the shipped copy of every clause
 * must still say the same as it, word for word (Markdown formatting aside).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSES, CLAUSE_IDS, type ClauseId, isClauseId } from '../src/clauses';
import { InvalidInputError } from '../src/errors';
import { SPEC, SPEC_CLAUSES, type SpecClause, specClause } from '../src/spec';

// vitest runs from the repository root; the source spec sits beside the repository (../shared/).
const ROOT = process.cwd();
const RULES_PATH = resolve(ROOT, '..', 'shared', 'RULES.md');
const SELF = resolve(ROOT, 'test', 'clauses.test.ts');
const CLAUSES_FILE = resolve(ROOT, 'src', 'clauses.ts');
const SPEC_FILE = resolve(ROOT, 'src', 'spec.ts');

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

/**
 * What a piece of spec text says, without its Markdown: the sequence of its words (letters and
 * digits), lower-cased. Emphasis, code spans, line breaks, the `—` after a bold id and the
 * punctuation around "Interpretation" do not count; every word does, in order.
 */
function words(markdown: string): string {
  return (markdown.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** A shipped clause as one text: its text, then "Interpretation" and the interpretation. */
function shippedWords(clause: SpecClause): string {
  return words(`${clause.text ?? ''} ${clause.interpretation === undefined ? '' : `Interpretation: ${clause.interpretation}`}`);
}

/** A section of RULES.md: its title and its list items, each joined into one line. */
interface RulesSection {
  readonly title: string;
  readonly items: string[];
}

/** RULES.md read into sections of list items (a clause `- **ID** — ...`, or a note). */
function readRules(markdown: string): RulesSection[] {
  const sections: RulesSection[] = [];
  const current: { lines: string[] | null } = { lines: null };
  const flush = (): void => {
    if (current.lines !== null) sections.at(-1)?.items.push(current.lines.join(' '));
    current.lines = null;
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) {
      flush();
      sections.push({ title: line.slice(3).trim(), items: [] });
    } else if (sections.length === 0) {
      continue;
    } else if (line.startsWith('- ')) {
      flush();
      current.lines = [line.slice(2)];
    } else if (line.trim() === '') {
      flush();
    } else {
      current.lines?.push(line.trim());
    }
  }
  flush();
  return sections;
}

/** A clause item of RULES.md: `**ID** — body`. */
const CLAUSE_ITEM = /^\*\*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\*\*\s*—\s*([\s\S]*)$/;

const srcFiles = filesUnder(resolve(ROOT, 'src'));
const testFiles = filesUnder(resolve(ROOT, 'test'));
const specIds = SPEC_CLAUSES.map((c) => c.id);

describe('clause index: the shipped spec (dji-care-refresh/spec) and CLAUSES', () => {
  it('has every clause once, in the order of CLAUSE_IDS', () => {
    expect(specIds.length).toBeGreaterThanOrEqual(40);
    expect(new Set(specIds).size).toBe(specIds.length);
    expect(specIds).toEqual(CLAUSE_IDS);
  });

  it('gives every clause a text or an interpretation, and every section a title', () => {
    for (const clause of SPEC_CLAUSES) {
      const parts = [clause.text, clause.interpretation].filter((p) => p !== undefined);
      expect(parts.length, clause.id).toBeGreaterThan(0);
      for (const part of parts) {
        expect(part.trim(), clause.id).not.toBe('');
        expect(part, clause.id).not.toContain('\n');
      }
    }
    for (const section of SPEC.sections) expect(section.title.trim()).not.toBe('');
    expect(SPEC.about.length).toBeGreaterThan(0);
  });

  it('points at no file a user of the package cannot read', () => {
    const shipped = JSON.stringify(SPEC);
    expect(shipped).not.toMatch(/RULES\.md|\.\.\/shared|seed\//);
  });

  it('specClause answers each clause and refuses a non-id', () => {
    for (const clause of SPEC_CLAUSES) expect(specClause(clause.id)).toBe(clause);
    expect(() => specClause('ELIG-99H' as ClauseId)).toThrow(InvalidInputError);
  });

  it('gives every clause a one-line summary in CLAUSES', () => {
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

  it('the word comparison ignores Markdown and punctuation, not words', () => {
    expect(words('**ELIG-48H** — An *aircraft*\n  or `gimbal`.')).toBe(words('ELIG 48H: an aircraft or gimbal'));
    expect(words('within 72 hours')).not.toBe(words('within 48 hours'));
  });
});

const haveRules = existsSync(RULES_PATH);
if (!haveRules) console.info(`clause index: ${RULES_PATH} not present; the shipped spec is checked on its own.`);

describe.runIf(haveRules)('clause index: the shipped spec still says what ../shared/RULES.md says', () => {
  const rules = haveRules ? readRules(readFileSync(RULES_PATH, 'utf8')) : [];
  const rulesClauses = rules.flatMap((s) =>
    s.items.flatMap((item) => {
      const m = CLAUSE_ITEM.exec(item);
      return m === null ? [] : [{ id: m[1] as string, body: m[2] as string }];
    }),
  );

  it('has the ids of RULES.md, in its order', () => {
    expect(rulesClauses.map((c) => c.id)).toEqual(specIds);
  });

  it('has the sections of RULES.md, with the same clauses in each', () => {
    expect(SPEC.sections.map((s) => s.title)).toEqual(rules.map((s) => s.title));
    for (const [i, section] of SPEC.sections.entries()) {
      const ids = (rules[i]?.items ?? []).flatMap((item) => CLAUSE_ITEM.exec(item)?.[1] ?? []);
      expect(section.clauses.map((c) => c.id), section.title).toEqual(ids);
    }
  });

  for (const clause of SPEC_CLAUSES) {
    it(`${clause.id}: text and interpretation match RULES.md`, () => {
      const source = rulesClauses.find((c) => c.id === clause.id);
      expect(source, `${clause.id} is in RULES.md`).toBeDefined();
      expect(shippedWords(clause)).toBe(words(source?.body ?? ''));
    });
  }

  it('has the notes of every section of RULES.md', () => {
    for (const [i, section] of SPEC.sections.entries()) {
      const notes = (rules[i]?.items ?? []).filter((item) => !CLAUSE_ITEM.test(item));
      expect(section.notes.map(words), section.title).toEqual(notes.map(words));
    }
  });
});

describe('clause index: every clause is cited by the code and the tests', () => {
  const cited = new Map<string, string[]>();
  for (const file of srcFiles.filter((f) => f !== CLAUSES_FILE && f !== SPEC_FILE)) {
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

  it('every clause is cited by a doc comment in src/ (outside clauses.ts and spec.ts)', () => {
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
