import { readFileSync } from 'node:fs';

interface PackageInfo {
  name: string;
  version: string;
}

let info: PackageInfo | undefined;

/** The package's name and version, read once from the package.json shipped beside the compiled code. */
function packageInfo(): PackageInfo {
  info ??= readInfo();
  return info;
}

/** The package version. */
export function toolVersion(): string {
  return packageInfo().version;
}

/** What users install, pinned to this release: `cascade-kinerja@0.1.0`. */
export function toolPackageSpec(): string {
  const { name, version } = packageInfo();
  return `${name}@${version}`;
}

function readInfo(): PackageInfo {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Partial<PackageInfo>;
    return { name: pkg.name ?? 'cascade-kinerja', version: pkg.version ?? '0.0.0' };
  } catch {
    return { name: 'cascade-kinerja', version: '0.0.0' };
  }
}
