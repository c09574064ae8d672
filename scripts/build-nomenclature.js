// @ts-check
/**
 * Builds data/nomenklatur/2021.json.gz, the nomenclature of urusan, bidang urusan, program, kegiatan
 * and sub kegiatan that the kode/* rules read, from two public copies read straight from git:
 *
 *   A  simda-id/simcan, backup_dbmaster/update_parameter_kep050.sql: the complete parameter tables
 *      of SIMDA Perencanaan after Kepmendagri 050-3708/2020, the list that Kepmendagri 050-5889/2021
 *      verified, validated and updated (provinsi and kabupaten/kota, every bidang).
 *   B  AldiAlfatih/BAPPEDA, database/seeders/*Seeder.php: the nomenclature a kabupaten loads into its
 *      planning system under Kepmendagri 050-5889/2021 (a subset: the items that Pemda uses).
 *
 * A gives the structure and the names; B checks them: every kode of B is looked up in A and its name
 * compared (case, spacing and punctuation spacing aside). Where B names a kode differently, both
 * names are kept (a plan using either is not warned); a kode only B has is kept too, marked so.
 * The counts and every difference go to data/nomenklatur/SOURCES.md next to the data.
 *
 *   node scripts/build-nomenclature.js <simcan git dir> <BAPPEDA git dir>
 *
 * Facts are carried over with their source recorded; no code of either repository is used.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const SOURCE_A = { repo: 'simda-id/simcan', commit: '94540f833fc5c5c489b275ea00d6731cd1452fdc', path: 'backup_dbmaster/update_parameter_kep050.sql' };
const SOURCE_B = {
  repo: 'AldiAlfatih/BAPPEDA',
  commit: '915fd4e',
  paths: ['UrusanSeeder', 'BidangUrusanSeeder', 'ProgramSeeder', 'KegiatanSeeder', 'SubKegiatanSeeder'].map((n) => `database/seeders/${n}.php`),
};
// Urusan are named in Permendagri 90/2019 (Lampiran I), not in the parameter tables of A.
const URUSAN = {
  1: 'URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR',
  2: 'URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR',
  3: 'URUSAN PEMERINTAHAN PILIHAN',
  4: 'UNSUR PENDUKUNG URUSAN PEMERINTAHAN',
  5: 'UNSUR PENUNJANG URUSAN PEMERINTAHAN',
  6: 'UNSUR PENGAWASAN URUSAN PEMERINTAHAN',
  7: 'UNSUR KEWILAYAHAN',
  8: 'UNSUR PEMERINTAHAN UMUM',
};

const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node scripts/build-nomenclature.js <simda-id/simcan git dir> <AldiAlfatih/BAPPEDA git dir>');
  process.exit(2);
}
const show = (dir, commit, path) => execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
const fullCommit = (dir, commit) => execFileSync('git', ['--git-dir', dir, 'rev-parse', commit], { encoding: 'utf8' }).trim();
const commitDate = (dir, commit) => execFileSync('git', ['--git-dir', dir, 'log', '-1', '--format=%cI', commit], { encoding: 'utf8' }).trim();

/** The value tuples of every `INSERT/REPLACE INTO \`table\`` statement, as arrays of strings/numbers. */
function sqlRows(sql, table) {
  const rows = [];
  const head = new RegExp(`(?:INSERT|REPLACE) INTO \`${table}\`[^;]*?VALUES`, 'g');
  for (let m = head.exec(sql); m; m = head.exec(sql)) {
    let i = m.index + m[0].length;
    while (i < sql.length) {
      while (/\s|,/.test(sql[i])) i++;
      if (sql[i] !== '(') break;
      i++;
      const row = [];
      let cur = '';
      for (;;) {
        const c = sql[i];
        if (c === "'") {
          cur = '';
          i++;
          while (sql[i] !== "'" || sql[i + 1] === "'") {
            if (sql[i] === '\\') {
              cur += sql[i + 1] === 'r' ? '\r' : sql[i + 1] === 'n' ? '\n' : sql[i + 1];
              i += 2;
            } else if (sql[i] === "'") {
              cur += "'";
              i += 2;
            } else cur += sql[i++];
          }
          i++;
        } else if (c === ',' || c === ')') {
          row.push(cur.trim());
          cur = '';
          i++;
          if (c === ')') break;
        } else cur += sql[i++];
      }
      rows.push(row);
    }
  }
  return rows;
}

const pad = (s, n) => String(s).trim().padStart(n, '0');
// A marks the items special to Aceh with asterisks; the marks are not part of the name.
const clean = (s) =>
  s
    .replace(/\*+\)?/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Names compared as the rules compare them: case, spacing and spacing around punctuation aside. */
export const sameName = (a, b) => norm(a) === norm(b);
const norm = (s) =>
  s
    .toLowerCase()
    .replace(/\s*([/,.()-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The level of a kode by its number of segments: 1.02 bidang, 1.02.02 program, 1.02.02.2.01 kegiatan. */
const byDepth = (kode) => [null, 'urusan', 'bidang', 'program', null, 'kegiatan', 'sub_kegiatan'][kode.split('.').length] ?? null;

// ---- A: simcan
const sqlA = show(dirA, SOURCE_A.commit, SOURCE_A.path);
/** kode -> Set of names (provinsi and kabupaten/kota may name a shared kode differently). */
const A = new Map();
const add = (map, kode, name) => {
  const set = map.get(kode) ?? new Set();
  set.add(clean(name));
  map.set(kode, set);
};
const bidangById = new Map();
for (const [id, , , kdUrusan, kdBidang, nama] of sqlRows(sqlA, '90_ref_bidang')) {
  const u = Number(kdUrusan) - 1; // A numbers the penunjang block 1 and shifts every urusan by one
  if (u < 0 || u > 8) continue; // 10 and 11: the special bidang of Aceh and DIY, outside the national list
  const kode = kdBidang === 'XX' ? 'X.XX' : `${u}.${pad(kdBidang, 2)}`;
  bidangById.set(id, kode);
  if (kode !== 'X.XX') add(A, kode, nama);
}
const programById = new Map();
for (const [idBidang, id, , , kd, nama, status] of sqlRows(sqlA, '90_ref_program')) {
  const b = bidangById.get(idBidang);
  if (!b || status === '1') continue;
  const kode = `${b}.${pad(kd, 2)}`;
  programById.set(id, kode);
  add(A, kode, nama);
}
const kegiatanById = new Map();
for (const [idProgram, id, , , kd, nama, status] of sqlRows(sqlA, '90_ref_kegiatan')) {
  const p = programById.get(idProgram);
  if (!p || status === '1' || !/^\d{3}$/.test(kd)) continue;
  const kode = `${p}.${kd[0]}.${kd.slice(1)}`;
  kegiatanById.set(id, kode);
  add(A, kode, nama);
}
for (const [idKegiatan, , , , kd, nama, status] of sqlRows(sqlA, '90_ref_sub_kegiatan')) {
  const k = kegiatanById.get(idKegiatan);
  if (!k || status === '1' || !/^\d{1,4}$/.test(kd)) continue;
  add(A, `${k}.${pad(kd, 4)}`, nama);
}

// ---- B: BAPPEDA seeders
const B = new Map();
const malformedB = [];
const SHAPES = [/^\d$/, /^\d\.\d{2}$/, /^\d\.\d{2}\.\d{2}$/, /^\d\.\d{2}\.\d{2}\.\d\.\d{2}$/, /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/];
for (const path of SOURCE_B.paths) {
  const php = show(dirB, SOURCE_B.commit, path);
  for (const m of php.matchAll(/'nomor_kode'\s*=>\s*'([^']*)'\s*,\s*'nomenklatur'\s*=>\s*'((?:[^'\\]|\\.)*)'/g)) {
    // B often writes the provinsi/kabupaten segment of a kegiatan with two digits (1.01.02.02.01).
    const raw = m[1].trim().replace(/^(\d\.\d{2}\.\d{2})\.0(\d)\./, '$1.$2.');
    const name = m[2].replace(/\\'/g, "'");
    if (!SHAPES.some((re) => re.test(raw))) {
      malformedB.push(raw);
      continue;
    }
    // The supporting program x.xx.01 and what is under it are the same for every bidang: X.XX.01.
    const parts = raw.split('.');
    const kode = parts.length >= 3 && parts[2] === '01' ? ['X', 'XX', ...parts.slice(2)].join('.') : raw;
    if (!B.has(kode)) B.set(kode, clean(name));
  }
}

// ---- cross-check
// B was typed by hand: a name that A gives to a kode of another program is B's slip (a support
// kegiatan written under the wrong program, say), not a second name; such rows of B are left out.
const kodesByNameA = new Map();
for (const [kode, names] of A) {
  for (const n of names) {
    const key = `${byDepth(kode)}\u0000${norm(n)}`;
    kodesByNameA.set(key, [...(kodesByNameA.get(key) ?? []), kode]);
  }
}
const agree = [];
const differ = [];
const onlyB = [];
const misplacedB = [];
for (const [kode, name] of B) {
  const depth = kode.split('.').length;
  if (depth === 1) continue; // urusan: A has no names for them
  const names = A.get(kode);
  // Only a name that A gives under another program alone: names repeat within a program (the
  // provinsi and kabupaten/kota kegiatan, or a sub kegiatan 050-5889/2021 renumbered).
  const program = kode.split('.').slice(0, 3).join('.');
  const sameLevel = kodesByNameA.get(`${byDepth(kode)}\u0000${norm(name)}`) ?? [];
  const elsewhere = sameLevel.some((k) => k.startsWith(`${program}.`)) ? [] : sameLevel.filter((k) => k !== kode);
  if (elsewhere.length > 0 && !(names && [...names].some((n) => sameName(n, name)))) {
    misplacedB.push([kode, name, elsewhere[0]]);
    B.delete(kode);
  } else if (!names) onlyB.push([kode, name]);
  else if ([...names].some((n) => sameName(n, name))) agree.push(kode);
  else differ.push([kode, [...names][0], name]);
}

// ---- the data: one object per level, kode -> name or [names] when sources or pemda kinds differ
const data = { urusan: {}, bidang: {}, program: {}, kegiatan: {}, sub_kegiatan: {} };
for (const [u, name] of Object.entries(URUSAN)) data.urusan[u] = name;
const put = (kode, names) => {
  const lv = byDepth(kode);
  if (!lv) return;
  const list = [...new Set(names)];
  data[lv][kode] = list.length === 1 ? list[0] : list;
};
for (const [kode, names] of A) put(kode, [...names, ...(differ.some((d) => d[0] === kode) ? [B.get(kode)] : [])]);
for (const [kode, name] of onlyB) put(kode, [name]);
// Names the rules may hold a plan to: those B confirms (same name as A, another name, or B's own).
// A name only A gives is the 050-3708/2020 wording, which 050-5889/2021 changed for about one
// item in ten that B checks: a warning on it could be a false alarm, so it is not held to.
const named = [...B.keys()].filter((k) => byDepth(k) && byDepth(k) !== 'urusan').sort();

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'data', 'nomenklatur');
const commitA = fullCommit(dirA, SOURCE_A.commit);
const commitB = fullCommit(dirB, SOURCE_B.commit);
const meta = {
  edition: '2021',
  title: 'Kepmendagri 050-5889/2021',
  built: new Date().toISOString().slice(0, 10),
  sources: [
    { id: 'A', repo: SOURCE_A.repo, commit: commitA, date: commitDate(dirA, commitA), path: SOURCE_A.path },
    { id: 'B', repo: SOURCE_B.repo, commit: commitB, date: commitDate(dirB, commitB), paths: SOURCE_B.paths },
  ],
};
const counts = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Object.keys(v).length]));
writeFileSync(join(out, '2021.json.gz'), gzipSync(JSON.stringify({ meta, ...data, named }), { level: 9 }));

const countB = (lv) => [...B.keys()].filter((k) => byDepth(k) === lv).length + misplacedB.filter((d) => byDepth(d[0]) === lv).length;
const md = [
  '# Nomenclature data: sources and cross-check',
  '',
  `Generated by \`node scripts/build-nomenclature.js\` on ${meta.built}. Do not edit by hand.`,
  '',
  '| id | repository | commit | commit date | file(s) |',
  '| --- | --- | --- | --- | --- |',
  `| A | ${SOURCE_A.repo} | ${commitA} | ${meta.sources[0].date} | ${SOURCE_A.path} |`,
  `| B | ${SOURCE_B.repo} | ${commitB} | ${meta.sources[1].date} | ${SOURCE_B.paths.join(', ')} |`,
  '',
  'A: the complete parameter tables of SIMDA Perencanaan after Kepmendagri 050-3708/2020 (provinsi and kabupaten/kota).',
  'B: the Kepmendagri 050-5889/2021 nomenclature a kabupaten loads into its planning system (the items it uses).',
  'Urusan names: Permendagri 90/2019, Lampiran I.',
  '',
  '## Shipped (data/nomenklatur/2021.json.gz)',
  '',
  '| level | kode |',
  '| --- | --- |',
  ...Object.entries(counts).map(([k, v]) => `| ${k} | ${v} |`),
  '',
  '## Cross-check of B against A',
  '',
  '| level | kode in B | same name in A | other name in A | not in A | left out (slip in B) |',
  '| --- | --- | --- | --- | --- | --- |',
  ...['bidang', 'program', 'kegiatan', 'sub_kegiatan'].map(
    (lv) =>
      `| ${lv} | ${countB(lv)} | ${agree.filter((k) => byDepth(k) === lv).length} | ${differ.filter((d) => byDepth(d[0]) === lv).length} | ${onlyB.filter((d) => byDepth(d[0]) === lv).length} | ${misplacedB.filter((d) => byDepth(d[0]) === lv).length} |`,
  ),
  '',
  `Malformed kode in B, left out: ${malformedB.length ? malformedB.map((k) => `\`${k}\``).join(', ') : 'none'}.`,
  '',
  '### Left out of B: a name A gives to another kode (a slip in B)',
  '',
  '| kode in B | name in B | kode of that name in A |',
  '| --- | --- | --- |',
  ...misplacedB.map(([k, n, a]) => `| ${k} | ${n} | ${a} |`),
  '',
  '### Named differently (both names accepted)',
  '',
  '| kode | A | B |',
  '| --- | --- | --- |',
  ...differ.map(([k, a, b]) => `| ${k} | ${a} | ${b} |`),
  '',
  '### Only in B (kept: a kode of 050-5889/2021 that 050-3708/2020 did not have)',
  '',
  '| kode | name |',
  '| --- | --- |',
  ...onlyB.map(([k, n]) => `| ${k} | ${n} |`),
  '',
];
writeFileSync(join(out, 'SOURCES.md'), md.join('\n'));
console.log(
  JSON.stringify({
    counts,
    B: B.size,
    agree: agree.length,
    differ: differ.length,
    onlyB: onlyB.length,
    misplacedB: misplacedB.length,
    malformedB: malformedB.length,
  }),
);
