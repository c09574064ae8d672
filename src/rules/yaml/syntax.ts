import { msg } from '../../core/message.js';
import { tabIndentFix } from '../fixes.js';
import { loadProblemRule } from '../forward.js';

// Tabs where indentation belongs are fixed by --fix when spaces make the file read; other syntax
// errors need a person.
export default loadProblemRule('yaml/syntax', msg('The file is well-formed YAML.', 'File berupa YAML yang benar.'), 'error', 'fix', (source) =>
  /^[ \t]*\t/m.test(source.text) ? tabIndentFix(source) : undefined,
);
