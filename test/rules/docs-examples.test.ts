import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { sectionFiles } from '../helpers/doc-examples.js';
import { lint } from '../helpers/rule-tester.js';

/**
 * The Wrong and Right examples of every registered rule's doc are real plans: Wrong is reported by
 * the rule, Right is clean. Only a rule whose Wrong example cannot be written as YAML text (bytes
 * a Markdown page cannot hold) leaves its Wrong section without a yaml block.
 */
// file/unreadable: its Wrong example is the state of a folder (permissions, a name's bytes, a link), tested on disk in its own test.
const WRONG_NOT_YAML = new Set(['file/encoding', 'file/unreadable']);
/** Docs still in English only: add the Indonesian section, then the rule's id leaves this list. */
const ENGLISH_ONLY = new Set([
  'indikator/satuan',
  'indikator/jenis',
  'target/unreadable',
  'target/unquoted-thousands',
  'target/unit',
  'target/skala',
  'target/year',
  'target/arah',
  'target/agregasi',
  'anggaran/unreadable',
  'anggaran/year',
  'anggaran/sum',
  'anggaran/pagu',
  'anggaran/unallocated',
  'anggaran/mitra',
  'anggaran/no-target',
  'sop/unreadable',
  'sop/pelaksana-opd',
  'jabatan/jenis',
  'jabatan/atasan-cycle',
  'jabatan/fungsional',
  'jabatan/eselon',
  'jabatan/line-of-sight',
  'jabatan/workload',
]);

describe('the examples in the rule docs do what they say', () => {
  for (const { meta } of RULES) {
    const { id } = meta;
    const doc = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
    const wrong = sectionFiles(doc, 'Wrong');
    const right = sectionFiles(doc, 'Right');
    if (WRONG_NOT_YAML.has(id)) it(`${id}: the Wrong example is no YAML text`, () => expect(wrong).toBeUndefined());
    else {
      it(`${id}: the Wrong example is reported`, () => {
        expect(wrong, 'a yaml Wrong example').toBeDefined();
        expect(lint(wrong ?? {}, id).length).toBeGreaterThan(0);
      });
    }
    it(`${id}: the Right example is clean`, () => {
      expect(right, 'a yaml Right example').toBeDefined();
      expect(lint(right ?? {}, id)).toEqual([]);
    });
    if (ENGLISH_ONLY.has(id)) it(`${id}: the doc is on the English-only list for now`, () => expect(doc).not.toContain('## Dalam Bahasa Indonesia'));
    else it(`${id}: the doc speaks Indonesian too`, () => expect(doc).toContain('## Dalam Bahasa Indonesia'));
  }
});
