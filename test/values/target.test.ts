import { describe, expect, it } from 'vitest';
import { isNoData, readTargetValue, unitAgrees } from '../../src/values/target.js';
import { expectReason, readingValue } from './expect-reading.js';

const SAKIP = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'];
const BPK = ['TMP', 'TW', 'WDP', 'WTP'];

describe('readTargetValue', () => {
  it.each([
    [70, { satuan: '%' }, { kind: 'number', value: 70 }],
    ['70%', { satuan: '%' }, { kind: 'number', value: 70, unit: '%' }],
    ['70 persen', { satuan: '%' }, { kind: 'number', value: 70, unit: 'persen' }],
    ['6 juta', { satuan: 'kunjungan' }, { kind: 'number', value: 6e6 }],
    ['6 juta kunjungan', { satuan: 'kunjungan' }, { kind: 'number', value: 6e6, unit: 'kunjungan' }],
    ['40 destinasi', { satuan: 'destinasi' }, { kind: 'number', value: 40, unit: 'destinasi' }],
    ['2000', {}, { kind: 'number', value: 2000 }],
    ['69,1-69,5', { satuan: 'tahun' }, { kind: 'range', min: 69.1, max: 69.5, decimals: 1 }],
    ['71,90', { satuan: 'indeks' }, { kind: 'number', value: 71.9, decimals: 2 }],
    ['≤ 14,2', { satuan: '%' }, { kind: 'bound', side: 'max', strict: false, value: 14.2, decimals: 1 }],
    ['<=14,2%', { satuan: '%' }, { kind: 'bound', side: 'max', strict: false, value: 14.2, unit: '%', decimals: 1 }],
    ['< 5', { satuan: '%' }, { kind: 'bound', side: 'max', strict: true, value: 5 }],
    ['maks. 14,2', {}, { kind: 'bound', side: 'max', strict: false, value: 14.2, decimals: 1 }],
    ['Maks 14,2', {}, { kind: 'bound', side: 'max', strict: false, value: 14.2, decimals: 1 }],
    ['maksimal 3 kasus', { satuan: 'kasus' }, { kind: 'bound', side: 'max', strict: false, value: 3, unit: 'kasus' }],
    ['kurang dari 16', {}, { kind: 'bound', side: 'max', strict: true, value: 16 }],
    ['≥ 90', { satuan: '%' }, { kind: 'bound', side: 'min', strict: false, value: 90 }],
    ['>= 90%', { satuan: '%' }, { kind: 'bound', side: 'min', strict: false, value: 90, unit: '%' }],
    ['> 90', {}, { kind: 'bound', side: 'min', strict: true, value: 90 }],
    ['min 90', {}, { kind: 'bound', side: 'min', strict: false, value: 90 }],
    ['min. 90', {}, { kind: 'bound', side: 'min', strict: false, value: 90 }],
    ['minimal 90', {}, { kind: 'bound', side: 'min', strict: false, value: 90 }],
    ['paling sedikit 2.000 orang', { satuan: 'orang' }, { kind: 'bound', side: 'min', strict: false, value: 2000, unit: 'orang' }],
    ['10–20%', { satuan: 'persen' }, { kind: 'range', min: 10, max: 20, unit: '%' }],
    ['-5', {}, { kind: 'number', value: -5 }],
    ['10 km-lajur', { satuan: 'km-lajur' }, { kind: 'number', value: 10, unit: 'km-lajur' }],
  ])('%j with %j', (input, opts, expected) => {
    expect(readingValue(readTargetValue(input, opts))).toEqual(expected);
  });

  it.each([
    ['A', SAKIP, 'A', 5],
    ['aa', SAKIP, 'AA', 6],
    [' bb ', SAKIP, 'BB', 4],
    ['D', SAKIP, 'D', 0],
    ['WTP', BPK, 'WTP', 3],
    ['wdp', BPK, 'WDP', 2],
  ])('predikat %j on %j is %s (rank %d)', (input, skala, label, rank) => {
    expect(readingValue(readTargetValue(input, { satuan: 'predikat', skala }))).toEqual({ kind: 'predikat', label, rank });
  });

  it.each([
    ['≤', 'empty'],
    ['min', 'empty'],
    ['maks. 10-20', 'range'],
    ['minggu 3', 'not a number'],
    ['≤ 14,2 orang', 'disagrees'],
  ])('refuses %j', (input, reason) => {
    expectReason(readTargetValue(input, { satuan: '%' }), reason);
  });

  it.each(['N/A', 'n/a', '-', 'belum ada data', ' Belum  ada data ', '—', 'tidak ada data'])('%j is no data', (v) => {
    expect(isNoData(v)).toBe(true);
  });
  it.each(['0', 0, 'NaN', 'ada', '-5', ''])('%j is not "no data"', (v) => {
    expect(isNoData(v)).toBe(false);
  });

  it('reads numeric labels of a skala given as numbers by YAML', () => {
    expect(readingValue(readTargetValue(3, { skala: ['1', '2', '3'] }))).toEqual({ kind: 'predikat', label: '3', rank: 2 });
  });

  it.each([
    ['E', { satuan: 'predikat', skala: SAKIP }, 'not on the skala'],
    ['A+', { satuan: 'predikat', skala: SAKIP }, 'D, C, CC, B, BB, A, AA'],
    [70, { satuan: 'predikat', skala: BPK }, 'not on the skala'],
    [null, { satuan: 'predikat', skala: BPK }, 'a label of the skala'],
    ['A', { satuan: 'predikat', skala: [] }, 'no labels'],
    ['A', { satuan: 'predikat' }, 'needs the list'],
    ['A', { satuan: 'Predikat' }, 'needs the list'],
    ['70 orang', { satuan: '%' }, 'disagrees'],
    ['10–20 orang', { satuan: '%' }, 'disagrees'],
    ['40 destinasi', { satuan: 'kunjungan' }, 'disagrees'],
    ['A', { satuan: '%' }, 'not a number'],
    ['5-3', {}, 'lower end is above'],
    ['', {}, 'empty'],
    [[70], {}, 'a list'],
  ])('%j with %j is refused (%s)', (input, opts, why) => {
    expectReason(readTargetValue(input, opts), why);
  });
});

describe('unitAgrees', () => {
  it.each([
    ['%', '%'],
    ['%', 'persen'],
    ['persen', '%'],
    ['Persen', 'PERSEN'],
    ['destinasi', 'destinasi'],
    ['Destinasi', 'destinasi'],
    ['', '%'],
    ['  ', 'orang'],
    ['orang / tahun', 'orang/tahun'],
    ['unit  kerja', 'Unit Kerja'],
    ['destinasi', 'destinasi wisata'],
    ['kunjungan wisatawan', 'kunjungan'],
    ['Rp', 'rupiah'],
    ['Rp.', 'Rp'],
  ])('%j agrees with %j', (written, satuan) => {
    expect(unitAgrees(written, satuan)).toBe(true);
  });
  it.each([
    ['orang', '%'],
    ['%', 'orang'],
    ['%', '% poin'],
    ['destinasi', 'kunjungan'],
    ['orang', 'orang/tahun'],
    ['unit', 'unitkerja'],
    ['km', 'm'],
    ['orang', ''],
  ])('%j disagrees with %j', (written, satuan) => {
    expect(unitAgrees(written, satuan)).toBe(false);
  });
});
