import { describe, expect, it } from 'vitest';
import { nodeById } from '../../src/model/plan.js';
import { targetShown } from '../../src/model/target-text.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const plan = planOf(yaml`
  cascade: 1
  periode: 2025-2029
  opd:
    - {id: A, nama: Dinas A}
  sasaran_opd:
    - id: SS1
      nama: Sasaran A
      opd: A
      indikator:
        - {nama: Per tahun, satuan: "%", target: {2026: 60, 2025: 50, 2029: 70}}
        - {nama: Akhir periode, satuan: kunjungan, target: 6 juta}
        - {nama: Satuan di nilai, satuan: destinasi, target: {2029: 40 destinasi}}
        - {nama: Rentang, satuan: tahun, target: "69,1-69,5"}
        - {nama: Predikat, satuan: predikat, skala: [C, B, A], target: {2029: A}}
        - {nama: Tak terbaca, satuan: unit, target: {2028: 5, 2029: lima}}
        - {nama: Tanpa target, satuan: unit}
`);
const ind = (i: number) => nodeById(plan, 'SS1')!.indicators[i];

describe('targetShown', () => {
  it('takes the latest year, whatever the order written, or the year asked for', () => {
    expect(targetShown(plan, ind(0))).toMatchObject({ year: 2029, text: '70', bare: '70', withSatuan: '70%', value: 70 });
    expect(targetShown(plan, ind(0), 2026)).toMatchObject({ year: 2026, withSatuan: '60%', value: 60 });
    expect(targetShown(plan, ind(0), 2027)).toEqual({ text: '', bare: '', withSatuan: '' });
  });

  it('reads a single value as the end of the period, in the words planners write', () => {
    expect(targetShown(plan, ind(1))).toMatchObject({ year: 2029, text: '6 juta', withSatuan: '6 juta kunjungan', value: 6e6 });
    expect(targetShown(plan, ind(1), 2029).value).toBe(6e6);
  });

  it('keeps a unit written in the value, and strips it for a column that has the satuan', () => {
    expect(targetShown(plan, ind(2))).toMatchObject({ text: '40 destinasi', bare: '40', withSatuan: '40 destinasi' });
  });

  it('shows ranges and predikat as text, with no number', () => {
    const range = targetShown(plan, ind(3));
    expect(range).toMatchObject({ text: '69,1–69,5', withSatuan: '69,1–69,5 tahun' });
    expect(range.value).toBeUndefined();
    expect(targetShown(plan, ind(4))).toMatchObject({ text: 'A', bare: 'A', withSatuan: 'A' });
  });

  it('shows an unreadable value as written, never an earlier one or a number', () => {
    const t = targetShown(plan, ind(5));
    expect(t).toMatchObject({ year: 2029, text: 'lima', withSatuan: 'lima', unreadable: true });
    expect(t.value).toBeUndefined();
    expect(targetShown(plan, ind(5), 2028)).toMatchObject({ withSatuan: '5 unit', value: 5 });
  });

  it('is empty for an indicator without a target', () => {
    expect(targetShown(plan, ind(6))).toEqual({ text: '', bare: '', withSatuan: '' });
  });
});
