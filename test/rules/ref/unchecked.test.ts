import { describe, expect, it } from 'vitest';
import { lint, ruleTester, yaml } from '../../helpers/rule-tester.js';

// An OPD file with a tab in its indentation, and the Pemda file whose nodes cascade into it.
const broken = 'cascade: 1\nopd:\n  - id: DINAS\n\tnama: Dinas\nsasaran_opd:\n  - {id: DINAS.SS1, nama: Sasaran dinas, opd: DINAS, mendukung: K1}\n';
const pemda = yaml`
  cascade: 1
  sasaran:
    - id: S1
      nama: Sasaran
      ksf:
        - {id: K1, nama: Faktor}
  program:
    - {id: P1, nama: Program, mendukung: DINAS.SS1}
    - {id: P2, nama: Program dua, mendukung: DINAS.SS1}
    - {id: P3, nama: Program tiga, mendukung: NOWHERE}
`;

ruleTester('ref/unchecked', {
  valid: [{ name: 'every file read', files: { 'dinas.yaml': broken.replace('\t', '    '), 'pemda.yaml': pemda } }],
  invalid: [
    {
      name: 'a reference into an unreadable file, once per name',
      files: { 'dinas.yaml': broken, 'pemda.yaml': pemda },
      errors: [
        { file: 'pemda.yaml', line: 8, message: 'may be defined in dinas.yaml: not checked', node: 'DINAS.SS1' },
        { file: 'pemda.yaml', line: 10, node: 'NOWHERE' },
      ],
    },
  ],
});

describe('one unreadable file is one finding', () => {
  it('a tab gives one yaml/syntax finding at the tab, with the plain hint, and no follow-on findings', () => {
    // The fixture's nodes have no indicators nor acuan: findings about pemda.yaml itself, the tab aside.
    const all = lint({ 'dinas.yaml': broken, 'pemda.yaml': pemda }).filter((d) => d.rule !== 'indikator/missing' && d.rule !== 'cascade/acuan');
    const rules = all.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
    expect(rules).toEqual(['dinas.yaml:4:1 yaml/syntax', 'pemda.yaml:8:40 ref/unchecked', 'pemda.yaml:10:45 ref/unchecked']);
    expect(all[0].message.en).toContain('indent with spaces, not tabs');
    expect(all[0].message.id).toContain('gunakan spasi, bukan tab');
  });

  it('the same plan read whole gives its findings again: K1 is cascaded, NOWHERE is unknown', () => {
    const all = lint({ 'dinas.yaml': broken.replace('\t', '    '), 'pemda.yaml': pemda });
    expect(all.filter((d) => d.rule === 'ref/unknown').map((d) => d.node)).toEqual(['NOWHERE']);
    expect(all.map((d) => d.rule)).not.toContain('ref/unchecked');
  });

  it('without the skip, K1 would be reported not cascaded: its child is in the unreadable file', () => {
    const whole = lint({ 'pemda.yaml': pemda });
    expect(whole.some((d) => d.rule === 'cascade/not-cascaded' && d.message.en.includes('K1'))).toBe(true);
  });
});
