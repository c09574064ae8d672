import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { findCascadeFiles, loadSource } from '../../src/load/files.js';
import { SourceFile } from '../../src/load/source.js';
import { JSON_SCHEMAS, jsonSchemaText, untranslatedOf, type SchemaName } from '../../src/editor/json-schemas.js';
import { SCHEMA_ID } from '../../src/model/schema-id.js';
import { ROOT } from '../helpers/cli.js';
import { yaml } from '../helpers/rule-tester.js';

const committed = (name: SchemaName) => readFileSync(join(ROOT, 'schemas', JSON_SCHEMAS[name].file), 'utf8');
// strictTypes off: a year key is also allowed as an integer, the form YAML editors give it (json-schema.ts).
const validator = (name: SchemaName) => new Ajv({ allErrors: true, strictTypes: false }).compile(JSON.parse(committed(name)));
const data = (text: string) => SourceFile.parse('x.yaml', text).data;

describe('the committed JSON Schemas', () => {
  for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) {
    it(`schemas/${JSON_SCHEMAS[name].file} is what \`cascade schema ${name}\` prints now`, async () => {
      expect(committed(name), `stale: run \`npm run -s build && node bin/cascade.js schema ${name} -o schemas/${JSON_SCHEMAS[name].file}\``).toBe(
        await jsonSchemaText(name),
      );
    });
  }

  it('is draft-07, with descriptions for editors to show on hover', () => {
    const schema = JSON.parse(committed('plan'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.properties.sasaran.description).toMatch(/Sasaran pembangunan Pemda/);
    expect(schema.definitions.Indikator.properties.arah.description).toMatch(/higher is better/);
  });

  it('says every hover text in Indonesian too (add a line to src/model/schema-id.ts with a new description)', () => {
    for (const name of Object.keys(JSON_SCHEMAS) as SchemaName[]) expect(untranslatedOf(name), name).toEqual([]);
    const arah = JSON.parse(committed('plan')).definitions.Indikator.properties.arah.description;
    expect(arah).toBe(
      'naik: higher is better (default); turun: lower is better; tetap: a level to hold or a projection to meet (SPM counts), no trend.\n\nnaik: makin tinggi makin baik (bawaan); turun: makin rendah makin baik; tetap: tingkat yang dipertahankan atau proyeksi yang dipenuhi (capaian SPM), tanpa tren.',
    );
  });

  it('keeps no Indonesian line that no description uses any more', () => {
    const texts = (Object.keys(JSON_SCHEMAS) as SchemaName[]).map((n) => JSON.stringify(JSON.parse(committed(n)))).join('');
    const unused = Object.entries(SCHEMA_ID).filter(([, id]) => !texts.includes(JSON.stringify(id).slice(1, -1)));
    expect(unused.map(([en]) => en)).toEqual([]);
  });

  it('lets per-year maps have year keys that YAML reads as numbers, and names every rule in the config', () => {
    const plan = JSON.parse(committed('plan'));
    const names = plan.definitions.Indikator.properties.target.anyOf[1].propertyNames;
    expect(names.anyOf).toContainEqual({ type: 'integer', minimum: 1000, maximum: 9999 });
    expect(JSON.stringify(plan)).not.toContain('"propertyNames":{"type":"string"');
    const config = JSON.parse(committed('config'));
    expect(Object.keys(config.properties.rules.properties)).toContain('target/year');
    expect(config.properties.rules.additionalProperties).toBe(false);
    expect(validator('config')(data('rules: {target/yeer: off}\n'))).toBe(false);
  });

  const files = findCascadeFiles([join(ROOT, 'examples')]).files;
  it('has examples to check', () => expect(files.length).toBeGreaterThanOrEqual(9));
  const plan = validator('plan');
  for (const f of files) {
    it(`accepts ${f.slice(ROOT.length)}`, () => {
      const ok = plan(loadSource(f, ROOT).data);
      expect(ok, JSON.stringify(plan.errors, null, 2)).toBe(true);
    });
  }

  it('is named by the modeline of every example, so editors find it', () => {
    for (const f of files) {
      const first = readFileSync(f, 'utf8').split('\n')[0];
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, `${f} lacks the modeline on its first line`).not.toBeNull();
      expect(join(f, '..', m![1])).toBe(join(ROOT, 'schemas', 'cascade.schema.json'));
    }
  });

  it('rejects an unknown key, at the top and deep in the tree', () => {
    expect(plan(data('cascade: 1\nsasaran_opdd: []\n'))).toBe(false);
    expect(plan.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'sasaran_opdd' } });
    expect(
      plan(
        data(yaml`
      cascade: 1
      sasaran:
        - id: S1
          nama: x
          ksf:
            - id: K1
              nama: y
              sasaran_opd:
                - {id: SS1, nama: z, opd: D, indikatr: []}
    `),
      ),
    ).toBe(false);
    expect(plan.errors?.[0]).toMatchObject({ params: { additionalProperty: 'indikatr' } });
  });

  it('rejects a wrong value: an arah that is not naik or turun, a missing id', () => {
    expect(plan(data('cascade: 1\nsasaran:\n  - {id: S1, nama: x, indikator: [{nama: i, arah: naikk}]}\n'))).toBe(false);
    expect(plan(data('cascade: 1\nopd:\n  - {nama: Dinas}\n'))).toBe(false);
  });

  it('checks cascade.config.yaml too', () => {
    const config = validator('config');
    expect(config(data('extends: recommended\nrules: {cascade/not-cascaded: off}\nsettings: {hoursPerDay: 8}\n'))).toBe(true);
    expect(config(data('rules: {cascade/not-cascaded: disable}\n'))).toBe(false);
    expect(config(data('setings: {}\n'))).toBe(false);
  });
});
