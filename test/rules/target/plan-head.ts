import { yaml } from '../../helpers/rule-tester.js';

/** A plan with a periode and one Pemda target; tests add indicators under its `indikator:`. */
export const head = yaml`
  cascade: 1
  periode: 2025-2029
  sasaran:
    - id: S1
      nama: Sasaran
      ksf: [{id: K1, nama: Faktor}]
      indikator:
`;

/** Indents indicator lines to sit under the head's `indikator:`; the first is line 8. */
export function indicators(text: string): string {
  return (
    head +
    text
      .replace(/^\n/, '')
      .split('\n')
      .map((l) => (l ? `        ${l}` : l))
      .join('\n')
  );
}
