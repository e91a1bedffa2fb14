/**
 * Issue 13 × issue 11, a review of `requireParams` (review2): the kinds table of
 * src/messages/param-kinds.ts against `MessageParams` itself, read with the TypeScript
 * compiler, param by param: every string, number, nullable and enumerated param of every code
 * accepts exactly the values its type allows, and every refusal is an `InvalidInputError`
 * naming the param. (test/adversarial-locale-render.test.ts checks the samples; this checks
 * the type, so a union widened or a param made nullable in codes.ts without its row fails.)
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkPurchaseEligibility, renderDecision } from '../src/index';
import { de } from '../src/locale/de';
import { ENGLISH } from '../src/messages/en';
import { refusal } from './support';
import { requireParams } from '../src/messages/param-kinds';

type Kind = { readonly type: 'string' | 'number'; readonly nullable: boolean } | { readonly type: 'enum'; readonly values: readonly string[] };

/** The kind of every param of every code, as `MessageParams` (src/messages/codes.ts) types it. */
function kindsFromTypes(): ReadonlyMap<string, ReadonlyMap<string, Kind>> {
  const file = fileURLToPath(new URL('../src/messages/codes.ts', import.meta.url));
  const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file) as ts.SourceFile;
  const decl = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'MessageParams') as ts.InterfaceDeclaration;
  const params = checker.getTypeAtLocation(decl);
  const out = new Map<string, Map<string, Kind>>();
  for (const code of checker.getPropertiesOfType(params)) {
    const row = new Map<string, Kind>();
    for (const param of checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(code, decl))) {
      const type = checker.getTypeOfSymbolAtLocation(param, decl);
      const parts = type.isUnion() ? type.types : [type];
      const nullable = parts.some((t) => (t.flags & ts.TypeFlags.Null) !== 0);
      const rest = parts.filter((t) => (t.flags & ts.TypeFlags.Null) === 0);
      if ((param.flags & ts.SymbolFlags.Optional) !== 0) throw new Error(`${code.name}.${param.name} is optional: requireParams has no kind for that`);
      if (rest.every((t) => t.isStringLiteral())) {
        if (nullable) throw new Error(`${code.name}.${param.name}: a nullable enumeration has no kind`);
        row.set(param.name, { type: 'enum', values: rest.map((t) => (t as ts.StringLiteralType).value) });
      } else if (rest.length === 1 && (rest[0] as ts.Type).flags & ts.TypeFlags.String) row.set(param.name, { type: 'string', nullable });
      else if (rest.length === 1 && (rest[0] as ts.Type).flags & ts.TypeFlags.Number) row.set(param.name, { type: 'number', nullable });
      else throw new Error(`${code.name}.${param.name}: type ${checker.typeToString(type)} has no kind`);
    }
    out.set(code.name, row);
  }
  return out;
}

describe('issue 13 × issue 11 (review): the kinds of stored params are exactly MessageParams', () => {
  const TYPES = kindsFromTypes();
  const valid = (kind: Kind): unknown => (kind.type === 'enum' ? kind.values[0] : kind.type === 'string' ? '2026-03-01' : 1);
  const base = (row: ReadonlyMap<string, Kind>): Record<string, unknown> => Object.fromEntries([...row].map(([name, kind]) => [name, valid(kind)]));

  it('the table has a row for every code of MessageParams, and only those (the English catalogue\'s codes)', () => {
    expect([...TYPES.keys()].sort()).toEqual(Object.keys(ENGLISH).sort());
    expect(TYPES.size).toBe(115);
  });

  it('every param of every code accepts exactly the values of its type; every refusal names the param', () => {
    const wrong: string[] = [];
    const expectThat = (what: string, got: string, want: string): void => {
      if (got !== want) wrong.push(`${what}: ${got}, expected ${want}`);
    };
    for (const [code, row] of TYPES) {
      const ok = base(row);
      expectThat(`${code} valid`, refusal(() => requireParams(code, ok, 'r')), 'no error');
      for (const [name, kind] of row) {
        const tryValue = (value: unknown): string => refusal(() => requireParams(code, { ...ok, [name]: value }, 'r'));
        const field = `r.params.${name}`;
        const { [name]: _left, ...without } = ok;
        expectThat(`${code}.${name} left out`, refusal(() => requireParams(code, without, 'r')), `${field} missing`);
        expectThat(`${code}.${name} undefined`, tryValue(undefined), `${field} missing`);
        expectThat(`${code}.${name} true`, tryValue(true), `${field} invalid-value`);
        expectThat(`${code}.${name} {}`, tryValue({}), `${field} invalid-value`);
        if (kind.type === 'enum') {
          for (const v of kind.values) expectThat(`${code}.${name} ${v}`, tryValue(v), 'no error');
          for (const v of ['constructor', '__proto__', 'toString', '', `${kind.values[0]} `, (kind.values[0] as string).toUpperCase(), null, 0])
            expectThat(`${code}.${name} ${String(v)}`, tryValue(v), `${field} invalid-value`);
        } else {
          const other = kind.type === 'string' ? 0 : '1';
          expectThat(`${code}.${name} ${kind.type}`, tryValue(valid(kind)), 'no error');
          expectThat(`${code}.${name} of another kind`, tryValue(other), `${field} invalid-value`);
          expectThat(`${code}.${name} null`, tryValue(null), kind.nullable ? 'no error' : `${field} invalid-value`);
        }
      }
      expectThat(`${code} extra param`, refusal(() => requireParams(code, { ...ok, zz: 'x' }, 'r')), 'r.params.zz invalid-value');
      expectThat(`${code} not an object`, refusal(() => requireParams(code, [], 'r')), 'r.params wrong-type');
    }
    expect(wrong).toEqual([]);
  });

  it('an elapsed time is a whole number of at most 2^53 (the rules measure it between instants of 1979–9999)', () => {
    const codes = [...TYPES].filter(([, row]) => row.has('elapsedSeconds')).map(([code]) => code);
    expect(codes).toEqual(['elig.window.within', 'elig.window.exceeded', 'elig.verify.within', 'elig.verify.exceeded', 'elig.verify.before-notice']);
    for (const code of codes) {
      const ok = base(TYPES.get(code) as ReadonlyMap<string, Kind>);
      for (const value of [0, 331_200, -59, 2 ** 53 - 1]) expect(refusal(() => requireParams(code, { ...ok, elapsedSeconds: value }, 'r')), `${code} ${value}`).toBe('no error');
      for (const value of [1.5, 2 ** 53, 1e24, -1e308]) expect(refusal(() => requireParams(code, { ...ok, elapsedSeconds: value }, 'r')), `${code} ${value}`).toBe('r.params.elapsedSeconds invalid-value');
    }
  });

  it("a stored decision whose elapsed time was tampered with is refused, not written as 'dundefined' (English) or 20 digits of days", () => {
    // Before: renderDecision wrote 'activated 11574074074074073000 dundefined 42 min 8 s before
    // purchase' for elapsedSeconds 1e24 (formatElapsed looks hours and minutes up in tables),
    // 'Infinity d' for 1e308, and German '11.574.074.074.074.073.000 Tg., 37.282 Std., …'.
    const stored = JSON.parse(
      JSON.stringify(
        checkPurchaseEligibility(
          { product: 'mavic-3', productRegion: 'DE', planRegion: 'DE', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false },
          { messages: false },
        ),
      ),
    ) as { trace: { code: string; params: Record<string, unknown> }[] };
    const index = stored.trace.findIndex((c) => c.code === 'elig.window.exceeded');
    expect(index).toBeGreaterThan(-1);
    expect(renderDecision(stored as never).trace[index]?.received).toBe('activated 3 d 20 h before purchase');
    for (const value of [1e24, 1e308]) {
      (stored.trace[index] as { params: Record<string, unknown> }).params['elapsedSeconds'] = value;
      for (const locale of [null, de]) expect(refusal(() => renderDecision(stored as never, { locale }))).toBe(`decision.trace[${index}].params.elapsedSeconds invalid-value`);
    }
  });
});
