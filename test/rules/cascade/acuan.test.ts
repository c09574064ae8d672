import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('cascade/acuan', {
  valid: [
    yaml`
      cascade: 1
      acuan:
        - {id: ISU-1, nama: Tingginya prevalensi stunting, jenis: isu}
      sasaran:
        - {id: S1, nama: Menurunnya prevalensi stunting, acuan: ISU-1}
        - {id: S2, nama: Meningkatnya kualitas SDM, acuan: [ISU-1]}
    `,
  ],
  invalid: [
    {
      name: 'a Sasaran Pemda without acuan, or with an empty list',
      files: yaml`
        cascade: 1
        sasaran:
          - id: S1
            nama: Menurunnya prevalensi stunting
          - {id: S2, nama: s, acuan: []}
      `,
      errors: [
        { line: 3, column: 9, node: 'S1', message: 'The Sasaran Pemda `S1` names no acuan' },
        { line: 5, column: 10, node: 'S2' },
      ],
    },
  ],
});
