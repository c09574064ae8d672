import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalKode, EDITIONS, levelOfKode, nomenclature, sameName } from '../../src/nomenclature/data.js';

const ROOT = new URL('../../', import.meta.url);

/**
 * Real kode and names, as Kepmendagri 050-5889/2021 has them (lampiran, kabupaten/kota and provinsi).
 * A name marked `named: false` is in the data from one source only and is not held to by kode/nama.
 */
const SAMPLE: [kode: string, name: string, named: boolean][] = [
  ['1', 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR', false],
  ['2.17', 'URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH', true],
  ['1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT', true],
  ['2.15.02', 'PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)', true],
  ['1.03.10.2.01', 'Penyelenggaraan Jalan Kabupaten/Kota', true],
  ['2.15.02.2.05', 'Pengujian Berkala Kendaraan Bermotor', true],
  ['1.01.02.2.01.0001', 'Pembangunan Unit Sekolah Baru (USB)', true],
  ['1.02.02.2.02.0001', 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', true],
  // The support program of every bidang: one list, X.XX.01, whatever bidang it is written under.
  ['1.02.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', true],
  ['X.XX.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', true],
  // Renumbered by 050-5889/2021 (source B); the 050-3708/2020 number stays known (source A).
  ['1.03.10.2.01.0044', 'Rehabilitasi Jalan', true],
  ['1.03.10.2.01.0009', 'Rehabilitasi Jalan', false],
  // Provinsi kegiatan are in the data too.
  ['2.15.02.1.13', 'Penerbitan Izin Penyelenggaraan Angkutan Orang dalam Trayek Lintas Daerah Kabupaten/Kota dalam 1 (Satu) Daerah Provinsi', false],
];

describe('the nomenclature data, edition 2021', () => {
  const nom = nomenclature('2021');

  it('ships only the editions it has data for', () => {
    expect(EDITIONS).toEqual(['2021']);
    expect(nom.title).toBe('Kepmendagri 050-5889/2021');
  });

  for (const [kode, name, named] of SAMPLE) {
    it(`${kode} is "${name}"`, () => {
      const entry = nom.lookup(kode);
      expect(entry, `${kode} is missing`).toBeDefined();
      expect(
        entry!.names.some((n) => sameName(n, name)),
        entry!.names.join(' / '),
      ).toBe(true);
      expect(entry!.named).toBe(named);
      expect(entry!.level).toBe(levelOfKode(kode));
    });
  }

  it('does not know kode that do not exist', () => {
    for (const kode of ['1.03.10.2.02', '9.44.02', '2.15.14', '1.02.02.2.77']) expect(nom.lookup(kode), kode).toBeUndefined();
  });

  it('holds every level in full numbers (see data/nomenklatur/SOURCES.md)', () => {
    expect(nom.kodes('urusan')).toHaveLength(8);
    expect(nom.kodes('bidang').length).toBeGreaterThanOrEqual(40);
    expect(nom.kodes('program').length).toBeGreaterThan(200);
    expect(nom.kodes('kegiatan').length).toBeGreaterThan(1000);
    expect(nom.kodes('sub_kegiatan').length).toBeGreaterThan(5000);
  });

  it('records its sources: repository, commit and date, next to the data', () => {
    const sources = readFileSync(new URL('data/nomenklatur/SOURCES.md', ROOT), 'utf8');
    expect(sources).toMatch(/\| A \| simda-id\/simcan \| [0-9a-f]{40} \| 2020-/);
    expect(sources).toMatch(/\| B \| AldiAlfatih\/BAPPEDA \| [0-9a-f]{40} \| 2025-/);
    expect(sources).toContain('## Cross-check of B against A');
  });
});

describe('kode and names compared as planners write them', () => {
  it('looks the support program up once for every bidang', () => {
    expect(canonicalKode('2.15.01.2.02')).toBe('X.XX.01.2.02');
    expect(canonicalKode(' 2.15.02.2.01 ')).toBe('2.15.02.2.01');
  });
  it('sets case, spacing and spacing around punctuation aside, nothing else', () => {
    expect(sameName('Koordinasi dan Penyusunan Perubahan DPA- SKPD', 'koordinasi dan penyusunan perubahan DPA-SKPD')).toBe(true);
    expect(sameName('Penyelenggaraan Jalan Kabupaten / Kota', 'Penyelenggaraan Jalan Kabupaten/Kota')).toBe(true);
    expect(sameName('Penyelenggaraan Jalan Provinsi', 'Penyelenggaraan Jalan Kabupaten/Kota')).toBe(false);
  });
});
