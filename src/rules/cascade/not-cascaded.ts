import { msg, type Msg } from '../../core/message.js';
import { ancestors, idPath, kegiatanOf } from '../../model/levels.js';
import { LEVELS, type PlanNode } from '../../model/plan.js';
import { defineRule } from '../rule.js';

// Every level but the top one is written as a list under its parent's key of the same name.
const CHILD_KEYS = LEVELS.filter((l) => l !== 'tujuan');

/** What each level should be broken down into, and how to say it is missing. */
function missing(node: PlanNode, aboveProgram: ReadonlySet<PlanNode>): Msg | undefined {
  // `program: P1` where a list belongs is schema/invalid-type's finding; the node is not bare.
  const data = node.data as unknown as Record<string, unknown>;
  if (CHILD_KEYS.some((k) => data[k] !== undefined && data[k] !== null && !Array.isArray(data[k]))) return undefined;
  const has = (level: PlanNode['level']) => node.children.some((c) => c.level === level);
  switch (node.level) {
    case 'tujuan':
      return has('sasaran') ? undefined : msg('it has no sasaran under it', 'belum ada sasaran di bawahnya');
    case 'sasaran':
      return has('ksf') ? undefined : msg('it has no key success factor under it', 'belum ada key success factor di bawahnya');
    case 'ksf':
      return node.children.length ? undefined : msg('nothing is under it', 'belum ada apa pun di bawahnya');
    case 'tujuan_opd':
      return has('sasaran_opd') ? undefined : msg('it has no sasaran strategis OPD under it', 'belum ada sasaran strategis OPD di bawahnya');
    case 'sasaran_opd':
    case 'outcome_antara':
    case 'sasaran_program': {
      // A partner outside the Pemda budget runs no Pemda programs.
      if (node.opd?.mitra) return undefined;
      // One walk up from every program, not a walk down from every target (a long chain was quadratic).
      if (aboveProgram.has(node)) return undefined;
      return msg('it has no program under it', 'belum ada program di bawahnya');
    }
    case 'program':
      return kegiatanOf(node).length ? undefined : msg('it has no kegiatan under it', 'belum ada kegiatan di bawahnya');
    case 'sasaran_kegiatan':
      return has('kegiatan') ? undefined : msg('it has no kegiatan under it', 'belum ada kegiatan di bawahnya');
    default:
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'cascade/not-cascaded',
    description: msg(
      'Every target is cascaded further: sasaran → ksf → sasaran_opd → program → kegiatan (through tujuan OPD, intermediate outcomes, sasaran program and sasaran kegiatan where written).',
      'Setiap sasaran dijabarkan lebih lanjut: sasaran → ksf → sasaran_opd → program → kegiatan (melalui tujuan OPD, outcome antara, sasaran program, dan sasaran kegiatan bila ditulis).',
    ),
    defaultSeverity: 'warning',
    wholePlan: true,
    fixable: false,
  },
  check({ plan, report }) {
    const aboveProgram = ancestors(plan.nodes.filter((n) => n.level === 'program'));
    for (const node of plan.nodes) {
      const why = missing(node, aboveProgram);
      if (!why) continue;
      report({
        loc: { source: node.loc.source, path: idPath(node) },
        node: node.id,
        message: msg(`\`${node.id}\` is not cascaded further: ${why.en}.`, `\`${node.id}\` belum dijabarkan lebih lanjut: ${why.id}.`),
      });
    }
  },
});
