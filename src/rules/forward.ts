import type { Msg } from '../core/message.js';
import type { LoadProblem } from '../load/source.js';
import type { Severity } from '../core/severity.js';
import type { SchemaRule } from '../model/schema-issues.js';
import { defineRule, type Rule } from './rule.js';

/**
 * Rules whose findings are made while reading files (by the YAML parser or the schema):
 * they are rules all the same, so they are listed, documented and configured like any other.
 */
export function loadProblemRule(id: LoadProblem['rule'], description: Msg, defaultSeverity: Severity): Rule {
  return defineRule({
    meta: { id, description, defaultSeverity },
    check({ plan, report }) {
      for (const source of plan.sources) {
        for (const p of source.problems) if (p.rule === id) report({ source, span: p.span, message: p.message });
      }
    },
  });
}

export function schemaRule(id: SchemaRule, description: Msg, defaultSeverity: Severity): Rule {
  return defineRule({
    meta: { id, description, defaultSeverity },
    check({ plan, report }) {
      for (const f of plan.schemaFindings) {
        if (f.rule === id) report({ loc: { source: f.source, path: f.path }, part: f.part, message: f.message });
      }
    },
  });
}
