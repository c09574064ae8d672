import { readdirSync } from 'node:fs';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers of design/architecture.md (turn 2), top first. A module imports only from layers
 * below its own; folders on one line are siblings and never import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['documents', 'import', 'page', 'init', 'editor'],
  ['tables', 'render', 'trace', 'report', 'config'],
  ['rules'],
  ['nomenclature'],
  ['model'],
  ['load', 'values', 'text'],
  ['core'],
];

/** Imports the layers allow but the design rules out: the views read the plan, never YAML; settings are handed in. */
const NEVER: ReadonlyArray<readonly [from: string, to: string]> = [
  ['config', 'model'],
  ['render', 'load'],
  ['tables', 'load'],
  ['documents', 'load'],
  ['page', 'load'],
];

const layerOf = new Map(LAYERS.flatMap((line, i) => line.map((folder) => [folder, LAYERS.length - i] as const)));

/** For each folder, every other folder on its layer or above: what it may not import. */
function layerRules(): IForbiddenRuleType[] {
  return [...layerOf]
    .flatMap(([from, level]) => {
      const banned = [...layerOf].filter(([to, l]) => to !== from && l >= level).map(([to]) => to);
      return banned.length
        ? [{ name: `layer:${from}`, severity: 'error' as const, from: { path: `^src/${from}/` }, to: { path: `^src/(${banned.join('|')})/` } }]
        : [];
    })
    .concat(
      NEVER.map(([from, to]) => ({ name: `never:${from}->${to}`, severity: 'error' as const, from: { path: `^src/${from}/` }, to: { path: `^src/${to}/` } })),
    );
}

let result: ICruiseResult;

beforeAll(async () => {
  const out = await cruise(
    ['src'],
    {
      validate: true,
      tsPreCompilationDeps: true,
      ruleSet: { forbidden: [...layerRules(), { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] },
      doNotFollow: { path: 'node_modules' },
    },
    {},
    { tsConfig: extractTSConfig('tsconfig.json') },
  );
  result = out.output as ICruiseResult;
}, 60_000);

describe('the import graph of src/', () => {
  it('places every folder of src/ on a layer', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(
      folders.filter((f) => !layerOf.has(f)),
      'add new folders to LAYERS here and to CONTRIBUTING.md',
    ).toEqual([]);
  });

  it('reads every module and resolves every relative import', () => {
    const modules = result.modules.filter((m) => m.source.startsWith('src/'));
    expect(modules.length).toBeGreaterThan(100);
    const unresolved = modules.flatMap((m) =>
      m.dependencies.filter((d) => d.couldNotResolve && d.module.startsWith('.')).map((d) => `${m.source} → ${d.module}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('has no module importing from its own layer, one above it, or a layer the design rules out', () => {
    const broken = result.summary.violations.filter((v) => /^(layer|never):/.test(v.rule.name)).map((v) => `${v.from} → ${v.to}`);
    expect(broken).toEqual([]);
  });

  it('has no cycle', () => {
    const cycles = result.summary.violations
      .filter((v) => v.rule.name === 'no-circular')
      .map((v) => [v.from, ...(v.cycle ?? []).map((c) => c.name)].join(' → '));
    expect(cycles).toEqual([]);
  });
});
