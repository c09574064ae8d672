import type { Edit } from '../core/diagnostic.js';
import type { Msg } from '../core/message.js';
import type { RuleMeta } from '../core/rule-meta.js';
import type { Severity } from '../core/severity.js';
import type { LoadProblem, SourceFile } from '../load/source.js';
import type { SchemaFinding, SchemaRule } from '../model/schema-issues.js';
import { insertCascadeFix, renameKeyFix } from './fixes.js';
import { defineRule, type Rule } from './rule.js';

/**
 * Rules whose findings are made while reading files (by the YAML parser or the schema):
 * they are rules all the same, so they are listed, documented and configured like any other.
 */
export function loadProblemRule(
  id: LoadProblem['rule'],
  description: Msg,
  defaultSeverity: Severity,
  fixable: RuleMeta['fixable'],
  fixFor?: (source: SourceFile, problem: LoadProblem) => Edit[] | undefined,
): Rule {
  return defineRule({
    meta: { id, description, defaultSeverity, fixable },
    check({ plan, report }) {
      for (const source of plan.sources) {
        for (const p of source.problems) if (p.rule === id) report({ source, span: p.span, message: p.message, fix: fixFor?.(source, p) });
      }
    },
  });
}

export function schemaRule(id: SchemaRule, description: Msg, defaultSeverity: Severity, fixable: RuleMeta['fixable']): Rule {
  return defineRule({
    meta: { id, description, defaultSeverity, fixable },
    check({ plan, report }) {
      for (const f of plan.schemaFindings) {
        if (f.rule === id) report({ loc: { source: f.source, path: f.path }, part: f.part, message: f.message, fix: fixOf(f) });
      }
    },
  });
}

function fixOf(f: SchemaFinding & { source: SourceFile }): Edit[] | undefined {
  if (!f.fix) return undefined;
  return 'rename' in f.fix ? renameKeyFix(f.source, f.path, f.fix.rename) : insertCascadeFix(f.source);
}
