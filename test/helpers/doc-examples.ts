import type { Files } from './rule-tester.js';

/** The ```yaml blocks of one section of a rule's doc, as the files of one plan (`# file: name` names a block). */
export function sectionFiles(doc: string, heading: string): Files | undefined {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start === -1) return undefined;
  const rest = doc.slice(start + heading.length + 5);
  const section = rest.slice(0, rest.search(/\n## |$/));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (!blocks.length) return undefined;
  return Object.fromEntries(blocks.map((b, i) => [/^# file: (\S+)/.exec(b)?.[1] ?? `example-${i + 1}.yaml`, b]));
}
