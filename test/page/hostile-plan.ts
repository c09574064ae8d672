// A plan whose every text tries to become markup or script in the web report.
export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '</script><script>window.__pwned = 2</script>',
  '<img src=x onerror="window.__pwned = 3">',
  'javascript:window.__pwned = 4',
  '<!-- comment --> & "quotes" \'apos\' \u202Eevil\u202C',
];

export const HOSTILE_PLAN = `cascade: 1
pemda: "Kota <b>Contoh</b> ${HOSTILE[0]}"
periode: 2025-2029
acuan:
  - {id: ISU-X, nama: ${JSON.stringify(HOSTILE[3])}, jenis: isu}
opd:
  - {id: DINAS, nama: ${JSON.stringify(HOSTILE[2])}, singkatan: ${JSON.stringify(HOSTILE[1])}, pagu: Rp 1 M}
sasaran:
  - id: S1
    nama: ${JSON.stringify(HOSTILE[0])}
    acuan: [ISU-X]
    indikator:
      - {nama: ${JSON.stringify(HOSTILE[4])}, satuan: "%", target: {2025: 10, 2026: 20, 2027: 30, 2028: 40, 2029: 50}}
    ksf:
      - {id: KSF1, nama: ${JSON.stringify(HOSTILE[1])}}
sasaran_opd:
  - id: DINAS.SS1
    nama: ${JSON.stringify(HOSTILE[3])}
    opd: DINAS
    mendukung: KSF1
    indikator:
      - {nama: ${JSON.stringify(HOSTILE[2])}, satuan: "%", target: 90}
    program:
      - id: DINAS.P1
        nama: ${JSON.stringify(HOSTILE[4])}
        kode: 2.15.02
        anggaran: Rp 1 M
        indikator:
          - {nama: ${JSON.stringify(HOSTILE[0])}, satuan: unit, target: 5}
`;
