import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/core/suggest.js';

describe('did-you-mean', () => {
  it('counts a swap of neighbouring letters as one slip', () => {
    expect(editDistance('pgau', 'pagu')).toBe(1);
    expect(editDistance('mitar', 'mitra')).toBe(1);
    expect(editDistance('nmaa', 'nama')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('suggests the key meant, for a swap, a letter missing or doubled, and a word cut short', () => {
    const keys = ['id', 'nama', 'singkatan', 'mitra', 'pagu', 'keterangan'];
    expect(closest('mitar', keys)).toBe('mitra');
    expect(closest('pgau', keys)).toBe('pagu');
    expect(closest('nmaa', keys)).toBe('nama');
    expect(closest('singkatn', keys)).toBe('singkatan');
    expect(closest('ket', keys)).toBe('keterangan');
    expect(closest('anggaran', keys)).toBeUndefined();
  });
});
